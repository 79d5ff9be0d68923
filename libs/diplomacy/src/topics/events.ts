/**
 * Stream `vocabulary-topics`: the areas of cooperation meetings and pledges are filed under.
 * The seed list (`SEED_TOPICS`) is always known; admins extend it with `TopicAdded`.
 */
export type TopicAdded = {
  type: 'TopicAdded';
  /** `slug` is the stable key used in records (`green-energy`); `label` is for people. */
  data: { slug: string; label: string };
};

export type TopicEvent = TopicAdded;

export const TOPIC_EVENT_VERSIONS = { TopicAdded: 1 } as const satisfies Record<
  TopicEvent['type'],
  number
>;
