import type { Decider } from '../shared/decider';
import { DomainError } from '../shared/errors';
import type { TopicEvent } from './events';
import { SEED_TOPICS } from './seed-topics';

/**
 * The vocabulary as it stands: slug → label of every live topic (seed topics included), and
 * merged-away slug → the slug it was merged into (which may itself have been merged later).
 */
export type TopicVocabulary = {
  topics: Record<string, string>;
  mergedInto: Record<string, string>;
};

/** `slug` may be left out: it is then made from the label. */
export type AddTopic = { type: 'AddTopic'; data: { slug?: string; label: string } };
export type MergeTopics = { type: 'MergeTopics'; data: { from: string; into: string } };
export type RenameTopic = { type: 'RenameTopic'; data: { slug: string; label: string } };
export type TopicCommand = AddTopic | MergeTopics | RenameTopic;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const TOPIC_SLUG_MAX = 60;

export const topicErrors = {
  invalidSlug: (slug: string) =>
    new DomainError(
      'TOPIC.INVALID_SLUG',
      `topic ${slug} must be lower-case words joined by hyphens`,
    ),
  noWords: (given: string) =>
    new DomainError('TOPIC.NO_WORDS', `topic "${given}" has no letters or digits to name it by`),
  unknown: (slugs: string[]) =>
    new DomainError('TOPIC.UNKNOWN', `not in the topic vocabulary: ${slugs.join(', ')}`, {
      unknownTopics: slugs,
    }),
  mergedAway: (slug: string, into: string) =>
    new DomainError('TOPIC.MERGED_AWAY', `topic ${slug} was merged into ${into}`, { into }),
  intoItself: (slug: string) =>
    new DomainError('TOPIC.MERGE_INTO_ITSELF', `topic ${slug} cannot be merged into itself`),
};

/**
 * The slug a label is filed under: lower case, accents dropped, words joined by hyphens, so
 * "Space Industry", "space industry" and "Space-industry" are one topic.
 */
export function topicSlug(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join('-')
    .slice(0, TOPIC_SLUG_MAX)
    .replace(/-+$/, '');
}

export const initialTopicVocabulary = (): TopicVocabulary => ({
  topics: Object.fromEntries(SEED_TOPICS.map(({ slug, label }) => [slug, label])),
  mergedInto: {},
});

export function evolveTopics(state: TopicVocabulary, event: TopicEvent): TopicVocabulary {
  switch (event.type) {
    case 'TopicAdded':
    case 'TopicRenamed':
      return { ...state, topics: { ...state.topics, [event.data.slug]: event.data.label } };
    case 'TopicsMerged': {
      const { [event.data.from]: _gone, ...topics } = state.topics;
      return { topics, mergedInto: { ...state.mergedInto, [event.data.from]: event.data.into } };
    }
  }
}

/** The live topic a slug stands for (itself, or the survivor of its merges); undefined if unknown. */
export function survivingTopic(state: TopicVocabulary, slug: string): string | undefined {
  const seen = new Set<string>();
  let current = slug;
  while (state.mergedInto[current] !== undefined && !seen.has(current)) {
    seen.add(current);
    current = state.mergedInto[current];
  }
  return state.topics[current] !== undefined ? current : undefined;
}

/** Every slug that reads as `slug`: itself and all merged into it, directly or not. */
export function slugsReadAs(state: TopicVocabulary, slug: string): string[] {
  const survivor = survivingTopic(state, slug) ?? slug;
  return [
    survivor,
    ...Object.keys(state.mergedInto).filter((from) => survivingTopic(state, from) === survivor),
  ];
}

/**
 * What a recorder's entry (a slug or a label) is filed under: its slug, stored as given (a
 * merged-away slug stays, and is read as its survivor), and a topic to add when the slug is new.
 * Idempotent by slug, so a near-duplicate label is the existing topic.
 */
export function resolveTopic(
  state: TopicVocabulary,
  given: string,
): { slug: string; survivor: string; added?: { slug: string; label: string } } {
  const slug = SLUG.test(given) ? given : topicSlug(given);
  if (!slug) throw topicErrors.noWords(given);
  const survivor = survivingTopic(state, slug);
  if (survivor) return { slug, survivor };
  return { slug, survivor: slug, added: { slug, label: labelFor(given, slug) } };
}

/** A slug given as it stands is labelled in words ("space-industry" → "Space industry"). */
function labelFor(given: string, slug: string): string {
  if (given !== slug) return given.trim().replace(/\s+/g, ' ');
  const words = slug.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function requireLive(state: TopicVocabulary, slug: string): void {
  if (state.topics[slug] !== undefined) return;
  const survivor = survivingTopic(state, slug);
  if (survivor) throw topicErrors.mergedAway(slug, survivor);
  throw topicErrors.unknown([slug]);
}

export function decideTopics(command: TopicCommand, state: TopicVocabulary): TopicEvent[] {
  switch (command.type) {
    case 'AddTopic': {
      const { slug: given, label } = command.data;
      if (given !== undefined && !SLUG.test(given)) throw topicErrors.invalidSlug(given);
      const { added } = resolveTopic(state, given ?? label);
      // An existing topic (by slug, or merged away into a survivor) is not added twice.
      if (!added) return [];
      return [
        {
          type: 'TopicAdded',
          data: { slug: added.slug, label: label.trim().replace(/\s+/g, ' ') },
        },
      ];
    }
    case 'MergeTopics': {
      const { from, into } = command.data;
      requireLive(state, from);
      requireLive(state, into);
      if (from === into) throw topicErrors.intoItself(from);
      return [{ type: 'TopicsMerged', data: { from, into } }];
    }
    case 'RenameTopic': {
      const { slug, label } = command.data;
      requireLive(state, slug);
      const clean = label.trim().replace(/\s+/g, ' ');
      if (state.topics[slug] === clean) return [];
      return [{ type: 'TopicRenamed', data: { slug, label: clean } }];
    }
  }
}

/** Throws TOPIC.UNKNOWN naming every slug the vocabulary lacks (a merged-away slug is known). */
export function requireKnownTopics(state: TopicVocabulary, slugs: readonly string[]): void {
  const unknown = slugs.filter((slug) => !survivingTopic(state, slug));
  if (unknown.length > 0) throw topicErrors.unknown(unknown);
}

export const topicDecider: Decider<TopicCommand, TopicEvent, TopicVocabulary> = {
  initialState: initialTopicVocabulary,
  evolve: evolveTopics,
  decide: decideTopics,
};
