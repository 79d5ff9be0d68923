/**
 * Stream `vocabulary-topics`: the areas of cooperation meetings and pledges are filed under.
 * The seed list (`SEED_TOPICS`) is always known; recorders add topics (`TopicAdded`) and admins
 * fold one into another (`TopicsMerged`) or relabel one (`TopicRenamed`). Slugs never change:
 * a merged-away slug resolves to its survivor for ever.
 */
export type TopicAdded = {
  type: 'TopicAdded';
  /** `slug` is the stable key used in records (`green-energy`); `label` is for people. */
  data: { slug: string; label: string };
};

/** `from` is no longer a topic of its own: records naming it are read as `into`. */
export type TopicsMerged = { type: 'TopicsMerged'; data: { from: string; into: string } };

export type TopicRenamed = { type: 'TopicRenamed'; data: { slug: string; label: string } };

export type TopicEvent = TopicAdded | TopicsMerged | TopicRenamed;

export const TOPIC_EVENT_VERSIONS = {
  TopicAdded: 1,
  TopicsMerged: 1,
  TopicRenamed: 1,
} as const satisfies Record<TopicEvent['type'], number>;
