import { Command } from 'commander';
import { AUTH_FAILURE_POLICY } from '../../../apps/api/src/auth/auth-failure-limiter';
import { registerUsersCommands } from '../../../apps/cli/src/users/users.command';
import { createTestApp, TestApp } from '../../support/test-app';

/** The CLI writes through its own store connection, as a separate process would; the API follows the log. */
describe('users changed from the CLI while the API runs', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    // Polling until the change arrives fails authentication many times on purpose.
    testApp = await createTestApp((builder) =>
      builder
        .overrideProvider(AUTH_FAILURE_POLICY)
        .useValue({ limit: 1_000_000, windowMs: 60_000, blockMs: 60_000 }),
    );
  });
  afterAll(() => testApp?.close());

  async function chancery(...args: string[]): Promise<string[]> {
    const printed: string[] = [];
    const program = new Command('chancery').exitOverride();
    registerUsersCommands(program, {
      print: (line) => printed.push(line),
      operator: () => 'cli:duty-officer',
    });
    await program.parseAsync(['node', 'chancery', ...args]);
    return printed;
  }

  async function statusWith(token: string): Promise<number> {
    const response = await testApp.app.inject({
      method: 'GET',
      url: '/auth/me',
      headers: { authorization: `Bearer ${token}` },
    });
    return response.statusCode;
  }

  async function eventually(token: string, status: number): Promise<void> {
    // Generous: the API polls for other processes' writes every 500 ms, and CI runs suites in parallel.
    const deadline = Date.now() + 15_000;
    while ((await statusWith(token)) !== status) {
      if (Date.now() > deadline) throw new Error(`still not ${status} after 15 s`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  it('accepts a token issued from the CLI, then refuses it once the user is revoked', async () => {
    const token = (
      await chancery('users', 'add', 'consul', '--role', 'recorder', '--clearance', 'internal')
    ).pop()!;
    await eventually(token, 200);
    await chancery('users', 'revoke', 'consul');
    await eventually(token, 401);
  });
});
