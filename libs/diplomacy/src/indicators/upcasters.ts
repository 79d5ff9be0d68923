import type { Figure } from '../shared/figures';
import { flatTarget } from '../shared/figures';
import type { Upcaster } from '../upcaster';

type Data = Record<string, unknown>;

/** v1 figures were stated flat: no qualifier, no total. */
const withFlatFigure = (facts: Data): Data =>
  facts.figure ? { ...facts, figure: flatTarget(facts.figure as Figure) } : facts;

export const INDICATOR_UPCASTERS: readonly Upcaster[] = [
  { type: 'IndicatorRecorded', from: 1, upcast: withFlatFigure },
  {
    type: 'IndicatorCorrected',
    from: 1,
    upcast: (data) => ({ ...data, changes: withFlatFigure((data.changes ?? {}) as Data) }),
  },
];
