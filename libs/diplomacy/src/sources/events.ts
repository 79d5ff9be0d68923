import type { PartialDate } from '../shared/partial-date';
import type { Classification } from '../shared/vocabulary';

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
  /** Null when the source has no title of its own (a wire item, a post). */
  title: string | null;
  /** As precise as the source shows it (`2024-10`); null when it shows no date. */
  publishedOn: PartialDate | null;
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
