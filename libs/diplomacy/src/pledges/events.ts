import type { Target } from '../shared/figures';
import type { PartialDate } from '../shared/partial-date';
import type { Classification, IsoDate, PartyRef } from '../shared/vocabulary';

/** How binding the promise is, weakest first. */
export const PLEDGE_LEVELS = [
  'expressed-intent',
  'pledge',
  'firm-commitment',
  'signed-agreement',
] as const;
export type PledgeLevel = (typeof PLEDGE_LEVELS)[number];

export type PledgeFacts = {
  /** Who promises, as many as the source names: `[{ kind: 'organisation', id: <SES> }]`; `[]` = not stated. */
  pledgers: PartyRef[];
  /** To whom or for whose benefit: `[{ kind: 'country', id: 'KAZ' }]`; may be empty. */
  beneficiaries: PartyRef[];
  /** A named group that benefits, in words: `Central Asia`, `the member states of the CIS`. */
  beneficiaryGroup: string | null;
  /**
   * A named group that pledges, in words, when no party on record stands for it: `the member
   * states of the OTS`. Absent from pledges recorded before it existed, which read it as null.
   */
  pledgerGroup?: string | null;
  /** A memorandum: every pledger pledges to the others. */
  mutual: boolean;
  /** Topic slugs: `['satellite-communications']` (open vocabulary). */
  areas: string[];
  /** What is promised, in words: `stable internet via European satellites for remote settlements`. */
  commitment: string;
  level: PledgeLevel;
  /** Every figure promised (`$12bn` and `10,000 jobs`), each with its qualifier; `[]` when unquantified. */
  targets: Target[];
  /** By when, as precise as stated (`2026`, `2026-12-31`); null = no deadline stated. */
  targetDate: PartialDate | null;
  /** The meeting it was made at, or null. */
  meetingId: string | null;
  /** The signed document it follows from, or null. */
  documentId: string | null;
};

/** Stream `pledge-<uuid>`. v2: several parties, areas and targets; partial dates. */
export type CooperationPledged = {
  type: 'CooperationPledged';
  data: PledgeFacts & {
    pledgeId: string;
    /** As precise as the source states it; null when not stated. */
    pledgedOn: PartialDate | null;
    sourceIds: string[];
    classification: Classification;
  };
};

/** The promise became more (or less) binding, e.g. an intent turned into a signed agreement. */
export type PledgeLevelChanged = {
  type: 'PledgeLevelChanged';
  data: {
    pledgeId: string;
    from: PledgeLevel;
    to: PledgeLevel;
    on: PartialDate;
    sourceIds: string[];
  };
};

/** v2: `figures` (every figure reported, cumulative) instead of one `achieved`. */
export type PledgeProgressReported = {
  type: 'PledgeProgressReported';
  data: {
    pledgeId: string;
    reportedOn: PartialDate | null;
    note: string;
    figures: Target[];
    sourceIds: string[];
  };
};

export type PledgeFulfilled = {
  type: 'PledgeFulfilled';
  data: { pledgeId: string; fulfilledOn: PartialDate | null; note: string; sourceIds: string[] };
};

/** Its target date passed without fulfilment: our own judgement, on an exact day. */
export type PledgeLapsed = {
  type: 'PledgeLapsed';
  data: { pledgeId: string; lapsedOn: IsoDate; reason: string };
};

export type PledgeWithdrawn = {
  type: 'PledgeWithdrawn';
  data: { pledgeId: string; withdrawnOn: PartialDate; reason: string; sourceIds: string[] };
};

export type PledgeCorrectableFacts = PledgeFacts & {
  pledgedOn: PartialDate | null;
  classification: Classification;
  sourceIds: string[];
};

/** v2: the changes are in the v2 shape of the facts. */
export type PledgeCorrected = {
  type: 'PledgeCorrected';
  data: { pledgeId: string; changes: Partial<PledgeCorrectableFacts>; reason: string };
};

export type PledgeRetracted = {
  type: 'PledgeRetracted';
  data: { pledgeId: string; reason: string };
};

/**
 * How one pledge stands to another: `part-of` a larger envelope, `follows-from` an earlier one,
 * or the `same-as` one reported again (read models count a same-as group once).
 */
export const PLEDGE_RELATIONS = ['part-of', 'follows-from', 'same-as'] as const;
export type PledgeRelation = (typeof PLEDGE_RELATIONS)[number];
export const LINK_CERTAINTIES = ['tentative', 'confirmed'] as const;
export type LinkCertainty = (typeof LINK_CERTAINTIES)[number];
export type PledgeLink = {
  relation: PledgeRelation;
  otherPledgeId: string;
  certainty: LinkCertainty;
};

/** Recorded on the linking pledge's stream; linking again with another certainty replaces it. */
export type PledgeLinked = {
  type: 'PledgeLinked';
  data: PledgeLink & { pledgeId: string };
};

export type PledgeUnlinked = {
  type: 'PledgeUnlinked';
  data: { pledgeId: string; relation: PledgeRelation; otherPledgeId: string; reason: string };
};

export type PledgeEvent =
  | CooperationPledged
  | PledgeLevelChanged
  | PledgeProgressReported
  | PledgeFulfilled
  | PledgeLapsed
  | PledgeWithdrawn
  | PledgeCorrected
  | PledgeRetracted
  | PledgeLinked
  | PledgeUnlinked;

export const PLEDGE_EVENT_VERSIONS = {
  CooperationPledged: 2,
  PledgeLevelChanged: 1,
  PledgeProgressReported: 2,
  PledgeFulfilled: 1,
  PledgeLapsed: 1,
  PledgeWithdrawn: 1,
  PledgeCorrected: 2,
  PledgeRetracted: 1,
  PledgeLinked: 1,
  PledgeUnlinked: 1,
} as const satisfies Record<PledgeEvent['type'], number>;
