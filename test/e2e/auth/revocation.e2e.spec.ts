import { Command } from 'commander';
import { EVENT_STORE, type EventStore } from '@chancery/event-store';
import { UserAdministration } from '@chancery/identity';
import { registerUsersCommands } from '../../../apps/cli/src/users/users.command';
import { RecordModule } from '../../../apps/api/src/record/record.module';
import { createTestApp, TestApp } from '../../support/test-app';

/**
 * The CLI changes users through its own store connection, as the separate process it is; the API
 * must judge every request arriving after the command returned on the changed rights, at once.
 */
describe('user changes from the CLI take effect on the running API at once', () => {
  let testApp: TestApp;
  const staleness = process.env.AUTH_STALENESS_MS;
  beforeAll(async () => {
    // KurrentDB's default allows 250 ms (the follower spec proves that bound); here: none, on both stores.
    process.env.AUTH_STALENESS_MS = '0';
    testApp = await createTestApp(undefined, { imports: [RecordModule] });
  });
  afterAll(async () => {
    process.env.AUTH_STALENESS_MS = staleness;
    if (staleness === undefined) delete process.env.AUTH_STALENESS_MS;
    await testApp?.close();
  });

  async function chancery(...args: string[]): Promise<void> {
    const program = new Command('chancery').exitOverride();
    registerUsersCommands(program, { print: () => undefined, operator: () => 'cli:duty-officer' });
    await program.parseAsync(['node', 'chancery', ...args]);
  }

  const me = (token: string) =>
    testApp.app.inject({
      method: 'GET',
      url: '/auth/me',
      headers: { authorization: `Bearer ${token}` },
    });

  it('refuses a revoked user on the first request after the command returned', async () => {
    const token = await testApp.tokenFor(['recorder', 'analyst'], { name: 'envoy' });
    expect((await me(token)).statusCode).toBe(200);
    await chancery('users', 'revoke', 'envoy');
    const after = await me(token);
    expect(after.statusCode).toBe(401);
    expect(after.json()).toMatchObject({ code: 'AUTH.TOKEN_UNKNOWN' });
  });

  it('judges the first request after a clearance change on the new clearance', async () => {
    const token = await testApp.tokenFor('analyst', { name: 'attache', clearance: 'confidential' });
    expect((await me(token)).json()).toMatchObject({ clearance: 'confidential' });
    await chancery('users', 'clearance', 'attache', 'public');
    expect((await me(token)).json()).toMatchObject({ clearance: 'public' });
  });

  /** Runs `meanwhile` just before the next append to a stream that `when` accepts. */
  function beforeNextAppend(when: (streamId: string) => boolean, meanwhile: () => Promise<void>) {
    const store = testApp.app.get<EventStore>(EVENT_STORE);
    const append = store.append.bind(store);
    const spy = jest.spyOn(store, 'append').mockImplementation(async (streamId, ...rest) => {
      if (when(streamId)) {
        spy.mockRestore();
        await meanwhile();
      }
      return append(streamId, ...rest);
    });
    return spy;
  }

  it('refuses an administrator’s change already past authentication once they are revoked', async () => {
    const admin = await testApp.tokenFor('admin', { name: 'head-of-chancery' });
    await testApp.tokenFor('analyst', { name: 'clerk' });
    const spy = beforeNextAppend(
      (streamId) => streamId === 'user-clerk',
      () => chancery('users', 'revoke', 'head-of-chancery'),
    );
    try {
      const revoke = await testApp.app.inject({
        method: 'POST',
        url: '/users/clerk/revoke',
        headers: { authorization: `Bearer ${admin}` },
      });
      expect(revoke.statusCode).toBe(401);
      expect(revoke.json()).toMatchObject({ code: 'AUTH.RIGHTS_CHANGED' });
    } finally {
      spy.mockRestore();
    }
    const clerk = testApp.app
      .get(UserAdministration)
      .list()
      .find((u) => u.id === 'clerk');
    expect(clerk?.status).toBe('active');
  });

  it('refuses a write already past authentication when the revocation commits first', async () => {
    const token = await testApp.tokenFor('recorder', { name: 'courier' });
    const store = testApp.app.get<EventStore>(EVENT_STORE);
    const append = store.append.bind(store);
    // The CLI commits its revocation between the request's authentication and its append.
    const spy = jest.spyOn(store, 'append').mockImplementation(async (streamId, ...rest) => {
      if (!streamId.startsWith('user-')) {
        spy.mockRestore();
        await chancery('users', 'revoke', 'courier');
      }
      return append(streamId, ...rest);
    });
    try {
      const write = await testApp.app.inject({
        method: 'PUT',
        url: '/countries/MLT',
        headers: { authorization: `Bearer ${token}` },
        payload: {},
      });
      expect(write.statusCode).toBe(401);
      expect(write.json()).toMatchObject({ code: 'AUTH.RIGHTS_CHANGED' });
    } finally {
      spy.mockRestore();
    }
    const recorder = await testApp.tokenFor('recorder');
    const read = await testApp.app.inject({
      method: 'GET',
      url: '/countries/MLT',
      headers: { authorization: `Bearer ${recorder}` },
    });
    expect(read.statusCode).toBe(404);
  });
});
