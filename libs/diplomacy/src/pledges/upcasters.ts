import type { Upcaster } from '../upcaster';

type Data = Record<string, unknown>;

/** A v1 figure (`{ quantity, unit }` or `{ amount, currency }`, or null) as a list of v2 targets. */
const targetsOf = (figure: unknown) =>
  figure && typeof figure === 'object' ? [{ ...figure, qualifier: null, ofTotal: null }] : [];

/** The v1 one-party, one-area, one-target facts present in `data`, in the v2 shape. */
function factsV2(data: Data): Data {
  const { pledger, beneficiary, area, target, ...rest } = data;
  const out: Data = { ...rest };
  if ('pledger' in data) out.pledgers = pledger ? [pledger] : [];
  if ('beneficiary' in data) out.beneficiaries = beneficiary ? [beneficiary] : [];
  if ('area' in data) out.areas = area ? [area] : [];
  if ('target' in data) out.targets = targetsOf(target);
  return out;
}

/** Pledges of v1 were one party to one party, in one area, with at most one target. */
export const PLEDGE_UPCASTERS: readonly Upcaster[] = [
  {
    type: 'CooperationPledged',
    from: 1,
    upcast: (data) => ({
      ...factsV2(data),
      beneficiaryGroup: null,
      mutual: false,
      documentId: null,
    }),
  },
  {
    type: 'PledgeCorrected',
    from: 1,
    upcast: (data) => ({ ...data, changes: factsV2((data.changes ?? {}) as Data) }),
  },
  {
    type: 'PledgeProgressReported',
    from: 1,
    upcast: ({ achieved, ...rest }) => ({ ...rest, figures: targetsOf(achieved) }),
  },
];
