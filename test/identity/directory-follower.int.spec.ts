import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FixedClock } from '@chancery/common';
import { SqliteEventStore } from '../../libs/event-store/src/sqlite/sqlite-event-store';
import {
  Authenticator,
  cryptoEntropy,
  DirectoryFollower,
  UserAdministration,
  UserDirectory,
} from '@chancery/identity';

/** The API's view of users against changes another process (the CLI) commits to the same file. */
describe('DirectoryFollower.upToDate', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chancery-follower-'));
  const clock = new FixedClock(new Date('2026-12-02T01:00:00Z'));
  // The subscription's poll for other processes' writes is pushed out of the way: only upToDate reads.
  const apiStore = SqliteEventStore.open(join(dir, 'events.db'), { pollIntervalMs: 3_600_000 });
  const cliStore = SqliteEventStore.open(join(dir, 'events.db'));
  const cli = new UserAdministration(cliStore, clock, cryptoEntropy, new UserDirectory());
  const followers: DirectoryFollower[] = [];

  async function api(stalenessMs: number) {
    const directory = new UserDirectory();
    const follower = new DirectoryFollower(apiStore, directory, stalenessMs, clock);
    await follower.onModuleInit();
    followers.push(follower);
    return { follower, authenticator: new Authenticator(directory, clock) };
  }

  afterAll(async () => {
    for (const follower of followers) await follower.onModuleDestroy();
    await apiStore.close();
    await cliStore.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('with no staleness allowed, sees a change committed just before the call', async () => {
    const { follower, authenticator } = await api(0);
    const { token } = await cli.register(
      { name: 'consul', roles: ['analyst'], clearance: 'internal' },
      'cli:t',
    );
    await follower.upToDate();
    expect(authenticator.authenticate(token).ok).toBe(true);
    await cli.revoke('consul', 'cli:t');
    await follower.upToDate();
    expect(authenticator.authenticate(token)).toEqual({ ok: false, reason: 'unknown' });
  });

  it('with a staleness bound, may judge on a view that old, and never older', async () => {
    const { follower, authenticator } = await api(250);
    const { token } = await cli.register(
      { name: 'envoy', roles: ['analyst'], clearance: 'internal' },
      'cli:t',
    );
    clock.advance(251);
    await follower.upToDate();
    await cli.changeClearance('envoy', 'public', 'cli:t');
    clock.advance(250);
    await follower.upToDate();
    expect(authenticator.authenticate(token)).toMatchObject({ user: { clearance: 'internal' } });
    clock.advance(1);
    await follower.upToDate();
    expect(authenticator.authenticate(token)).toMatchObject({ user: { clearance: 'public' } });
  });

  it('shares one read among the callers that arrive before it starts', async () => {
    const { follower } = await api(0);
    const heads = jest.spyOn(apiStore, 'headPosition');
    await Promise.all(Array.from({ length: 10 }, () => follower.upToDate()));
    expect(heads).toHaveBeenCalledTimes(1);
    heads.mockRestore();
  });

  it('makes a caller arriving once a read has started wait for the next read', async () => {
    const { follower } = await api(0);
    const head = apiStore.headPosition.bind(apiStore);
    let late: Promise<void> | undefined;
    const heads = jest.spyOn(apiStore, 'headPosition').mockImplementation(() => {
      late ??= follower.upToDate();
      return head();
    });
    await follower.upToDate();
    await late;
    expect(heads).toHaveBeenCalledTimes(2);
    heads.mockRestore();
  });
});
