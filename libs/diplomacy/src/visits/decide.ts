import type { Decider } from '../shared/decider';
import { requireCountryCode } from '../shared/countries';
import { requireIsoDate } from '../shared/dates';
import { engagement } from '../shared/engagement';
import { DomainError } from '../shared/errors';
import { lifecycleDecider } from '../shared/lifecycle-decider';
import { recordErrors, requireSources, type RecordState } from '../shared/record-lifecycle';
import { type Classification } from '../shared/vocabulary';
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

export function checkVisit(visit: Visit): void {
  requireCountryCode(visit.hostCountry);
  requireIsoDate(visit.startDate, 'startDate');
  requireIsoDate(visit.endDate, 'endDate');
  if (visit.endDate < visit.startDate) throw visitErrors.endsBeforeStart();
  requireSources(visit.sourceIds);
}

export const visitDecider: Decider<VisitCommand, VisitEvent, VisitState> = lifecycleDecider({
  idField: 'visitId',
  errors: visitErrors,
  names: {
    record: 'RecordVisit',
    correct: 'CorrectVisit',
    retract: 'RetractVisit',
    recorded: 'VisitRecorded',
    corrected: 'VisitCorrected',
    retracted: 'VisitRetracted',
  },
  toRecord: (input: VisitInput & { visitId: string; sourceIds: string[] }) => ({
    ...input,
    engagement: engagement('visit'),
  }),
  check: checkVisit,
});
