import type { Classification } from '../shared/vocabulary';

/** The kinds of record a draft proposes, named as the press-release shape names its lists. */
export const DRAFT_ITEM_KINDS = [
  'source',
  'visits',
  'meetings',
  'pledges',
  'statements',
  'indicators',
] as const;
export type DraftItemKind = (typeof DRAFT_ITEM_KINDS)[number];

/** A character span [start, end) of the draft's text. */
export type DraftSpan = [number, number];

/**
 * One proposed record: its path (`meetings.2`), its kind, the value in the press-release shape
 * (`shared/press-releases/*.expected.json`), and the spans of the text that support it.
 */
export type DraftItem = { path: string; kind: DraftItemKind; value: unknown; spans: DraftSpan[] };

export type DraftSourceMeta = {
  url: string | null;
  publisher: string | null;
  title: string | null;
  published: string | null;
};

/** Stream `draft-<uuid>`: what the machine proposed from a text, before any officer touched it. */
export type DraftProposed = {
  type: 'DraftProposed';
  data: {
    draftId: string;
    text: string;
    source: DraftSourceMeta;
    items: DraftItem[];
    /** Why nothing was proposed (not a release, another language…); null when drafted. */
    emptyBecause: string | null;
    classification: Classification;
  };
};

/** The officer replaced a proposed value with their own. */
export type DraftItemEdited = {
  type: 'DraftItemEdited';
  data: { draftId: string; path: string; value: unknown };
};

/** The officer added a record the machine did not propose (`meetings.6`); it has no spans. */
export type DraftItemAdded = {
  type: 'DraftItemAdded';
  data: { draftId: string; path: string; kind: DraftItemKind; value: unknown };
};

export type DraftItemAccepted = {
  type: 'DraftItemAccepted';
  data: { draftId: string; path: string };
};

export type DraftItemRejected = {
  type: 'DraftItemRejected';
  data: { draftId: string; path: string; reason: string | null };
};

/** A record the commit wrote (or found already written), by kind and id, and the item it came from. */
export type DraftProduct = { path: string; kind: string; id: string };

/** The draft went through the ordinary commands: what it produced and what the API refused. */
export type DraftCommitted = {
  type: 'DraftCommitted';
  data: {
    draftId: string;
    sourceId: string | null;
    produced: DraftProduct[];
    refused: { path: string; reasons: string[] }[];
  };
};

export type DraftEvent =
  | DraftProposed
  | DraftItemEdited
  | DraftItemAdded
  | DraftItemAccepted
  | DraftItemRejected
  | DraftCommitted;

export const DRAFT_EVENT_VERSIONS = {
  DraftProposed: 1,
  DraftItemEdited: 1,
  DraftItemAdded: 1,
  DraftItemAccepted: 1,
  DraftItemRejected: 1,
  DraftCommitted: 1,
} as const satisfies Record<DraftEvent['type'], number>;
