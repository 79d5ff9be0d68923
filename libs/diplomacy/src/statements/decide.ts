import type { Decider } from '../shared/decider';
import { DomainError } from '../shared/errors';
import { lifecycleDecider } from '../shared/lifecycle-decider';
import { requirePartialDate } from '../shared/partial-date';
import { recordErrors, requireSources, type RecordState } from '../shared/record-lifecycle';
import { type Classification } from '../shared/vocabulary';
import type { StatementEvent, StatementFacts, StatementRecorded } from './events';

export type Statement = StatementRecorded['data'];
export type StatementState = RecordState<Statement>;
export const statementErrors = {
  ...recordErrors('STATEMENT', 'Statement'),
  empty: () => new DomainError('STATEMENT.EMPTY', 'a statement has words'),
  speakerIsCountry: () =>
    new DomainError(
      'STATEMENT.SPEAKER_NOT_PERSON_OR_ORGANISATION',
      'a statement is spoken by a person or an organisation (a ministry, its press service)',
    ),
};

export type RecordStatement = {
  type: 'RecordStatement';
  data: StatementFacts & {
    statementId: string;
    sourceIds: string[];
    classification?: Classification;
  };
};
export type CorrectStatement = {
  type: 'CorrectStatement';
  data: {
    statementId: string;
    changes: Partial<StatementFacts & { sourceIds: string[]; classification: Classification }>;
    reason: string;
  };
};
export type RetractStatement = {
  type: 'RetractStatement';
  data: { statementId: string; reason: string };
};
export type StatementCommand = RecordStatement | CorrectStatement | RetractStatement;

function checkStatement(statement: Statement): void {
  if (!statement.text.trim()) throw statementErrors.empty();
  if (statement.speaker.kind === 'country') throw statementErrors.speakerIsCountry();
  if (statement.saidOn !== null) requirePartialDate(statement.saidOn, 'saidOn');
  requireSources(statement.sourceIds);
}

export const statementDecider: Decider<StatementCommand, StatementEvent, StatementState> =
  lifecycleDecider({
    idField: 'statementId',
    errors: statementErrors,
    names: {
      record: 'RecordStatement',
      correct: 'CorrectStatement',
      retract: 'RetractStatement',
      recorded: 'StatementRecorded',
      corrected: 'StatementCorrected',
      retracted: 'StatementRetracted',
    },
    check: checkStatement,
  });
