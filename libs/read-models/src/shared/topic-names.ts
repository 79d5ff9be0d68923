import type { RecordedEvent } from '@chancery/event-store';
import type { ReadModelReader, ReadModelWriter, Row, TableSpec } from '@chancery/projections';
import { SEED_TOPICS, topicSlug } from '@chancery/diplomacy';

/*
 * Records keep the topic slugs they were written with; a merge or a rename never touches them.
 * Each read model that shows topics keeps this small table of what every slug reads as now
 * (its survivor and the survivor's label), folded from the vocabulary's events like any other
 * row, so a rebuild gives the answers the live model gave. Queries map slugs through it.
 */
export const TOPIC_NAMES_TABLE: TableSpec = {
  name: 'topic_names',
  columns: { slug: 'text', survivor: 'text', label: 'text' },
  primaryKey: ['slug'],
  indexes: [['survivor']],
};

export const TOPIC_EVENTS = ['TopicAdded', 'TopicsMerged', 'TopicRenamed'] as const;

const SEED_LABELS: Record<string, string> = Object.fromEntries(
  SEED_TOPICS.map(({ slug, label }) => [slug, label]),
);

/** Folds one vocabulary event into `topic_names`; false for any other event. */
export function applyTopicEvent(event: RecordedEvent, tx: ReadModelWriter): boolean {
  const d = event.data as Record<string, string>;
  switch (event.type) {
    case 'TopicAdded':
    case 'TopicRenamed':
      // Only a live topic is added or renamed: it is its own survivor.
      tx.upsert('topic_names', { slug: d.slug, survivor: d.slug, label: d.label });
      return true;
    case 'TopicsMerged':
      // Whatever read as `from` (itself, and slugs merged into it before) now reads as `into`.
      tx.update('topic_names', { survivor: d.from }, { survivor: d.into });
      tx.upsert(
        'topic_names',
        { slug: d.from, survivor: d.into, label: SEED_LABELS[d.from] ?? d.from },
        { label: 'keep' },
      );
      return true;
    default:
      return false;
  }
}

/** What each slug reads as, from a read model's `topic_names`. */
export class TopicNames {
  private readonly rows: Map<string, { survivor: string; label: string }>;

  constructor(rows: Row[]) {
    this.rows = new Map(
      rows.map((r) => [String(r.slug), { survivor: String(r.survivor), label: String(r.label) }]),
    );
  }

  static async of(reader: ReadModelReader): Promise<TopicNames> {
    return new TopicNames(await reader.select('topic_names'));
  }

  survivor(slug: string): string {
    return this.rows.get(slug)?.survivor ?? slug;
  }

  label(slug: string): string {
    const survivor = this.survivor(slug);
    return this.rows.get(survivor)?.label ?? SEED_LABELS[survivor] ?? survivor;
  }

  /** The survivors of `slugs`, each once, in first-seen order. */
  survivors(slugs: readonly string[]): string[] {
    return [...new Set(slugs.map((slug) => this.survivor(slug)))];
  }

  /** Every slug stored records may carry that reads as the topic `given` (a slug or a label). */
  readAs(given: string): string[] {
    const survivor = this.survivor(this.rows.has(given) ? given : topicSlug(given) || given);
    const merged = [...this.rows].filter(([, r]) => r.survivor === survivor).map(([s]) => s);
    return [...new Set([survivor, ...merged])];
  }
}
