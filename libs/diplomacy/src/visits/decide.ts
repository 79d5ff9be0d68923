import type { Decider } from '../shared/decider';
import { requireCountryCode } from '../shared/countries';
import { engagement } from '../shared/engagement';
import { DomainError } from '../shared/errors';
import { lifecycleDecider } from '../shared/lifecycle-decider';
import { requirePartialDate, surelyBefore } from '../shared/partial-date';
import { recordErrors, requireSources, type RecordState } from '../shared/record-lifecycle';
import { type Classification } from '../shared/vocabulary';
import type { VisitEvent, VisitFacts, VisitRecorded } from './events';

export type Visit = VisitRecorded['data'];
export type VisitState = RecordState<Visit>;

export const visitErrors = {
  ...recordErrors('VISIT', 'Visit'),
  endsBeforeStart: () =>
    new DomainError('VISIT.ENDS_BEFORE_START', 'a visit cannot end before it starts'),
  unnamedHead: () =>
    new DomainError(
      'VISIT.HEAD_UNNAMED',
      'the head of delegation needs a person or the title the source gives them',
    ),
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
  if (visit.startDate !== null) requirePartialDate(visit.startDate, 'startDate');
  if (visit.endDate !== null) requirePartialDate(visit.endDate, 'endDate');
  const { startDate, endDate } = visit;
  // Broken only when surely so: "2018-01" to "2018-01" may be a visit of any days in January.
  if (startDate && endDate && surelyBefore(endDate, startDate)) throw visitErrors.endsBeforeStart();
  const { headId, headTitle } = visit.delegation;
  if (headId === null && !headTitle?.trim()) throw visitErrors.unnamedHead();
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
