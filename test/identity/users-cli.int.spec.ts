import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { ChainChecker, GENESIS_HASH } from '@chancery/common';
import { createEventStore, EventStore, RecordedEvent } from '@chancery/event-store';
import { hashToken, isWellFormedToken } from '@chancery/identity';
import { registerUsersCommands } from '../../apps/cli/src/users/users.command';

describe('chancery users (CLI on the embedded store)', () => {
  let dataDir: string;
  let printed: string[];

  async function chancery(...args: string[]): Promise<string[]> {
    printed = [];
    const program = new Command('chancery').exitOverride();
    registerUsersCommands(program, {
      print: (line) => printed.push(line),
      operator: () => 'cli:registrar',
    });
    await program.parseAsync(['node', 'chancery', ...args]);
    return printed;
  }

  async function userEvents(name: string): Promise<RecordedEvent[]> {
    const store: EventStore = createEventStore({ dataDir });
    try {
      const events: RecordedEvent[] = [];
      for await (const event of store.readStream(`user-${name}`)) events.push(event);
      return events;
    } finally {
      await store.close();
    }
  }

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'chancery-users-'));
    process.env.DATA_DIR = dataDir;
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('adds a user, prints the token once, and stores only its hash, each change audited with the operator', async () => {
    const out = await chancery(
      'users',
      'add',
      'h.bettel',
      '--role',
      'recorder',
      '--role',
      'analyst',
      '--clearance',
      'confidential',
      '--ttl',
      '30d',
    );
    const token = out[out.length - 1];
    expect(isWellFormedToken(token)).toBe(true);
    expect(out[0]).toContain('recorder, analyst');

    const events = await userEvents('h.bettel');
    expect(events.map((e) => e.type)).toEqual(['UserRegistered', 'ApiTokenIssued']);
    expect(events[0].data).toEqual({
      userId: 'h.bettel',
      roles: ['recorder', 'analyst'],
      clearance: 'confidential',
    });
    expect(events[1].data.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(events)).not.toContain(token);
    for (const event of events)
      expect(event.metadata).toMatchObject({ actor: 'cli:registrar', causationId: null });
    expect(events[0].metadata.correlationId).toBe(events[1].metadata.correlationId);
  });

  it('hash-chains the user stream like every other stream, across separate commands', async () => {
    await chancery('users', 'add', 'auditor1', '--role', 'auditor', '--clearance', 'internal');
    await chancery('users', 'token', 'auditor1');
    const checker = new ChainChecker();
    const events = await userEvents('auditor1');
    expect(events).toHaveLength(3);
    expect(events.map((event) => checker.check(event))).toEqual([null, null, null]);
    expect(events[0].metadata.prevHash).toBe(GENESIS_HASH);
  });

  it('lists users, issues further tokens and revokes', async () => {
    await chancery('users', 'add', 'analyst1', '--role', 'analyst', '--clearance', 'public');
    const second = (await chancery('users', 'token', 'analyst1', '--ttl', '12h')).pop()!;
    expect(isWellFormedToken(second)).toBe(true);
    let listing = (await chancery('users', 'list')).join('\n');
    expect(listing).toMatch(/^analyst1\tactive\tanalyst\tpublic\t-\t\S+ \S+$/m);

    await chancery('users', 'revoke', 'analyst1');
    listing = (await chancery('users', 'list')).join('\n');
    expect(listing).toMatch(/^analyst1\trevoked\tanalyst\tpublic\t-\t-$/m);
    expect((await userEvents('analyst1')).map((e) => e.type)).toEqual([
      'UserRegistered',
      'ApiTokenIssued',
      'ApiTokenIssued',
      'UserRevoked',
    ]);
  });

  it('puts a member of staff on desks and takes them off, each change an event in their stream', async () => {
    await chancery('users', 'add', 'a.muller', '--role', 'recorder');
    expect(await chancery('users', 'desk', 'a.muller', 'Benelux')).toEqual([
      'a.muller is now on the Benelux desk.',
    ]);
    await chancery('users', 'desk', 'a.muller', 'Central Asia');
    let listing = (await chancery('users', 'list')).join('\n');
    expect(listing).toMatch(/^a\.muller\tactive\trecorder\tinternal\tBenelux,Central Asia\t\S+/m);

    await chancery('users', 'undesk', 'a.muller', 'Benelux');
    listing = (await chancery('users', 'list')).join('\n');
    expect(listing).toMatch(/^a\.muller\tactive\trecorder\tinternal\tCentral Asia\t/m);
    const events = await userEvents('a.muller');
    expect(events.slice(2).map((e) => [e.type, e.data])).toEqual([
      ['UserJoinedDesk', { userId: 'a.muller', desk: 'Benelux' }],
      ['UserJoinedDesk', { userId: 'a.muller', desk: 'Central Asia' }],
      ['UserLeftDesk', { userId: 'a.muller', desk: 'Benelux' }],
    ]);
    await expect(chancery('users', 'desk', 'a.muller', 'Central Asia')).rejects.toThrow(
      'already on the Central Asia desk',
    );
    await expect(chancery('users', 'undesk', 'a.muller', 'Benelux')).rejects.toThrow(
      'not on the Benelux desk',
    );
    await expect(chancery('users', 'desk', 'a.muller', '<script>')).rejects.toThrow(
      'not a desk name',
    );
  });

  it('refuses what the domain refuses, with its reason', async () => {
    await chancery('users', 'add', 'alice', '--role', 'recorder');
    await expect(chancery('users', 'add', 'alice', '--role', 'analyst')).rejects.toThrow(
      'already exists',
    );
    await expect(chancery('users', 'token', 'nobody')).rejects.toThrow('no such user');
    await expect(chancery('users', 'token', 'alice', '--ttl', 'forever')).rejects.toThrow(
      'not a duration',
    );
    await expect(chancery('users', 'add', 'bob', '--role', 'superuser')).rejects.toThrow();
  });
});
