import type { Send } from '../../../examples/seed-visit/load';
import { createTestApp, type TestApp } from '../../support/test-app';
import { injectClient } from '../record/inject-client';

const RELEASE =
  'LUXEMBOURG – Foreign Minister Murat Nurtleu of Kazakhstan met Prime Minister Luc Frieden of Luxembourg on 14 October 2024 during an official visit; the ministers discussed cooperation.';
const missed = {
  date: '2024-10-14',
  place: { city: 'Luxembourg', country: 'LUX' },
  format: 'bilateral',
  participants: [
    {
      name: 'Murat Nurtleu',
      title: 'Foreign Minister',
      organisation_or_country: null,
      side: 'KAZ',
    },
    {
      name: 'Xavier Bettel',
      title: 'Deputy Prime Minister',
      organisation_or_country: null,
      side: 'LUX',
    },
  ],
  topics: [],
};

describe('a record the draft missed, added by the officer', () => {
  let t: TestApp;
  let send: Send;
  beforeAll(async () => {
    t = await createTestApp();
    send = injectClient(t.app, await t.tokenFor('recorder'));
  });
  afterAll(() => t.close());

  it('is committed with the rest and reads back as added', async () => {
    const posted = await send('POST', '/drafts', {
      text: RELEASE,
      publisher: 'Ministry of Foreign Affairs of Kazakhstan',
      published: '2024-10-14',
    });
    const id = posted.body.id;
    const before = posted.body.items.filter((i: { kind: string }) => i.kind === 'meetings').length;
    const bad = await send(
      'POST',
      `/drafts/${id}/items`,
      { kind: 'meetings', value: { ...missed, date: 'Monday' } },
      {
        'If-Match': posted.headers.etag!,
      },
    );
    expect([bad.status, bad.body.errors.map((e: { field: string }) => e.field)]).toEqual([
      400,
      ['value.date'],
    ]);
    const added = await send(
      'POST',
      `/drafts/${id}/items`,
      { kind: 'meetings', value: missed },
      {
        'If-Match': posted.headers.etag!,
      },
    );
    expect(added.status).toBe(200);

    const draft = (await send('GET', `/drafts/${id}`)).body;
    const item = draft.items.at(-1);
    expect(item).toMatchObject({
      path: `meetings.${before}`,
      decision: 'edited',
      spans: [],
      proposed: null,
    });
    const committed = await send('POST', `/drafts/${id}/commit`);
    expect(committed.body.committed.refused).toEqual([]);
    const made = committed.body.committed.produced.find(
      (p: { path: string }) => p.path === item.path,
    );
    const meeting = await send('GET', `/meetings/${made.id}`);
    expect(meeting.body).toMatchObject({
      date: '2024-10-14',
      place: { city: 'Luxembourg', country: 'LUX' },
    });
    expect(meeting.body.participants).toHaveLength(2);
  });
});
