import type { Target } from '../shared/figures';
import type { PartialDate } from '../shared/partial-date';
import type { Classification, PartyRef } from '../shared/vocabulary';

/**
 * Either a period (`from` may be open: "since 2005") or a single as-of date, each as precise as
 * the source states it (`2024`, `2024-Q3`, `before 2024-10`).
 */
export type IndicatorPeriod = { from: PartialDate | null; to: PartialDate } | { asOf: PartialDate };

export type IndicatorFacts = {
  /** What it measures: `gross inflow of direct investment`. */
  measures: string;
  /**
   * `{ amount: 2900000000, currency: 'USD', qualifier: 'more than', ofTotal: null }`,
   * `{ quantity: 748, unit: 'km', qualifier: null, ofTotal: 768 }` or a rating
   * `{ rating: 'BBB-', scale: 'S&P', qualifier: null, ofTotal: null }`.
   */
  figure: Target;
  period: IndicatorPeriod;
  /**
   * Parties the figure is about, e.g. from Luxembourg into Kazakhstan; either may be null. An
   * indicator naming one party only (Kazakhstan's rating) shows in that party's views.
   */
  from: PartyRef | null;
  to: PartyRef | null;
  /** Person id of whoever stated the figure, or null when the source states it itself. */
  statedById: string | null;
  meetingId: string | null;
};

/** Stream `indicator-<uuid>`. Version 2: the figure carries `qualifier` and `ofTotal`, or is a rating. */
export type IndicatorRecorded = {
  type: 'IndicatorRecorded';
  data: IndicatorFacts & {
    indicatorId: string;
    sourceIds: string[];
    classification: Classification;
  };
};

export type IndicatorCorrected = {
  type: 'IndicatorCorrected';
  data: {
    indicatorId: string;
    changes: Partial<IndicatorFacts & { classification: Classification; sourceIds: string[] }>;
    reason: string;
  };
};

export type IndicatorRetracted = {
  type: 'IndicatorRetracted';
  data: { indicatorId: string; reason: string };
};

export type IndicatorEvent = IndicatorRecorded | IndicatorCorrected | IndicatorRetracted;

export const INDICATOR_EVENT_VERSIONS = {
  IndicatorRecorded: 2,
  IndicatorCorrected: 2,
  IndicatorRetracted: 1,
} as const satisfies Record<IndicatorEvent['type'], number>;
