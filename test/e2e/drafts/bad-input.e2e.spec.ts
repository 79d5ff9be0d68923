import { EVENT_STORE, type EventStore } from '@chancery/event-store';
import type { Send } from '../../../examples/seed-visit/load';
import { createTestApp, type TestApp } from '../../support/test-app';
import { injectClient } from '../record/inject-client';

const RELEASE =
  'Foreign Minister Murat Nurtleu met Prime Minister Luc Frieden of Luxembourg on 14 October 2024 during an official visit; the ministers discussed cooperation.';

describe('drafts refuse what is not a press release', () => {
  let t: TestApp;
  let send: Send;
  const head = () => t.app.get<EventStore>(EVENT_STORE).headPosition();

  beforeAll(async () => {
    t = await createTestApp();
    send = injectClient(t.app, await t.tokenFor('recorder', { clearance: 'internal' }));
  });
  afterAll(() => t.close());

  it('answers 400 naming the field for empty or over-long text, and writes nothing', async () => {
    const before = await head();
    for (const text of ['', 'x'.repeat(100_001)]) {
      const reply = await send('POST', '/drafts', { text });
      expect(reply.status).toBe(400);
      expect(reply.body.errors.map((e: { field: string }) => e.field)).toEqual(['text']);
    }
    expect((await send('POST', '/drafts', { text: RELEASE, published: '14/10/2024' })).status).toBe(
      400,
    );
    expect(await head()).toBe(before);
  });

  it('drafts a text of 100,000 characters, the most it takes', async () => {
    const text = `${RELEASE} `.repeat(1_000).slice(0, 100_000);
    const reply = await send('POST', '/drafts', { text, published: '2024-10-14' });
    expect([reply.status, reply.body.text?.length]).toEqual([201, 100_000]);
    expect(reply.body.items.length).toBeGreaterThan(1);
  });

  it('answers an empty draft saying why for a recipe, another language or random bytes', async () => {
    const texts = [
      'Preheat the oven to 180 degrees. Mix the flour, the sugar and two eggs, then bake the cake for forty minutes until golden.',
      'Le ministre des affaires étrangères a rencontré son homologue à Paris pour discuter de la coopération entre les deux pays.',
      '\u0001\u0002\u0003 ÿþ ��� \u0007\u0008 %%%% #### 0x00ff 0xdead 0xbeef',
    ];
    for (const text of texts) {
      const reply = await send('POST', '/drafts', { text });
      expect(reply.status).toBe(201);
      expect(reply.body.emptyBecause).toMatch(/^The text/);
      expect(reply.body.items.map((i: { path: string }) => i.path)).toEqual(['source']);
      const commit = await send('POST', `/drafts/${reply.body.id}/commit`);
      expect([commit.status, commit.body.code]).toEqual([422, 'DRAFT.NOTHING_TO_COMMIT']);
    }
  });

  it('refuses an edit that is not a record of its kind, naming the field', async () => {
    const { body: draft, headers } = await send('POST', '/drafts', {
      text: RELEASE,
      published: '2024-10-14',
      publisher: 'Ministry of Foreign Affairs of Kazakhstan',
    });
    const path = draft.items.find((i: { path: string }) => i.path.startsWith('meetings.')).path;
    const reply = await send(
      'POST',
      `/drafts/${draft.id}/items/${path}/edits`,
      { value: { date: 'Tuesday' } },
      { 'If-Match': headers.etag! },
    );
    expect(reply.status).toBe(400);
    expect(reply.body.errors.map((e: { field: string }) => e.field)).toContain('value.date');
    const unknown = await send(
      'POST',
      `/drafts/${draft.id}/items/meetings.99/acceptance`,
      undefined,
      { 'If-Match': headers.etag! },
    );
    expect([unknown.status, unknown.body.code]).toEqual([422, 'DRAFT.UNKNOWN_ITEM']);
  });

  it('answers 422 saying why when the API refuses the source the officer edited', async () => {
    const { body: draft, headers } = await send('POST', '/drafts', {
      text: RELEASE,
      published: '2024-10-14',
      publisher: 'Ministry of Foreign Affairs of Kazakhstan',
    });
    const source = {
      publisher: 'MFA',
      title: 'not stated',
      published: '2024-10-14',
      url: 'not a web address',
    };
    const edit = await send(
      'POST',
      `/drafts/${draft.id}/items/source/edits`,
      { value: source },
      {
        'If-Match': headers.etag!,
      },
    );
    expect(edit.status).toBe(200);
    const commit = await send('POST', `/drafts/${draft.id}/commit`);
    expect([commit.status, commit.body.code]).toEqual([422, 'DRAFT.NOT_RECORDABLE']);
    expect(commit.body.message).toContain('url');
    expect((await send('GET', `/drafts/${draft.id}`)).body.committed).toBeNull();
  });

  it('hides a draft above the reader’s clearance, and keeps analysts from drafting', async () => {
    const writer = injectClient(t.app, await t.tokenFor('recorder'));
    const secret = await writer('POST', '/drafts', {
      text: RELEASE,
      classification: 'confidential',
    });
    expect(secret.status).toBe(201);
    expect((await send('GET', `/drafts/${secret.body.id}`)).status).toBe(404);
    expect((await writer('GET', `/drafts/${secret.body.id}`)).status).toBe(200);
    const analyst = injectClient(t.app, await t.tokenFor('analyst'));
    expect((await analyst('POST', '/drafts', { text: RELEASE })).status).toBe(403);
  });
});
