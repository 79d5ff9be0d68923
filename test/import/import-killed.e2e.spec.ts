import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { EVENT_STORE, type EventStore } from '@chancery/event-store';
import { runImport } from '../../apps/cli/src/import/run-import';
import { injectClient } from '../e2e/record/inject-client';
import { eventually } from '../support/eventually';
import { createTestApp, type TestApp } from '../support/test-app';

const ROOT = resolve(__dirname, '../..');
const DIR = join(ROOT, '../shared/press-releases');
const FILES = [
  '06-sg-lk-wickremesinghe-official-visit-mous.expected.json',
  '08-cn-us-wang-yi-blinken-call.expected.json',
].map((name) => join(DIR, name));

/**
 * `npm run chancery -- import` as a process, killed (SIGKILL) once it has written part of the
 * files, then run again: the second run completes the record with nothing written twice.
 */
describe('chancery import, killed half-way and run again', () => {
  let t: TestApp;
  let url: string;
  let token: string;
  const store = () => t.app.get<EventStore>(EVENT_STORE);

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    token = await t.tokenFor('recorder');
  });
  afterAll(() => t?.close());

  async function countEvents(): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for await (const event of store().readAll()) counts[event.type] = (counts[event.type] ?? 0) + 1;
    return counts;
  }

  it('completes on the next run with no duplicates', async () => {
    const start = (await store().headPosition()) ?? 0;
    const child = spawn(
      process.execPath,
      ['-r', '@swc-node/register', join(ROOT, 'apps/cli/src/main.ts'), 'import', ...FILES],
      {
        cwd: ROOT,
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          CHANCERY_URL: url,
          CHANCERY_TOKEN: token,
        },
        stdio: 'ignore',
      },
    );
    const exited = new Promise<NodeJS.Signals | null>((done) =>
      child.once('exit', (_code, signal) => done(signal)),
    );
    // Killed once it has recorded a dozen events: the source, people, some of the facts.
    await eventually(async () => ((await store().headPosition()) ?? 0) >= start + 12, 110_000);
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    const partial = await countEvents();
    expect(partial.CooperationPledged ?? 0).toBeLessThan(6);

    const send = injectClient(t.app, token);
    const files = FILES.map((path) => ({ name: path, text: readFileSync(path, 'utf8') }));
    const quiet = () => undefined;
    expect(await runImport(send, files, { check: false }, quiet)).toBe(0);
    const complete = await countEvents();
    expect(complete).toMatchObject({
      SourceRegistered: 2,
      PersonRegistered: 5,
      PersonAppointed: 5,
      VisitRecorded: 1,
      MeetingRecorded: 3,
      CooperationPledged: 6,
      PledgeProgressReported: 6,
    });
    const lines: string[] = [];
    expect(await runImport(send, files, { check: true }, (l) => lines.push(l))).toBe(0);
    expect(lines.at(-1)).toBe('total: facts faithful 12/12');
    expect(await countEvents()).toEqual(complete);
  });
});
