import { Command } from 'commander';
import { registerProjectionsCommands } from '../../apps/cli/src/projections/projections.command';
import { createTestApp, TestApp } from '../support/test-app';

describe('chancery projections (CLI against a running API)', () => {
  let testApp: TestApp;
  let url: string;
  let printed: string[];
  let exitCode: number;

  async function chancery(env: NodeJS.ProcessEnv, ...args: string[]): Promise<string[]> {
    printed = [];
    exitCode = 0;
    const program = new Command('chancery').exitOverride();
    registerProjectionsCommands(program, {
      print: (line) => printed.push(line),
      exit: (code) => (exitCode = code),
      env,
      fetch: (...a) => fetch(...a),
    });
    await program.parseAsync(['node', 'chancery', ...args]);
    return printed;
  }

  beforeAll(async () => {
    testApp = await createTestApp();
    await testApp.app.listen(0, '127.0.0.1');
    const address = testApp.app.getHttpServer().address() as { port: number };
    url = `http://127.0.0.1:${address.port}`;
  });
  afterAll(() => testApp.close());

  it('prints every projection with its lag, for an admin', async () => {
    const token = await testApp.tokenFor(['admin']);
    const lines = await chancery({ CHANCERY_URL: url, CHANCERY_TOKEN: token }, 'projections', 'status');
    expect(exitCode).toBe(0);
    expect(lines.map((line) => line.split('\t')[0])).toEqual(
      expect.arrayContaining(['partnerships', 'pledges', 'follow_ups', 'timeline', 'dossiers']),
    );
    expect(lines[0]).toMatch(/eventsBehind=\d+/);
    // The audit's party index too, as /health shows it.
    expect(lines.find((line) => line.startsWith('party_streams\t'))).toMatch(
      /\tstate=(live|catching-up)\t.*eventsBehind=\d+/,
    );
  });

  it('starts a rebuild beside the live generation', async () => {
    const token = await testApp.tokenFor(['admin']);
    const lines = await chancery({}, 'projections', '--url', url, '--token', token, 'rebuild', 'timeline');
    expect(exitCode).toBe(0);
    expect(lines).toEqual([expect.stringMatching(/^timeline: generation \d+ building/)]);
  });

  it('says why when the API refuses: an unknown projection, a token without the admin role', async () => {
    const admin = await testApp.tokenFor(['admin']);
    await chancery({ CHANCERY_URL: url, CHANCERY_TOKEN: admin }, 'projections', 'rebuild', 'nonsense');
    expect(exitCode).toBe(1);
    expect(printed[0]).toMatch(/^404: /);

    const analyst = await testApp.tokenFor(['analyst']);
    await chancery({ CHANCERY_URL: url, CHANCERY_TOKEN: analyst }, 'projections', 'status');
    expect(exitCode).toBe(1);
    expect(printed[0]).toMatch(/^403: /);
  });

  it('refuses to run without a token', async () => {
    await expect(chancery({ CHANCERY_URL: url }, 'projections', 'status')).rejects.toThrow(
      /admin token is needed/,
    );
  });
});
