import type { Decider } from '../shared/decider';
import { requireIsoDate } from '../shared/dates';
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

export function evolveStatement(state: StatementState, event: StatementEvent): StatementState {
  switch (event.type) {
    case 'StatementRecorded':
      return recorded(event.data);
    case 'StatementCorrected':
      return corrected(state, event.data.changes, event.data.reason);
    case 'StatementRetracted':
      return retracted(state, event.data.reason);
  }
}

function checkStatement(statement: Statement): void {
  if (!statement.text.trim()) throw statementErrors.empty();
  requireIsoDate(statement.saidOn, 'saidOn');
  requireSources(statement.sourceIds);
}

export function decideStatement(
  command: StatementCommand,
  state: StatementState,
): StatementEvent[] {
  const { statementId } = command.data;
  switch (command.type) {
    case 'RecordStatement': {
      requireEmpty(state, statementId, statementErrors);
      const { classification, ...facts } = command.data;
      const statement = {
        ...facts,
        classification: requireClassification(classification, DEFAULT_CLASSIFICATION),
      };
      checkStatement(statement);
      return [{ type: 'StatementRecorded', data: statement }];
    }
    case 'CorrectStatement': {
      const current = requireLive(state, statementId, statementErrors);
      const reason = requireReason(command.data.reason);
      const changes = changedFields<Statement>(current, command.data.changes);
      if (Object.keys(changes).length === 0) throw statementErrors.nothingToCorrect(statementId);
      checkStatement({ ...current, ...changes });
      return [{ type: 'StatementCorrected', data: { statementId, changes, reason } }];
    }
    case 'RetractStatement':
      requireLive(state, statementId, statementErrors);
      return [
        {
          type: 'StatementRetracted',
          data: { statementId, reason: requireReason(command.data.reason) },
        },
      ];
  }
}

export const statementDecider: Decider<StatementCommand, StatementEvent, StatementState> = {
  initialState: emptyRecord<Statement>,
  evolve: evolveStatement,
  decide: decideStatement,
};
