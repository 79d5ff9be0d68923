import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { CLOCK, FixedClock } from '@chancery/common';
import {
  createEventStore,
  EVENT_STORE,
  type EventStore,
  type RecordedEvent,
} from '@chancery/event-store';
import { registerAuditCommands } from '../../apps/cli/src/audit/audit.command';
import { registerLogCommands } from '../../apps/cli/src/log/log.command';
import { loadSeedVisit } from '../../examples/seed-visit/load';
import { KurrentDbDouble } from '../kurrentdb/double/kurrentdb-double';
import { injectClient } from '../e2e/record/inject-client';
import { createTestApp, type TestApp } from '../support/test-app';
import { readLog } from './chained-log';

/** `chancery log export` from the embedded store, `chancery log import` into KurrentDB (the wire double). */
describe('moving the whole log from the embedded store to KurrentDB', () => {
  const clock = new FixedClock(new Date('2024-11-20T09:00:00Z'));
  const pages = [
    '/partnerships/KAZ/LUX',
    '/partnerships/KAZ/EIB',
    '/partnerships?party=KAZ',
    '/follow-ups/board',
    '/pledges/register',
    '/timeline/KAZ',
  ];
  let scratch: string;
  let embedded: TestApp;
  let token: string;
  let before: Record<string, unknown>;
  let node: KurrentDbDouble;
  let exported: { code: number; output: string };
  const file = () => join(scratch, 'chancery.log.jsonl');

  async function chancery(...args: string[]) {
    const lines: string[] = [];
    let code = 0;
    const program = new Command('chancery').exitOverride();
    const io = { print: (line: string) => lines.push(line), exit: (c: number) => (code = c) };
    registerLogCommands(program, io);
    registerAuditCommands(program, io);
    await program.parseAsync(['node', 'chancery', ...args]);
    return { code, output: lines.join('\n') };
  }

  const pagesOf = async (t: TestApp) => {
    const send = injectClient(t.app, token);
    const head = await t.app.get<EventStore>(EVENT_STORE).headPosition();
    const answers: Record<string, unknown> = {};
    for (const page of pages) {
      const reply = await send(
        'GET',
        `${page}${page.includes('?') ? '&' : '?'}minPosition=${head}`,
      );
      expect(reply.status).toBe(200);
      answers[page] = reply.body;
    }
    return answers;
  };
  const withoutPositions = (events: RecordedEvent[]) =>
    events.map(({ position: _, ...rest }) => rest);

  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'chancery-move-'));
    embedded = await createTestApp((b) => b.overrideProvider(CLOCK).useValue(clock));
    token = await embedded.tokenFor(['recorder', 'analyst', 'auditor']);
    expect((await loadSeedVisit(injectClient(embedded.app, token))).skipped).toEqual([]);
    before = await pagesOf(embedded);
    process.env.DATA_DIR = embedded.dataDir;
    exported = await chancery('log', 'export', file());
    node = await KurrentDbDouble.start();
  });
  afterAll(async () => {
    delete process.env.EVENTSTORE_URL;
    await embedded?.close();
    await node?.stop();
    rmSync(scratch, { recursive: true, force: true });
  });
  afterEach(() => delete process.env.EVENTSTORE_URL);

  it('is one command pair: the events arrive unchanged but for their positions, the chains verify, and the API answers as before', async () => {
    expect(exported.code).toBe(0);
    const original = await readLog(embedded.app.get<EventStore>(EVENT_STORE));
    expect(exported.output).toContain(`Exported ${original.length} events`);

    process.env.EVENTSTORE_URL = node.connectionString();
    const imported = await chancery('log', 'import', file());
    expect(imported).toEqual({
      code: 0,
      output: expect.stringContaining(`Imported ${original.length} events`),
    });

    const kurrent = createEventStore({ eventStoreUrl: node.connectionString(), dataDir: scratch });
    const moved = await readLog(kurrent).finally(() => kurrent.close());
    expect(withoutPositions(moved)).toEqual(withoutPositions(original));
    expect(moved.map((e) => e.position)).not.toEqual(original.map((e) => e.position));

    // The API on KurrentDB rebuilds its read models from the moved log; the staff's tokens moved with it.
    const onKurrent = await createTestApp((b) => b.overrideProvider(CLOCK).useValue(clock));
    try {
      expect(await pagesOf(onKurrent)).toEqual(before);
      process.env.DATA_DIR = onKurrent.dataDir;
      const verify = await chancery('audit', 'verify');
      expect(verify.output).toContain(
        'Verified: every chain holds and every read model matches the log.',
      );
      expect(verify.code).toBe(0);
    } finally {
      await onKurrent.close();
    }

    const again = await chancery('log', 'import', file());
    expect(again.code).toBe(1);
    expect(again.output).toMatch(
      /the target event store is not empty \(its log ends at position \d+\): import into an empty store/,
    );

    // And back: exported from KurrentDB, imported into an empty embedded store.
    const back = join(scratch, 'from-kurrentdb.jsonl');
    expect((await chancery('log', 'export', back)).code).toBe(0);
    delete process.env.EVENTSTORE_URL;
    process.env.DATA_DIR = mkdtempSync(join(scratch, 'back-'));
    expect((await chancery('log', 'import', back)).code).toBe(0);
    const returned = createEventStore({ dataDir: process.env.DATA_DIR });
    expect(withoutPositions(await readLog(returned).finally(() => returned.close()))).toEqual(
      withoutPositions(original),
    );
  });

  it('imports into an empty embedded store as well, in the order of the log though its appends are pipelined', async () => {
    const target = mkdtempSync(join(scratch, 'embedded-'));
    process.env.DATA_DIR = target;
    expect((await chancery('log', 'import', file())).code).toBe(0);
    const original = await readLog(embedded.app.get<EventStore>(EVENT_STORE));
    const store = createEventStore({ dataDir: target });
    expect(withoutPositions(await readLog(store).finally(() => store.close()))).toEqual(
      withoutPositions(original),
    );
  });

  describe('refuses a file that does not verify, naming the line, and writes nothing', () => {
    let target: string;
    const importEdited = async (edit: (lines: string[]) => string[]) => {
      const edited = join(scratch, `edited-${Math.random()}.jsonl`);
      writeFileSync(
        edited,
        edit(readFileSync(file(), 'utf8').trimEnd().split('\n')).join('\n') + '\n',
      );
      process.env.DATA_DIR = target;
      const outcome = await chancery('log', 'import', edited);
      const store = createEventStore({ dataDir: target });
      expect(await store.headPosition().finally(() => store.close())).toBeNull();
      expect(outcome.code).toBe(1);
      return outcome.output;
    };
    beforeEach(() => (target = mkdtempSync(join(scratch, 'target-'))));

    it('an event whose content no longer matches its hash', async () => {
      const output = await importEdited((lines) => {
        const event = JSON.parse(lines[5]);
        event.data = { ...event.data, tampered: true };
        return [...lines.slice(0, 5), JSON.stringify(event), ...lines.slice(6)];
      });
      const event = JSON.parse(readFileSync(file(), 'utf8').split('\n')[5]);
      expect(output).toContain(
        `line 6: broken chain in stream ${event.streamId} at revision ${event.revision} (event ${event.id}): hash-mismatch`,
      );
    });

    it('an event left out, a line that is not JSON, a field out of shape, or a file cut short', async () => {
      const dropped = await importEdited((lines) => {
        const streams = lines.slice(1, -1).map((line) => JSON.parse(line).streamId as string);
        const withSequel =
          1 + streams.findIndex((stream, at) => streams.indexOf(stream, at + 1) > 0);
        return lines.filter((_, at) => at !== withSequel);
      });
      expect(dropped).toMatch(
        /line \d+: broken chain in stream \S+ at revision 1 \(event \S+\): revision-gap/,
      );
      expect(
        await importEdited((lines) => [...lines.slice(0, 3), '{"streamId": ', ...lines.slice(3)]),
      ).toContain('line 4: not JSON');
      const badRevision = await importEdited((lines) => {
        const event = JSON.parse(lines[2]);
        return [
          ...lines.slice(0, 2),
          JSON.stringify({ ...event, revision: -1, data: [] }),
          ...lines.slice(3),
        ];
      });
      expect(badRevision).toContain(
        'line 3: revision must be a whole number from 0, data must be an object',
      );
      expect(await importEdited((lines) => lines.slice(0, -1))).toContain(
        'the file ends without its closing line: it was cut short',
      );
    });
  });
});
