import { EVENT_STORE, EventStore, RecordedEvent } from '@chancery/event-store';
import { topicVocabularyStream } from '@chancery/diplomacy';
import { RecordModule } from '../../../apps/api/src/record/record.module';
import { createTestApp, TestApp } from '../../support/test-app';

describe('the acting user in event metadata', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(undefined, { imports: [RecordModule] });
  });
  afterAll(() => testApp?.close());

  it('is the authenticated identity: an X-Actor header claiming someone else is ignored', async () => {
    const admin = await testApp.tokenFor('admin', { name: 'head-of-protocol' });
    const response = await testApp.app.inject({
      method: 'POST',
      url: '/topics',
      headers: { authorization: `Bearer ${admin}`, 'x-actor': 'ambassador-mallory' },
      payload: { slug: 'space-industry', label: 'Space industry' },
    });
    expect(response.statusCode).toBe(201);

    const events: RecordedEvent[] = [];
    for await (const event of testApp.app
      .get<EventStore>(EVENT_STORE)
      .readStream(topicVocabularyStream()))
      events.push(event);
    const added = events.filter((event) => JSON.stringify(event.data).includes('space-industry'));
    expect(added.length).toBeGreaterThan(0);
    for (const event of added) expect(event.metadata.actor).toBe('head-of-protocol');
  });

  it('cannot be claimed without a token', async () => {
    const response = await testApp.app.inject({
      method: 'POST',
      url: '/topics',
      headers: { 'x-actor': 'head-of-protocol' },
      payload: { slug: 'fisheries', label: 'Fisheries' },
    });
    expect(response.statusCode).toBe(401);
  });
});
