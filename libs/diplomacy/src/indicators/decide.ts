import type { Decider } from '../shared/decider';
import { DomainError } from '../shared/errors';
import { invalidFigure, requireTarget } from '../shared/figures';
import { lifecycleDecider } from '../shared/lifecycle-decider';
import { requirePartialDate, surelyBefore } from '../shared/partial-date';
import { recordErrors, requireSources, type RecordState } from '../shared/record-lifecycle';
import { type Classification } from '../shared/vocabulary';
import type { IndicatorEvent, IndicatorFacts, IndicatorRecorded } from './events';

export type Indicator = IndicatorRecorded['data'];
export type IndicatorState = RecordState<Indicator>;
export const indicatorErrors = {
  ...recordErrors('INDICATOR', 'Indicator'),
  periodEndsBeforeStart: () =>
    new DomainError('INDICATOR.PERIOD_ENDS_BEFORE_START', 'the period ends before it starts'),
  invalidFigure: () => invalidFigure('figure', 'INDICATOR.INVALID_FIGURE'),
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
  requireTarget(figure, 'figure', 'INDICATOR.INVALID_FIGURE');
  if ('asOf' in period) requirePartialDate(period.asOf, 'period.asOf');
  else {
    requirePartialDate(period.to, 'period.to');
    // Broken only when the end is surely before the start, never on dates that may be right.
    if (
      period.from !== null &&
      surelyBefore(period.to, requirePartialDate(period.from, 'period.from'))
    ) {
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
