import { specFor } from '../testing/given-when-then';
import {
  requireKnownTopics,
  resolveTopic,
  slugsReadAs,
  survivingTopic,
  topicDecider,
  topicSlug,
} from './decide';
import type { TopicEvent } from './events';

const spec = specFor(topicDecider);
const addSpace = {
  type: 'AddTopic',
  data: { slug: 'space-industry', label: 'Space industry' },
} as const;
const spaceAdded: TopicEvent = { type: 'TopicAdded', data: addSpace.data };
const mergeSpace: TopicEvent = {
  type: 'TopicsMerged',
  data: { from: 'space-industry', into: 'satellite-communications' },
};

describe('the topic vocabulary', () => {
  it('starts with the seed topics and lets anyone allowed add one', () => {
    spec.given([]).when(addSpace).then([spaceAdded]);
  });

  it('makes the slug from the label when none is given', () => {
    spec
      .given([])
      .when({ type: 'AddTopic', data: { label: '  Critical  Minerals ' } })
      .then([
        { type: 'TopicAdded', data: { slug: 'critical-minerals', label: 'Critical Minerals' } },
      ]);
    expect(topicSlug('Énergie & Mines (2024)')).toBe('energie-and-mines-2024');
  });

  it('adds nothing for a topic it knows: the same slug, a near-duplicate label, a merged slug', () => {
    spec
      .given([])
      .when({ type: 'AddTopic', data: { label: 'FINTECH' } })
      .then([]);
    spec.given([spaceAdded]).when(addSpace).then([]);
    spec
      .given([spaceAdded])
      .when({ type: 'AddTopic', data: { label: 'Space-Industry' } })
      .then([]);
    spec
      .given([spaceAdded, mergeSpace])
      .when({ type: 'AddTopic', data: { label: 'Space industry' } })
      .then([]);
  });

  it('refuses a slug that is not lower-case-hyphenated, and a label with no words', () => {
    spec
      .given([])
      .when({ type: 'AddTopic', data: { slug: 'Space Industry', label: 'x' } })
      .thenFails('TOPIC.INVALID_SLUG');
    spec
      .given([])
      .when({ type: 'AddTopic', data: { label: '!!!' } })
      .thenFails('TOPIC.NO_WORDS');
  });

  it('merges one live topic into another, and the merged slug resolves to the survivor', () => {
    spec
      .given([spaceAdded])
      .when({ type: 'MergeTopics', data: mergeSpace.data })
      .then([mergeSpace]);
    const state = spec.given([spaceAdded, mergeSpace]).when(addSpace).thenState();
    expect(survivingTopic(state, 'space-industry')).toBe('satellite-communications');
    expect(resolveTopic(state, 'Space Industry')).toEqual({
      slug: 'space-industry',
      survivor: 'satellite-communications',
    });
    expect(slugsReadAs(state, 'satellite-communications').sort()).toEqual([
      'satellite-communications',
      'space-industry',
    ]);
    expect(() => requireKnownTopics(state, ['space-industry'])).not.toThrow();
  });

  it('follows a chain of merges to the last survivor', () => {
    const chain: TopicEvent[] = [
      spaceAdded,
      mergeSpace,
      { type: 'TopicsMerged', data: { from: 'satellite-communications', into: 'technology' } },
    ];
    const state = spec.given(chain).when(addSpace).thenState();
    expect(survivingTopic(state, 'space-industry')).toBe('technology');
    expect(slugsReadAs(state, 'space-industry').sort()).toEqual([
      'satellite-communications',
      'space-industry',
      'technology',
    ]);
  });

  it('refuses a merge from or into a topic that is unknown or merged away, or into itself', () => {
    spec
      .given([])
      .when({ type: 'MergeTopics', data: { from: 'tourism', into: 'trade' } })
      .thenFails('TOPIC.UNKNOWN');
    spec
      .given([spaceAdded, mergeSpace])
      .when({ type: 'MergeTopics', data: { from: 'space-industry', into: 'trade' } })
      .thenFails('TOPIC.MERGED_AWAY');
    spec
      .given([spaceAdded, mergeSpace])
      .when({ type: 'MergeTopics', data: { from: 'trade', into: 'space-industry' } })
      .thenFails('TOPIC.MERGED_AWAY');
    spec
      .given([])
      .when({ type: 'MergeTopics', data: { from: 'trade', into: 'trade' } })
      .thenFails('TOPIC.MERGE_INTO_ITSELF');
  });

  it('renames a live topic, once', () => {
    const rename = { type: 'RenameTopic', data: { slug: 'fintech', label: 'Fintech' } } as const;
    spec
      .given([])
      .when(rename)
      .then([{ type: 'TopicRenamed', data: rename.data }]);
    spec
      .given([{ type: 'TopicRenamed', data: rename.data }])
      .when(rename)
      .then([]);
    spec
      .given([spaceAdded, mergeSpace])
      .when({ type: 'RenameTopic', data: { slug: 'space-industry', label: 'Space' } })
      .thenFails('TOPIC.MERGED_AWAY');
  });

  it('names every unknown topic', () => {
    const state = spec.given([]).when(addSpace).thenState();
    expect(() => requireKnownTopics(state, ['fintech'])).not.toThrow();
    expect(() => requireKnownTopics(state, ['fintech', 'tourism', 'mining'])).toThrow(
      /tourism, mining/,
    );
  });
});
