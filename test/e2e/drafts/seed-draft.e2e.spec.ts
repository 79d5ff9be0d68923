import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVENT_STORE, type EventStore } from '@chancery/event-store';
import * as seed from '../../../examples/seed-visit/fixture';
import type { Send } from '../../../examples/seed-visit/load';
import { checkFile } from '../../../apps/cli/src/import/importer';
import type { PressRelease } from '../../../apps/cli/src/import/press-release';
import { eventually } from '../../support/eventually';
import { createTestApp, type TestApp } from '../../support/test-app';
import { injectClient } from '../record/inject-client';

const SEED_DIR = join(__dirname, '../../../../shared/seed');
const seedText = readFileSync(join(SEED_DIR, readdirSync(SEED_DIR)[0]), 'utf8');
/** The seed's release as coded by hand (the shape of shared/press-releases/*.expected.json). */
const coded = JSON.parse(
  readFileSync(join(__dirname, '../../../bench/drafts/seed.expected.json'), 'utf8'),
) as PressRelease;
// "official visit": the words the importer records as the API's kind `official`.
coded.visits[0].kind = 'official visit';
// "Since 2005 … has reached": to the day it was said, in words the importer reads as dates.
coded.indicators[0].period_or_as_of = 'since 2005, as of 2024-10-14';
const meetingWith = (name: string) =>
  coded.meetings.find((m) =>
    m.participants.some((p) => p.name === name || p.organisation_or_country === name),
  )!;

/** The directory a deployment holds before the release arrives: the fixture's organisations. */
async function loadDirectory(send: Send): Promise<void> {
  for (const code of seed.countries) {
    const reply = await send('PUT', `/countries/${code}`, { classification: 'public' });
    expect(reply.status).toBeLessThan(300);
  }
  const mfa = seed.sources[0];
  await send('POST', '/sources', { sourceId: seed.seedId(`source:${mfa.key}`), ...mfa.body });
  for (const o of seed.organisations) {
    const body = { organisationId: seed.seedId(`organisation:${o.key}`), ...o.body };
    expect((await send('POST', '/organisations', body)).status).toBe(201);
  }
  await eventually(
    async () => (await send('GET', '/directory?q=Sarens&kinds=organisation')).body?.items?.length,
  );
}

describe('a draft of the seed release, reviewed and committed', () => {
  let t: TestApp;
  let send: Send;
  let draft: { id: string; revision: number; items: { path: string; value: unknown }[] };
  let edits = 0;

  const revisionOf = async () => (await send('GET', `/drafts/${draft.id}`)).headers.etag!;
  const review = async (path: string, step: 'edits' | 'acceptance' | 'rejection', body = {}) => {
    const reply = await send('POST', `/drafts/${draft.id}/items/${path}/${step}`, body, {
      'If-Match': await revisionOf(),
    });
    expect([reply.status, path]).toEqual([200, path]);
    if (step === 'edits') edits += 1;
  };
  const headPosition = () => t.app.get<EventStore>(EVENT_STORE).headPosition();

  beforeAll(async () => {
    t = await createTestApp();
    send = injectClient(t.app, await t.tokenFor('recorder'));
    await loadDirectory(send);
    const posted = await send('POST', '/drafts', {
      text: seedText,
      ...coded.source,
      url: undefined,
    });
    expect(posted.status).toBe(201);
    draft = posted.body;
  });
  afterAll(() => t.close());

  it('proposes the visit, six meetings, five pledges, the quote and the figure, each with its words', () => {
    const kinds = draft.items.map((i) => i.path.split('.')[0]);
    const count = (k: string) => kinds.filter((x) => x === k).length;
    const counted = ['visits', 'meetings', 'pledges', 'statements', 'indicators'].map(count);
    expect(counted).toEqual([1, 6, 5, 1, 1]);
    for (const item of draft.items.filter((i) => i.path !== 'source'))
      expect((item as unknown as { spans: unknown[] }).spans.length).toBeGreaterThan(0);
  });

  it('finds the organisations on record the text names: Sarens, SES and Cargolux are parties', () => {
    const values = JSON.stringify(draft.items.map((i) => i.value));
    for (const side of ['"side":"Sarens"', '"side":"SES"', '"by":"Cargolux"', '"by":"SES"'])
      expect(values).toContain(side);
  });

  it('commits with fewer than ten edits and reads back as the seed release states it', async () => {
    await review('visits.0', 'edits', { value: coded.visits[0] });
    const counterparts = [
      'European Union',
      'Luc Frieden',
      'Xavier Bettel',
      'Hendrik Sarens',
      'SES',
      'Nadia Calviño',
    ];
    for (const [i, name] of counterparts.entries())
      await review(`meetings.${i}`, 'edits', { value: meetingWith(name) });
    await review('statements.0', 'edits', { value: coded.statements[0] });
    await review('indicators.0', 'edits', { value: coded.indicators[0] });
    const pledges = draft.items.filter((i) => i.path.startsWith('pledges.'));
    const byOf = (p: { value: unknown }) => (p.value as { by: string }).by;
    const kept = pledges.filter((p) => byOf(p) !== 'KAZ+LUX'); // the seed holds no joint pledge
    for (const p of pledges)
      await review(p.path, kept.includes(p) ? 'acceptance' : 'rejection', {
        reason: 'not in the seed',
      });
    expect(edits).toBeLessThan(10);

    const committed = await send('POST', `/drafts/${draft.id}/commit`);
    expect(committed.status).toBe(200);
    expect(committed.body.committed.refused).toEqual([]);

    // Read back through the importer's own check, against the hand-coded release in the order
    // the draft holds it: every visit, meeting, quote and figure reads as the seed states it.
    const luxPledges = coded.pledges.filter((p) => p.by === 'LUX');
    const release: PressRelease = {
      ...coded,
      meetings: counterparts.map(meetingWith),
      pledges: kept.map((p) =>
        byOf(p) === 'LUX' ? luxPledges.shift()! : coded.pledges.find((c) => c.by === byOf(p))!,
      ),
    };
    const check = await checkFile(send, 'seed', release);
    expect(check.unfaithful.filter((u) => u.kind !== 'pledges')).toEqual([]);
    expect(check.facts).toBe(1 + 1 + 6 + 4 + 1 + 1);
    // The officer accepted the machine's wording of the pledges: parties, level, quantity and
    // status read back as the seed states them; only the wording and the area differ.
    for (const u of check.unfaithful)
      for (const reason of u.reasons) expect(reason).toMatch(/^(commitment|areas) reads back/);
  });

  it('links every committed record to the draft and cites the source', async () => {
    const { body } = await send('GET', `/drafts/${draft.id}`);
    const { sourceId, produced } = body.committed;
    expect(produced.map((p: { kind: string }) => p.kind)).toEqual(
      expect.arrayContaining([
        'sources',
        'visits',
        'meetings',
        'statements',
        'indicators',
        'pledges',
      ]),
    );
    for (const p of produced.filter((x: { kind: string }) => x.kind !== 'sources')) {
      const record = await send('GET', `/${p.kind}/${p.id}`);
      expect(record.body.sourceIds).toContain(sourceId);
    }
  });

  it('writes every record of the commit in the draft commit’s correlation, by the same officer', async () => {
    const store = t.app.get<EventStore>(EVENT_STORE);
    const events = [];
    for await (const e of store.readStream(`draft-${draft.id}`)) events.push(e);
    const commit = events.find((e) => e.type === 'DraftCommitted')!;
    const { produced } = commit.data as { produced: { kind: string; id: string }[] };
    const streams = new Set(produced.map((p) => `${p.kind.replace(/s$/, '')}-${p.id}`));
    const written = [];
    for await (const e of store.readAll())
      if (e.metadata.correlationId === commit.metadata.correlationId) written.push(e);
    for (const stream of streams) expect(written.map((e) => e.streamId)).toContain(stream);
    expect(new Set(written.map((e) => e.metadata.actor))).toEqual(new Set([commit.metadata.actor]));
  });

  it('shows an auditor what the machine proposed and what the officer changed, step by step', async () => {
    const auditor = injectClient(t.app, await t.tokenFor('auditor'));
    const history = await auditor('GET', `/audit/records/draft-${draft.id}/history`);
    expect(history.status).toBe(200);
    const text = JSON.stringify(history.body);
    for (const type of ['DraftProposed', 'DraftItemEdited', 'DraftItemRejected', 'DraftCommitted'])
      expect(text).toContain(type);
  });

  it('leaves no projection a dead letter: every read model passes the draft events by', async () => {
    const admin = injectClient(t.app, await t.tokenFor('admin'));
    type Projection = {
      name: string;
      eventsBehind: number;
      deadLetters: number;
      lastError: unknown;
    };
    const projections = await eventually(async () => {
      const { body } = await admin('GET', '/projections/status');
      const list = (body?.projections ?? []) as Projection[];
      return list.length > 0 && list.every((p) => p.eventsBehind === 0) && list;
    });
    expect(projections.filter((p) => p.deadLetters > 0 || p.lastError)).toEqual([]);
    expect((await admin('GET', '/projections/dead-letters')).body.total).toBe(0);
  });

  it('a second commit writes nothing, and a committed draft changes no more', async () => {
    const before = await headPosition();
    expect((await send('POST', `/drafts/${draft.id}/commit`)).status).toBe(200);
    expect(await headPosition()).toBe(before);
    const edit = await send('POST', `/drafts/${draft.id}/items/visits.0/acceptance`, undefined, {
      'If-Match': await revisionOf(),
    });
    expect([edit.status, edit.body.code]).toEqual([422, 'DRAFT.ALREADY_COMMITTED']);
  });
});
