import type { Classification, IsoDate } from '../shared/vocabulary';

export const SOURCE_TYPES = [
  'press-release',
  'news-agency',
  'news-article',
  'official-statement',
  'internal-note',
  'diplomatic-cable',
  'social-media',
  'other',
] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

export type SourceFacts = {
  type: SourceType;
  /** `Ministry of Foreign Affairs of Kazakhstan (press service)`, `Kazinform`. */
  publisher: string;
  title: string;
  publishedOn: IsoDate;
  url: string | null;
};

/** Stream `source-<uuid>`. Every other record cites one or more sources by id. */
export type SourceRegistered = {
  type: 'SourceRegistered';
  data: SourceFacts & { sourceId: string; classification: Classification };
};

export type SourceCorrected = {
  type: 'SourceCorrected';
  data: {
    sourceId: string;
    changes: Partial<SourceFacts & { classification: Classification }>;
    reason: string;
  };
};

export type SourceRetracted = {
  type: 'SourceRetracted';
  data: { sourceId: string; reason: string };
};

export type SourceEvent = SourceRegistered | SourceCorrected | SourceRetracted;

export const SOURCE_EVENT_VERSIONS = {
  SourceRegistered: 1,
  SourceCorrected: 1,
  SourceRetracted: 1,
} as const satisfies Record<SourceEvent['type'], number>;
