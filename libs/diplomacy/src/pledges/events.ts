import type { Classification, IsoDate, Measure, PartyRef } from '../shared/vocabulary';

/** How binding the promise is, weakest first. */
export const PLEDGE_LEVELS = [
  'expressed-intent',
  'pledge',
  'firm-commitment',
  'signed-agreement',
] as const;
export type PledgeLevel = (typeof PLEDGE_LEVELS)[number];

export type PledgeFacts = {
  /** Who promises: `{ kind: 'organisation', id: <SES> }`. */
  pledger: PartyRef;
  /** To whom or for whose benefit: `{ kind: 'country', id: 'KAZ' }`. */
  beneficiary: PartyRef;
  /** Topic slug: `satellite-communications`. */
  area: string;
  /** What is promised, in words: `stable internet via European satellites for remote settlements`. */
  commitment: string;
  level: PledgeLevel;
  /** `{ quantity: 328, unit: 'settlements' }` or `{ amount, currency }`; null when unquantified. */
  target: Measure | null;
  targetDate: IsoDate | null;
  /** The meeting it was made at, or null. */
  meetingId: string | null;
};

/** Stream `pledge-<uuid>`. */
export type CooperationPledged = {
  type: 'CooperationPledged';
  data: PledgeFacts & {
    pledgeId: string;
    pledgedOn: IsoDate;
    sourceIds: string[];
    classification: Classification;
  };
};

/** The promise became more (or less) binding, e.g. an intent turned into a signed agreement. */
export type PledgeLevelChanged = {
  type: 'PledgeLevelChanged';
  data: { pledgeId: string; from: PledgeLevel; to: PledgeLevel; on: IsoDate; sourceIds: string[] };
};

export type PledgeProgressReported = {
  type: 'PledgeProgressReported';
  /** `achieved`: cumulative figure so far, in the target's unit or currency; null if not quantified. */
  data: {
    pledgeId: string;
    reportedOn: IsoDate;
    note: string;
    achieved: Measure | null;
    sourceIds: string[];
  };
};

export type PledgeFulfilled = {
  type: 'PledgeFulfilled';
  data: { pledgeId: string; fulfilledOn: IsoDate; note: string; sourceIds: string[] };
};

/** Its target date passed without fulfilment. */
export type PledgeLapsed = {
  type: 'PledgeLapsed';
  data: { pledgeId: string; lapsedOn: IsoDate; reason: string };
};

export type PledgeWithdrawn = {
  type: 'PledgeWithdrawn';
  data: { pledgeId: string; withdrawnOn: IsoDate; reason: string; sourceIds: string[] };
};

export type PledgeCorrected = {
  type: 'PledgeCorrected';
  data: {
    pledgeId: string;
    changes: Partial<
      PledgeFacts & { pledgedOn: IsoDate; classification: Classification; sourceIds: string[] }
    >;
    reason: string;
  };
};

export type PledgeRetracted = {
  type: 'PledgeRetracted';
  data: { pledgeId: string; reason: string };
};

export type PledgeEvent =
  | CooperationPledged
  | PledgeLevelChanged
  | PledgeProgressReported
  | PledgeFulfilled
  | PledgeLapsed
  | PledgeWithdrawn
  | PledgeCorrected
  | PledgeRetracted;

export const PLEDGE_EVENT_VERSIONS = {
  CooperationPledged: 1,
  PledgeLevelChanged: 1,
  PledgeProgressReported: 1,
  PledgeFulfilled: 1,
  PledgeLapsed: 1,
  PledgeWithdrawn: 1,
  PledgeCorrected: 1,
  PledgeRetracted: 1,
} as const satisfies Record<PledgeEvent['type'], number>;
