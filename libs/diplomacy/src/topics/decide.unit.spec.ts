import { specFor } from '../testing/given-when-then';
import { requireKnownTopics, topicDecider } from './decide';

const spec = specFor(topicDecider);
const addSpace = {
  type: 'AddTopic',
  data: { slug: 'space-industry', label: 'Space industry' },
} as const;

describe('the topic vocabulary', () => {
  it('starts with the seed topics and lets admins add one', () => {
    spec
      .given([])
      .when(addSpace)
      .then([{ type: 'TopicAdded', data: { slug: 'space-industry', label: 'Space industry' } }]);
  });

  it('refuses a topic it knows, seeded or added', () => {
    spec
      .given([])
      .when({ type: 'AddTopic', data: { slug: 'fintech', label: 'Fintech' } })
      .thenFails('TOPIC.ALREADY_KNOWN');
    spec
      .given([{ type: 'TopicAdded', data: addSpace.data }])
      .when(addSpace)
      .thenFails('TOPIC.ALREADY_KNOWN');
  });

  it('refuses a slug that is not lower-case-hyphenated', () => {
    spec
      .given([])
      .when({ type: 'AddTopic', data: { slug: 'Space Industry', label: 'x' } })
      .thenFails('TOPIC.INVALID_SLUG');
  });

  it('names every unknown topic', () => {
    const state = spec.given([]).when(addSpace).thenState();
    expect(() => requireKnownTopics(state, ['fintech', 'space-industry'])).not.toThrow();
    expect(() => requireKnownTopics(state, ['fintech', 'tourism', 'mining'])).toThrow(
      /tourism, mining/,
    );
  });
});
