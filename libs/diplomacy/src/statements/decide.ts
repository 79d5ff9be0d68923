import type { Decider } from '../shared/decider';
import { requireIsoDate } from '../shared/dates';
import { DomainError } from '../shared/errors';
import { lifecycleDecider } from '../shared/lifecycle-decider';
import { recordErrors, requireSources, type RecordState } from '../shared/record-lifecycle';
import { type Classification } from '../shared/vocabulary';
import type { StatementEvent, StatementFacts, StatementRecorded } from './events';

export type Statement = StatementRecorded['data'];
export type StatementState = RecordState<Statement>;
export const statementErrors = {
  ...recordErrors('STATEMENT', 'Statement'),
  empty: () => new DomainError('STATEMENT.EMPTY', 'a statement has words'),
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
  requireIsoDate(statement.saidOn, 'saidOn');
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
