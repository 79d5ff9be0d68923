import type { Decider } from '../shared/decider';
import { requireCountryCode } from '../shared/countries';
import { requireIsoDate } from '../shared/dates';
import { engagement } from '../shared/engagement';
import { DomainError } from '../shared/errors';
import {
  changedFields,
  corrected,
  emptyRecord,
  recorded,
  recordErrors,
  requireClassification,
  requireEmpty,
  requireLive,
  requireReason,
  requireSources,
  retracted,
  type RecordState,
} from '../shared/record-lifecycle';
import { DEFAULT_CLASSIFICATION, type Classification } from '../shared/vocabulary';
import type { VisitEvent, VisitFacts, VisitRecorded } from './events';

export type Visit = VisitRecorded['data'];
export type VisitState = RecordState<Visit>;

export const visitErrors = {
  ...recordErrors('VISIT', 'Visit'),
  endsBeforeStart: () =>
    new DomainError('VISIT.ENDS_BEFORE_START', 'a visit cannot end before it starts'),
};

/** The engagement of a visit is always "make a visit" (CAMEO 042), so staff do not state it. */
export type VisitInput = Omit<VisitFacts, 'engagement'>;
export type RecordVisit = {
  type: 'RecordVisit';
  data: VisitInput & { visitId: string; sourceIds: string[]; classification?: Classification };
};
export type CorrectVisit = {
  type: 'CorrectVisit';
  data: {
    visitId: string;
    changes: Partial<VisitInput & { sourceIds: string[]; classification: Classification }>;
    reason: string;
  };
};
export type RetractVisit = { type: 'RetractVisit'; data: { visitId: string; reason: string } };
export type VisitCommand = RecordVisit | CorrectVisit | RetractVisit;

export function evolveVisit(state: VisitState, event: VisitEvent): VisitState {
  switch (event.type) {
    case 'VisitRecorded':
      return recorded(event.data);
    case 'VisitCorrected':
      return corrected(state, event.data.changes, event.data.reason);
    case 'VisitRetracted':
      return retracted(state, event.data.reason);
  }
}

export function checkVisit(visit: Visit): void {
  requireCountryCode(visit.hostCountry);
  requireIsoDate(visit.startDate, 'startDate');
  requireIsoDate(visit.endDate, 'endDate');
  if (visit.endDate < visit.startDate) throw visitErrors.endsBeforeStart();
  requireSources(visit.sourceIds);
}

export function decideVisit(command: VisitCommand, state: VisitState): VisitEvent[] {
  const { visitId } = command.data;
  switch (command.type) {
    case 'RecordVisit': {
      requireEmpty(state, visitId, visitErrors);
      const { classification, ...facts } = command.data;
      const visit: Visit = {
        ...facts,
        engagement: engagement('visit'),
        classification: requireClassification(classification, DEFAULT_CLASSIFICATION),
      };
      checkVisit(visit);
      return [{ type: 'VisitRecorded', data: visit }];
    }
    case 'CorrectVisit': {
      const current = requireLive(state, visitId, visitErrors);
      const reason = requireReason(command.data.reason);
      const changes = changedFields<Visit>(current, command.data.changes);
      if (Object.keys(changes).length === 0) throw visitErrors.nothingToCorrect(visitId);
      checkVisit({ ...current, ...changes });
      return [{ type: 'VisitCorrected', data: { visitId, changes, reason } }];
    }
    case 'RetractVisit':
      requireLive(state, visitId, visitErrors);
      return [
        { type: 'VisitRetracted', data: { visitId, reason: requireReason(command.data.reason) } },
      ];
  }
}

export const visitDecider: Decider<VisitCommand, VisitEvent, VisitState> = {
  initialState: emptyRecord<Visit>,
  evolve: evolveVisit,
  decide: decideVisit,
};
