import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FixedClock } from '@chancery/common';
import { SqliteEventStore } from '../../libs/event-store/src/sqlite/sqlite-event-store';
import { cryptoEntropy, FirstAdmin, UserAdministration, UserDirectory } from '@chancery/identity';

/**
 * Two API nodes started together on one empty store: each directory is still empty when it asks,
 * so both try to create the first admin. One must win and the other start as if users existed.
 */
describe('FirstAdmin on nodes started together', () => {
  const dirs: string[] = [];
  const stores: SqliteEventStore[] = [];
  const clock = new FixedClock(new Date('2026-12-02T14:40:00Z'));

  function emptyStore() {
    const dir = mkdtempSync(join(tmpdir(), 'chancery-first-admin-'));
    dirs.push(dir);
    return join(dir, 'events.db');
  }

  /** A node: its own connection to the file and a directory that has seen no user yet. */
  function node(file: string) {
    const store = SqliteEventStore.open(file);
    stores.push(store);
    const directory = new UserDirectory();
    return new FirstAdmin(
      directory,
      new UserAdministration(store, clock, cryptoEntropy, directory),
    );
  }

  afterAll(async () => {
    for (const store of stores) await store.close();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('starts the node that comes second, after the first created the admin', async () => {
    const file = emptyStore();
    const [a, b] = [node(file), node(file)];
    expect(await a.ensure()).toEqual(expect.objectContaining({ token: expect.any(String) }));
    await expect(b.ensure()).resolves.toBeNull();
  });

  it('creates exactly one admin when both ask at once', async () => {
    const file = emptyStore();
    const tokens = await Promise.all([node(file).ensure(), node(file).ensure()]);
    expect(tokens.filter((t) => t !== null)).toHaveLength(1);
  });
});
