import type { Classification, IsoDate, Measure, PartyRef } from '../shared/vocabulary';

/** Either a period (`from` may be open: "since 2005") or a single as-of date. */
export type IndicatorPeriod = { from: IsoDate | null; to: IsoDate } | { asOf: IsoDate };

export type IndicatorFacts = {
  /** What it measures: `gross inflow of direct investment`. */
  measures: string;
  /** `{ amount: 2900000000, currency: 'USD' }` or `{ quantity: 328, unit: 'settlements' }`. */
  figure: Measure;
  period: IndicatorPeriod;
  /** Parties the figure is about, e.g. from Luxembourg into Kazakhstan; either may be null. */
  from: PartyRef | null;
  to: PartyRef | null;
  /** Person id of whoever stated the figure, or null when the source states it itself. */
  statedById: string | null;
  meetingId: string | null;
};

/** Stream `indicator-<uuid>`. */
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
  IndicatorRecorded: 1,
  IndicatorCorrected: 1,
  IndicatorRetracted: 1,
} as const satisfies Record<IndicatorEvent['type'], number>;
