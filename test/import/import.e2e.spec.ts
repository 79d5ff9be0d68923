import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVENT_STORE, type EventStore } from '@chancery/event-store';
import { seedId } from '../../examples/seed-visit/fixture';
import { loadSeedVisit } from '../../examples/seed-visit/load';
import {
  checkFile,
  planFile,
  readFiles,
  type NamedFile,
  type Send,
} from '../../apps/cli/src/import/importer';
import { runImport } from '../../apps/cli/src/import/run-import';
import { injectClient } from '../e2e/record/inject-client';
import { createTestApp, type TestApp } from '../support/test-app';

const DIR = join(__dirname, '../../../shared/press-releases');
const all: NamedFile[] = readdirSync(DIR)
  .filter((name) => name.endsWith('.expected.json'))
  .sort()
  .map((name) => ({ name, text: readFileSync(join(DIR, name), 'utf8') }));
const file = (prefix: string) => all.find((f) => f.name.startsWith(prefix))!;
const release = (prefix: string) => readFiles([file(prefix)])[0].release;

async function run(send: Send, files: NamedFile[], check = false) {
  const lines: string[] = [];
  const status = await runImport(send, files, { check }, (line) => lines.push(line));
  return { status, output: lines.join('\n') };
}

/** 08's call as if the source named one participant only: a meeting the API cannot hold. */
function lonelyCall() {
  const call = JSON.parse(file('08').text);
  call.source.url = 'https://example.test/one-participant';
  call.meetings[0].participants = call.meetings[0].participants.slice(0, 1);
  return call;
}

const head = (t: TestApp) => t.app.get<EventStore>(EVENT_STORE).headPosition();

async function countEvents(t: TestApp): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for await (const event of t.app.get<EventStore>(EVENT_STORE).readAll())
    counts[event.type] = (counts[event.type] ?? 0) + 1;
  return counts;
}

/** Asks again until the directory's worker has caught up with what was just written. */
async function until(condition: () => Promise<boolean>): Promise<void> {
  while (!(await condition())) await new Promise((resolve) => setTimeout(resolve, 50));
}

describe('chancery import, beside the seed visit', () => {
  let t: TestApp;
  let send: Send;
  const several = ['04', '06', '07', '08', '09', '11'].map(file);

  beforeAll(async () => {
    t = await createTestApp();
    send = injectClient(t.app, await t.tokenFor('recorder'));
    expect((await loadSeedVisit(send)).skipped).toEqual([]);
  });
  afterAll(() => t.close());

  it('records what the API can hold, and the second run writes nothing', async () => {
    const before = await head(t);
    expect((await run(send, several)).status).toBe(0);
    const afterFirst = await head(t);
    expect(afterFirst).toBeGreaterThan(before!);

    expect((await run(send, several)).status).toBe(0);
    expect(await head(t)).toBe(afterFirst);
  });

  it('takes people and organisations already on record, found through GET /directory', async () => {
    await until(async () => (await send('GET', '/directory?q=Nurtleu')).body.items.length > 0);
    const person = (name: string, title: string, side: string) => ({
      name,
      title,
      organisation_or_country: null,
      side,
    });
    const council = {
      ...JSON.parse(file('09').text),
      source: {
        publisher: 'A desk note',
        title: 'The Cooperation Council again',
        published: '2024-10-14',
        url: 'https://example.test/cooperation-council',
      },
      meetings: [
        {
          date: '2024-10-14',
          place: { city: 'Luxembourg', country: 'LUX' },
          format: 'multilateral',
          participants: [
            person('Murat Nurtleu', 'Deputy Prime Minister and Minister of Foreign Affairs', 'KAZ'),
            person('Josep Borrell', 'High Representative', 'EU'),
          ],
          topics: ['trade'],
        },
      ],
    };
    const before = await countEvents(t);
    const named = { name: 'council.json', text: JSON.stringify(council) };
    expect((await run(send, [named])).status).toBe(0);
    const after = await countEvents(t);
    expect(after.PersonRegistered).toBe(before.PersonRegistered + 1); // Borrell only
    expect(after.OrganisationRegistered).toBe(before.OrganisationRegistered);

    const [, meeting] = await planFile(send, council);
    const read = await send('GET', `/meetings/${meeting.id}`);
    expect(read.body.participants.map((p: { party: { id: string } }) => p.party.id)[0]).toBe(
      seedId('person:nurtleu'),
    );
    expect(read.body.participants[1].side).toEqual({
      kind: 'organisation',
      id: seedId('organisation:eu'),
    });
    const checked = await run(send, [named], true);
    expect(checked).toEqual({ status: 0, output: expect.stringContaining('facts faithful 2/2') });
  });

  it('leaves out a fact that would need an invented value', async () => {
    const lonely = { name: 'lonely.json', text: JSON.stringify(lonelyCall()) };
    expect(await run(send, [lonely])).toEqual({
      status: 0,
      output: 'lonely.json: 1 of 2 facts recorded, 1 left out',
    });
    const [call] = (await checkFile(send, 'lonely', lonelyCall())).unfaithful;
    expect(call).toEqual({
      path: '$.meetings[0]',
      kind: 'meetings',
      reasons: ['fewer than two participants are stated'],
    });
    const [, meeting] = await planFile(send, lonelyCall());
    expect((await send('GET', `/meetings/${meeting.id}`)).status).toBe(404);
  });

  it('records an unnamed participant by title, with nothing filled in', async () => {
    const [, planned] = await planFile(send, release('09'));
    const call = await send('GET', `/meetings/${planned.id}`);
    expect(call.body.participants[0]).toEqual({
      party: null,
      title: 'Prime Minister',
      side: { kind: 'country', id: 'GBR' },
      role: null,
    });
    expect((await checkFile(send, '09', release('09'))).unfaithful).toEqual([]);
  });

  it('--check prints facts faithful per file and in total, and exits 1 on any unfaithful', async () => {
    const lonely = { name: 'lonely.json', text: JSON.stringify(lonelyCall()) };
    expect((await run(send, [lonely])).status).toBe(0);
    const { status, output } = await run(send, [file('06'), file('08'), lonely], true);
    expect(status).toBe(1);
    expect(output).toContain(
      '06-sg-lk-wickremesinghe-official-visit-mous.expected.json: facts faithful 10/10',
    );
    expect(output).toContain('08-cn-us-wang-yi-blinken-call.expected.json: facts faithful 2/2');
    expect(output).toContain('lonely.json: facts faithful 1/2');
    expect(output).toContain('total: facts faithful 13/14');
    expect(output).toContain('  $.meetings[0] (meetings): fewer than two participants are stated');
    expect(output).not.toContain('$.source (sources)');
  });

  it('--check finds a read-back that differs from the file, and a fact never recorded', async () => {
    const tampered: Send = async (method, path, body, headers) => {
      const reply = await send(method, path, body, headers);
      if (method === 'GET' && path.startsWith('/sources/'))
        return { ...reply, body: { ...reply.body, publishedOn: '2016-07-19' } };
      if (method === 'GET' && path.startsWith('/meetings/'))
        return {
          ...reply,
          body: { ...reply.body, participants: reply.body.participants.slice(1) },
        };
      return reply;
    };
    const result = await checkFile(tampered, '08', release('08'));
    expect(result.faithful).toBe(0);
    expect(result.unfaithful[0]).toEqual({
      path: '$.source',
      kind: 'sources',
      reasons: ['publishedOn reads back "2016-07-19", the file states "2023-02-04"'],
    });
    expect(result.unfaithful[1].reasons.some((r) => r.startsWith('participants reads back'))).toBe(
      true,
    );

    const never = await checkFile(send, '12', release('12'));
    expect(never.unfaithful[0]).toEqual({
      path: '$.source',
      kind: 'sources',
      reasons: ['not recorded'],
    });
  });

  it('measures the twelve files and the seed: every one of the 98 facts faithful', async () => {
    const seedFile = join(__dirname, 'fixtures/00-kz-lu-nurtleu-luxembourg.expected.json');
    const files = [{ name: '00-seed', text: readFileSync(seedFile, 'utf8') }, ...all];
    expect((await run(send, files)).status).toBe(0);
    const { status, output } = await run(send, files, true);
    const perFile = output.split('\n').filter((line) => / facts faithful \d+\/\d+$/.test(line));
    expect(perFile).toHaveLength(14);
    expect(perFile.at(-1)).toBe('total: facts faithful 98/98');
    expect({ status, output: output.split('\n').length }).toEqual({ status: 0, output: 14 });
  });

  it('reports a fact the API refuses and records the others', async () => {
    const call = JSON.parse(file('08').text);
    call.source.url = 'https://example.test/refused-topic';
    call.meetings = [{ ...call.meetings[0], topics: ['—'] }, call.meetings[0]];
    const { status, output } = await run(send, [{ name: 'call.json', text: JSON.stringify(call) }]);
    expect(status).toBe(1);
    expect(output).toContain('call.json: 2 of 3 facts recorded, 1 left out');
    expect(output).toMatch(
      /\$\.meetings\[0\] \(meetings\): the API refused it \(422\): .*TOPIC\.NO_WORDS/,
    );
    const [, , second] = await planFile(send, call);
    expect((await send('GET', `/meetings/${second.id}`)).status).toBe(200);
  });

  it('records an indicator stated as of a day, as an amount or a quantity', async () => {
    const figures = JSON.parse(file('08').text);
    figures.source.url = 'https://example.test/figures';
    figures.indicators = [
      {
        what: 'projects',
        value: 32,
        unit_or_currency: 'projects',
        period_or_as_of: 'as of 2023-02-03',
      },
      {
        what: 'investment',
        value: 12.6e9,
        unit_or_currency: 'USD',
        period_or_as_of: 'as of 2023-02-03',
      },
    ];
    const named = { name: 'figures.json', text: JSON.stringify(figures) };
    expect((await run(send, [named])).status).toBe(0);
    expect(await run(send, [named], true)).toEqual({
      status: 0,
      output: expect.stringContaining('figures.json: facts faithful 4/4'),
    });
  });

  it('refuses a malformed file naming the file, the path and the reason, with nothing written', async () => {
    const fresh = JSON.parse(file('08').text);
    fresh.source.url = 'https://example.test/never-imported';
    const good = { name: 'fresh.json', text: JSON.stringify(fresh) };
    const badDate = JSON.parse(file('07').text);
    badDate.meetings[0].date = '2024-02-30';
    const noSource = { ...JSON.parse(file('10').text), source: undefined };
    const before = await head(t);
    const cases: [NamedFile, string][] = [
      [{ name: 'not-json.json', text: '{ "source": ' }, 'not-json.json: $: not JSON'],
      [
        { name: 'bad-date.json', text: JSON.stringify(badDate) },
        'bad-date.json: $.meetings[0].date: "2024-02-30" is not a date',
      ],
      [
        { name: 'no-source.json', text: JSON.stringify(noSource) },
        'no-source.json: $.source: is missing',
      ],
    ];
    for (const [bad, message] of cases) {
      const { status, output } = await run(send, [good, bad]);
      expect(status).toBe(1);
      expect(output).toContain(message);
    }
    expect(await head(t)).toBe(before);
  });
});

describe('chancery import, interrupted half-way', () => {
  let t: TestApp;
  let send: Send;
  const files = [file('06'), file('08')];

  beforeAll(async () => {
    t = await createTestApp();
    send = injectClient(t.app, await t.tokenFor('recorder'));
  });
  afterAll(() => t.close());

  const complete = {
    SourceRegistered: 2,
    PersonRegistered: 5,
    PersonAppointed: 5,
    VisitRecorded: 1,
    MeetingRecorded: 3,
    CooperationPledged: 6,
    PledgeProgressReported: 6,
  };

  it('completes on a second run with no duplicates', async () => {
    let writes = 0;
    const failing: Send = async (method, ...rest) => {
      if (method !== 'GET' && ++writes > 10) throw new Error('connection lost');
      return send(method, ...rest);
    };
    await expect(run(failing, files)).rejects.toThrow('connection lost');
    const partial = await countEvents(t);
    expect(partial.MeetingRecorded ?? 0).toBeLessThan(complete.MeetingRecorded);

    expect((await run(send, files)).status).toBe(0);
    expect(await countEvents(t)).toMatchObject(complete);
    const afterSecond = await head(t);
    expect((await run(send, files)).status).toBe(0);
    expect(await head(t)).toBe(afterSecond);
    expect(await countEvents(t)).toMatchObject(complete);
  });

  it('completes with no duplicates when the answer to a write is lost after the write', async () => {
    const fresh = await createTestApp();
    try {
      const direct = injectClient(fresh.app, await fresh.tokenFor('recorder'));
      let writes = 0;
      // Cut off after the API has recorded the 14th write: a kill between the write and its answer.
      const cut: Send = async (method, ...rest) => {
        const reply = await direct(method, ...rest);
        if (method !== 'GET' && ++writes === 14) throw new Error('killed');
        return reply;
      };
      await expect(run(cut, files)).rejects.toThrow('killed');
      expect((await run(direct, files)).status).toBe(0);
      expect(await countEvents(fresh)).toMatchObject(complete);
      expect((await run(direct, files, true)).output).toContain('total: facts faithful 12/12');
    } finally {
      await fresh.close();
    }
  });
});
