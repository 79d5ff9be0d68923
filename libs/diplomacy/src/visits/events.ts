import type { Engagement } from '../shared/engagement';
import type { Classification, IsoDate, PartyRef } from '../shared/vocabulary';

export const VISIT_KINDS = ['state', 'official', 'working', 'private', 'transit'] as const;
export type VisitKind = (typeof VISIT_KINDS)[number];

export type VisitFacts = {
  kind: VisitKind;
  delegation: {
    /** Whom the delegation represents: usually a country, sometimes an organisation. */
    sentBy: PartyRef;
    /** Person id of the head of delegation. */
    headId: string;
    /** Person ids of the other members, possibly empty. */
    memberIds: string[];
  };
  /** ISO 3166-1 alpha-3 of the host country. */
  hostCountry: string;
  city: string;
  startDate: IsoDate;
  endDate: IsoDate;
  purpose: string;
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
  VisitRecorded: 1,
  VisitCorrected: 1,
  VisitRetracted: 1,
} as const satisfies Record<VisitEvent['type'], number>;
