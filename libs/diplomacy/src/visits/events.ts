import type { Engagement } from '../shared/engagement';
import type { PartialDate } from '../shared/partial-date';
import type { Classification, PartyRef } from '../shared/vocabulary';

export const VISIT_KINDS = ['state', 'official', 'working', 'private', 'transit'] as const;
export type VisitKind = (typeof VISIT_KINDS)[number];

export type Delegation = {
  /** Whom the delegation represents: usually a country, sometimes an organisation. */
  sentBy: PartyRef;
  /** Person id of the head of delegation; null when the source does not name them. */
  headId: string | null;
  /** What the source calls the head (`Foreign Minister`); null when not stated. */
  headTitle: string | null;
  /** Person ids of the other members, possibly empty. */
  memberIds: string[];
};

/** Every field the source may leave out is null ("not stated"), never a guess. */
export type VisitFacts = {
  kind: VisitKind | null;
  delegation: Delegation;
  /** ISO 3166-1 alpha-3 of the host country. */
  hostCountry: string;
  city: string | null;
  /** As precise as the source states them (`2018-01`), or null when not stated. */
  startDate: PartialDate | null;
  endDate: PartialDate | null;
  purpose: string | null;
  /** From the visiting side: CAMEO 042 / PLOVER CONSULT (visit). */
  engagement: Engagement;
};

/** Stream `visit-<uuid>`. */
export type VisitRecorded = {
  type: 'VisitRecorded';
  data: VisitFacts & { visitId: string; sourceIds: string[]; classification: Classification };
};

export type VisitCorrected = {
  type: 'VisitCorrected';
  data: {
    visitId: string;
    changes: Partial<VisitFacts & { classification: Classification; sourceIds: string[] }>;
    reason: string;
  };
};

export type VisitRetracted = {
  type: 'VisitRetracted';
  data: { visitId: string; reason: string };
};

export type VisitEvent = VisitRecorded | VisitCorrected | VisitRetracted;

export const VISIT_EVENT_VERSIONS = {
  VisitRecorded: 2,
  VisitCorrected: 2,
  VisitRetracted: 1,
} as const satisfies Record<VisitEvent['type'], number>;
