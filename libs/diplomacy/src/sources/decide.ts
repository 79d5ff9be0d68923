import type { Decider } from '../shared/decider';
import { requireIsoDate } from '../shared/dates';
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
  retracted,
  type RecordState,
} from '../shared/record-lifecycle';
import { DEFAULT_CLASSIFICATION, type Classification } from '../shared/vocabulary';
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

export function evolveSource(state: SourceState, event: SourceEvent): SourceState {
  switch (event.type) {
    case 'SourceRegistered':
      return recorded(event.data);
    case 'SourceCorrected':
      return corrected(state, event.data.changes, event.data.reason);
    case 'SourceRetracted':
      return retracted(state, event.data.reason);
  }
}

export function decideSource(command: SourceCommand, state: SourceState): SourceEvent[] {
  const { sourceId } = command.data;
  switch (command.type) {
    case 'RegisterSource': {
      requireEmpty(state, sourceId, sourceErrors);
      const { classification, ...facts } = command.data;
      requireIsoDate(facts.publishedOn, 'publishedOn');
      return [
        {
          type: 'SourceRegistered',
          data: {
            ...facts,
            classification: requireClassification(classification, DEFAULT_CLASSIFICATION),
          },
        },
      ];
    }
    case 'CorrectSource': {
      const current = requireLive(state, sourceId, sourceErrors);
      const reason = requireReason(command.data.reason);
      const changes = changedFields(current, command.data.changes);
      if (Object.keys(changes).length === 0) throw sourceErrors.nothingToCorrect(sourceId);
      if (changes.publishedOn) requireIsoDate(changes.publishedOn, 'publishedOn');
      return [{ type: 'SourceCorrected', data: { sourceId, changes, reason } }];
    }
    case 'RetractSource':
      requireLive(state, sourceId, sourceErrors);
      return [
        { type: 'SourceRetracted', data: { sourceId, reason: requireReason(command.data.reason) } },
      ];
  }
}

export const sourceDecider: Decider<SourceCommand, SourceEvent, SourceState> = {
  initialState: emptyRecord<Source>,
  evolve: evolveSource,
  decide: decideSource,
};
