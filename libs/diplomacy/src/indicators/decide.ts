import type { Decider } from '../shared/decider';
import { requireIsoDate } from '../shared/dates';
import { DomainError } from '../shared/errors';
import { lifecycleDecider } from '../shared/lifecycle-decider';
import { recordErrors, requireSources, type RecordState } from '../shared/record-lifecycle';
import { isMoney, type Classification } from '../shared/vocabulary';
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

/** Indicators are recorded, corrected and retracted like most records. */
export const indicatorDecider: Decider<IndicatorCommand, IndicatorEvent, IndicatorState> =
  lifecycleDecider({
    idField: 'indicatorId',
    errors: indicatorErrors,
    names: {
      record: 'RecordIndicator',
      correct: 'CorrectIndicator',
      retract: 'RetractIndicator',
      recorded: 'IndicatorRecorded',
      corrected: 'IndicatorCorrected',
      retracted: 'IndicatorRetracted',
    },
    check: checkIndicator,
  });
