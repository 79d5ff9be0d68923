import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EVENT_STORE, EventStore, RecordedEvent } from '@chancery/event-store';
import { announceFirstAdmin } from '../../../apps/api/src/auth/first-run';
import { createTestApp, TestApp } from '../../support/test-app';

describe('first run', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'chancery-first-'));
  const running: TestApp[] = [];
  const start = async () => {
    const testApp = await createTestApp(undefined, { dataDir });
    running.push(testApp);
    return testApp;
  };
  afterAll(async () => {
    for (const testApp of running) await testApp.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('creates an admin once, prints its token once, and the token survives a restart', async () => {
    const first = await start();
    const printed: string[] = [];
    await announceFirstAdmin(first.app, (text) => printed.push(text));
    const token = /chy_[A-Za-z0-9_-]{43}/.exec(printed.join(''))?.[0];
    expect(token).toBeDefined();
    expect(printed.join('')).toContain('NEVER again');

    const me = await first.app.inject({
      method: 'GET',
      url: '/auth/me',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(me.json()).toEqual({
      id: 'admin',
      roles: ['admin'],
      clearance: 'confidential',
      desks: [],
    });

    const events: RecordedEvent[] = [];
    for await (const event of first.app.get<EventStore>(EVENT_STORE).readStream('user-admin'))
      events.push(event);
    expect(events.map((e) => [e.type, e.metadata.actor])).toEqual([
      ['UserRegistered', 'system:first-run'],
      ['ApiTokenIssued', 'system:first-run'],
    ]);

    const again: string[] = [];
    await announceFirstAdmin(first.app, (text) => again.push(text));
    expect(again).toEqual([]);

    await running.pop()!.close();
    const restarted = await start();
    await announceFirstAdmin(restarted.app, (text) => again.push(text));
    expect(again).toEqual([]);
    const users = await restarted.app.inject({
      method: 'GET',
      url: '/users',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(users.statusCode).toBe(200);
    expect(users.json().items).toEqual([
      expect.objectContaining({
        id: 'admin',
        status: 'active',
        roles: ['admin'],
        tokens: [expect.objectContaining({ tokenId: expect.any(String) })],
      }),
    ]);
    expect(users.body).not.toContain(token);
  });
});
