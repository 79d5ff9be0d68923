import type { Decider } from '../shared/decider';
import { lifecycleDecider } from '../shared/lifecycle-decider';
import { requirePartialDate } from '../shared/partial-date';
import { recordErrors, type RecordState } from '../shared/record-lifecycle';
import { type Classification } from '../shared/vocabulary';
import type { SourceEvent, SourceFacts, SourceRegistered } from './events';

export type Source = SourceRegistered['data'];
export type SourceState = RecordState<Source>;
export const sourceErrors = recordErrors('SOURCE', 'Source');

export type RegisterSource = {
  type: 'RegisterSource';
  data: SourceFacts & { sourceId: string; classification?: Classification };
};
export type CorrectSource = {
  type: 'CorrectSource';
  data: {
    sourceId: string;
    changes: Partial<SourceFacts & { classification: Classification }>;
    reason: string;
  };
};
export type RetractSource = { type: 'RetractSource'; data: { sourceId: string; reason: string } };
export type SourceCommand = RegisterSource | CorrectSource | RetractSource;

function checkSource(source: Source): void {
  if (source.publishedOn !== null) requirePartialDate(source.publishedOn, 'publishedOn');
}

export const sourceDecider: Decider<SourceCommand, SourceEvent, SourceState> = lifecycleDecider({
  idField: 'sourceId',
  errors: sourceErrors,
  names: {
    record: 'RegisterSource',
    correct: 'CorrectSource',
    retract: 'RetractSource',
    recorded: 'SourceRegistered',
    corrected: 'SourceCorrected',
    retracted: 'SourceRetracted',
  },
  check: checkSource,
});
