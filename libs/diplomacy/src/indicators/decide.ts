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
import { DEFAULT_CLASSIFICATION, isMoney, type Classification } from '../shared/vocabulary';
import type { IndicatorEvent, IndicatorFacts, IndicatorRecorded } from './events';

export type Indicator = IndicatorRecorded['data'];
export type IndicatorState = RecordState<Indicator>;
export const indicatorErrors = {
  ...recordErrors('INDICATOR', 'Indicator'),
  periodEndsBeforeStart: () =>
    new DomainError('INDICATOR.PERIOD_ENDS_BEFORE_START', 'the period ends before it starts'),
  invalidFigure: () =>
    new DomainError(
      'INDICATOR.INVALID_FIGURE',
      'a figure is a finite number with its unit or ISO 4217 currency',
    ),
};

export type RecordIndicator = {
  type: 'RecordIndicator';
  data: IndicatorFacts & {
    indicatorId: string;
    sourceIds: string[];
    classification?: Classification;
  };
};
export type CorrectIndicator = {
  type: 'CorrectIndicator';
  data: {
    indicatorId: string;
    changes: Partial<IndicatorFacts & { sourceIds: string[]; classification: Classification }>;
    reason: string;
  };
};
export type RetractIndicator = {
  type: 'RetractIndicator';
  data: { indicatorId: string; reason: string };
};
export type IndicatorCommand = RecordIndicator | CorrectIndicator | RetractIndicator;

export function evolveIndicator(state: IndicatorState, event: IndicatorEvent): IndicatorState {
  switch (event.type) {
    case 'IndicatorRecorded':
      return recorded(event.data);
    case 'IndicatorCorrected':
      return corrected(state, event.data.changes, event.data.reason);
    case 'IndicatorRetracted':
      return retracted(state, event.data.reason);
  }
}

function checkIndicator(indicator: Indicator): void {
  const { figure, period } = indicator;
  const value = isMoney(figure) ? figure.amount : figure.quantity;
  const unitOk = isMoney(figure) ? /^[A-Z]{3}$/.test(figure.currency) : figure.unit.trim() !== '';
  if (!Number.isFinite(value) || !unitOk) throw indicatorErrors.invalidFigure();
  if ('asOf' in period) requireIsoDate(period.asOf, 'period.asOf');
  else {
    requireIsoDate(period.to, 'period.to');
    if (period.from !== null && requireIsoDate(period.from, 'period.from') > period.to) {
      throw indicatorErrors.periodEndsBeforeStart();
    }
  }
  requireSources(indicator.sourceIds);
}

export function decideIndicator(
  command: IndicatorCommand,
  state: IndicatorState,
): IndicatorEvent[] {
  const { indicatorId } = command.data;
  switch (command.type) {
    case 'RecordIndicator': {
      requireEmpty(state, indicatorId, indicatorErrors);
      const { classification, ...facts } = command.data;
      const indicator = {
        ...facts,
        classification: requireClassification(classification, DEFAULT_CLASSIFICATION),
      };
      checkIndicator(indicator);
      return [{ type: 'IndicatorRecorded', data: indicator }];
    }
    case 'CorrectIndicator': {
      const current = requireLive(state, indicatorId, indicatorErrors);
      const reason = requireReason(command.data.reason);
      const changes = changedFields<Indicator>(current, command.data.changes);
      if (Object.keys(changes).length === 0) throw indicatorErrors.nothingToCorrect(indicatorId);
      checkIndicator({ ...current, ...changes });
      return [{ type: 'IndicatorCorrected', data: { indicatorId, changes, reason } }];
    }
    case 'RetractIndicator':
      requireLive(state, indicatorId, indicatorErrors);
      return [
        {
          type: 'IndicatorRetracted',
          data: { indicatorId, reason: requireReason(command.data.reason) },
        },
      ];
  }
}

export const indicatorDecider: Decider<IndicatorCommand, IndicatorEvent, IndicatorState> = {
  initialState: emptyRecord<Indicator>,
  evolve: evolveIndicator,
  decide: decideIndicator,
};
