import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildProgram } from '../../apps/cli/src/main';
import { createTestApp, type TestApp } from '../support/test-app';

const DIR = join(__dirname, '../../../shared/press-releases');
const CALL = join(DIR, '08-cn-us-wang-yi-blinken-call.expected.json');
const UNNAMED = join(DIR, '09-gb-us-pm-biden-call.expected.json');

/** The command as an operator runs it: over HTTP to a listening API, token from the environment. */
describe('npm run chancery -- import', () => {
  let t: TestApp;
  let url: string;

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.listen(0, '127.0.0.1');
    const { port } = t.app.getHttpServer().address() as AddressInfo;
    url = `http://127.0.0.1:${port}`;
    process.env.CHANCERY_TOKEN = await t.tokenFor('recorder');
  });
  afterAll(async () => {
    delete process.env.CHANCERY_TOKEN;
    process.exitCode = undefined;
    await t.close();
  });

  async function chancery(...args: string[]): Promise<{ lines: string[]; exitCode: unknown }> {
    const lines: string[] = [];
    const log = jest.spyOn(console, 'log').mockImplementation((line: string) => lines.push(line));
    process.exitCode = undefined;
    try {
      await buildProgram().parseAsync(['node', 'chancery', ...args, '--url', url]);
      return { lines, exitCode: process.exitCode };
    } finally {
      log.mockRestore();
      process.exitCode = undefined;
    }
  }

  it('records the files, then --check prints the measurement and exits 1 on an unfaithful fact', async () => {
    expect(await chancery('import', CALL, UNNAMED)).toEqual({
      lines: [
        '08-cn-us-wang-yi-blinken-call.expected.json: 2 of 2 facts recorded, 0 left out',
        '09-gb-us-pm-biden-call.expected.json: 2 of 2 facts recorded, 0 left out',
      ],
      exitCode: 0,
    });
    expect(await chancery('import', '--check', CALL, UNNAMED)).toEqual({
      lines: [
        '08-cn-us-wang-yi-blinken-call.expected.json: facts faithful 2/2',
        '09-gb-us-pm-biden-call.expected.json: facts faithful 2/2',
        'total: facts faithful 4/4',
      ],
      exitCode: 0,
    });
    const lonely = JSON.parse(readFileSync(CALL, 'utf8'));
    lonely.source.url = 'https://example.test/lonely';
    lonely.meetings[0].participants.pop();
    const path = join(mkdtempSync(join(tmpdir(), 'chancery-import-')), 'lonely.json');
    writeFileSync(path, JSON.stringify(lonely));
    expect(await chancery('import', path)).toMatchObject({ exitCode: 0 });
    expect(await chancery('import', '--check', path)).toEqual({
      lines: [
        'lonely.json: facts faithful 1/2',
        '  $.meetings[0] (meetings): fewer than two participants are stated',
        'total: facts faithful 1/2',
      ],
      exitCode: 1,
    });
  });
});
