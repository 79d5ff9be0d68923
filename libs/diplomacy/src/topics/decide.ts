import type { Decider } from '../shared/decider';
import { DomainError } from '../shared/errors';
import type { TopicEvent } from './events';
import { SEED_TOPICS } from './seed-topics';

/** The vocabulary as it stands: slug → label, seed topics included. */
export type TopicVocabulary = { topics: Record<string, string> };

export type AddTopic = { type: 'AddTopic'; data: { slug: string; label: string } };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const topicErrors = {
  alreadyKnown: (slug: string) =>
    new DomainError('TOPIC.ALREADY_KNOWN', `topic ${slug} is already in the vocabulary`),
  invalidSlug: (slug: string) =>
    new DomainError(
      'TOPIC.INVALID_SLUG',
      `topic ${slug} must be lower-case words joined by hyphens`,
    ),
  unknown: (slugs: string[]) =>
    new DomainError('TOPIC.UNKNOWN', `not in the topic vocabulary: ${slugs.join(', ')}`, {
      unknownTopics: slugs,
    }),
};

export const initialTopicVocabulary = (): TopicVocabulary => ({
  topics: Object.fromEntries(SEED_TOPICS.map(({ slug, label }) => [slug, label])),
});

export function evolveTopics(state: TopicVocabulary, event: TopicEvent): TopicVocabulary {
  return { topics: { ...state.topics, [event.data.slug]: event.data.label } };
}

export function decideTopics(command: AddTopic, state: TopicVocabulary): TopicEvent[] {
  const { slug, label } = command.data;
  if (!SLUG.test(slug)) throw topicErrors.invalidSlug(slug);
  if (state.topics[slug]) throw topicErrors.alreadyKnown(slug);
  return [{ type: 'TopicAdded', data: { slug, label: label.trim() } }];
}

/** Throws TOPIC.UNKNOWN naming every slug the vocabulary lacks. */
export function requireKnownTopics(state: TopicVocabulary, slugs: readonly string[]): void {
  const unknown = slugs.filter((slug) => !state.topics[slug]);
  if (unknown.length > 0) throw topicErrors.unknown(unknown);
}

export const topicDecider: Decider<AddTopic, TopicEvent, TopicVocabulary> = {
  initialState: initialTopicVocabulary,
  evolve: evolveTopics,
  decide: decideTopics,
};
