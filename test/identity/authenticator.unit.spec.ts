import { FixedClock } from '@chancery/common';
import type { RecordedEvent } from '@chancery/event-store';
import {
  Authenticator,
  formatToken,
  hashToken,
  UserDirectory,
  UserEvent,
  userStream,
} from '@chancery/identity';

const token = formatToken(Buffer.alloc(32, 7));
const otherToken = formatToken(Buffer.alloc(32, 8));

describe('Authenticator', () => {
  let clock: FixedClock;
  let directory: UserDirectory;
  let authenticator: Authenticator;
  const revisions = new Map<string, number>();
  let position = 0;

  function recorded(userId: string, ...events: UserEvent[]): void {
    for (const event of events) {
      const revision = (revisions.get(userId) ?? -1) + 1;
      revisions.set(userId, revision);
      const envelope = {
        ...event,
        id: `e${position}`,
        schemaVersion: 1,
        streamId: userStream(userId),
        revision,
        position: position++,
        metadata: {
          correlationId: 'c',
          causationId: null,
          actor: 'test',
          recordedAt: '2026-01-01T00:00:00Z',
        },
      } as RecordedEvent;
      directory.apply(envelope);
    }
  }

  beforeEach(() => {
    revisions.clear();
    clock = new FixedClock(new Date('2026-03-01T09:00:00Z'));
    directory = new UserDirectory();
    authenticator = new Authenticator(directory, clock);
    recorded(
      'alice',
      {
        type: 'UserRegistered',
        data: { userId: 'alice', roles: ['recorder', 'analyst'], clearance: 'internal' },
      },
      {
        type: 'ApiTokenIssued',
        data: {
          userId: 'alice',
          tokenId: 't1',
          tokenHash: hashToken(token),
          expiresAt: '2026-03-02T09:00:00.000Z',
        },
      },
    );
  });

  it('knows the holder of a live token: id, roles, clearance, desks, which token, and as of which revision', () => {
    expect(authenticator.authenticate(token)).toEqual({
      ok: true,
      user: {
        id: 'alice',
        roles: ['recorder', 'analyst'],
        clearance: 'internal',
        desks: [],
        tokenId: 't1',
        revision: 1,
      },
    });
  });

  it('refuses nothing, a malformed token and a token it never issued', () => {
    expect(authenticator.authenticate(undefined)).toEqual({ ok: false, reason: 'missing' });
    expect(authenticator.authenticate('not-a-token')).toEqual({ ok: false, reason: 'malformed' });
    expect(authenticator.authenticate(otherToken)).toEqual({ ok: false, reason: 'unknown' });
  });

  it('refuses a token from the instant it expires', () => {
    clock.set('2026-03-02T08:59:59.999Z');
    expect(authenticator.authenticate(token).ok).toBe(true);
    clock.set('2026-03-02T09:00:00.000Z');
    expect(authenticator.authenticate(token)).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuses a revoked token at once, while the holder’s other tokens still work', () => {
    recorded('alice', {
      type: 'ApiTokenIssued',
      data: {
        userId: 'alice',
        tokenId: 't2',
        tokenHash: hashToken(otherToken),
        expiresAt: '2026-04-01T00:00:00.000Z',
      },
    });
    recorded('alice', { type: 'ApiTokenRevoked', data: { userId: 'alice', tokenId: 't1' } });
    expect(authenticator.authenticate(token)).toEqual({ ok: false, reason: 'unknown' });
    expect(authenticator.authenticate(otherToken)).toMatchObject({
      ok: true,
      user: { tokenId: 't2' },
    });
  });

  it('refuses every token of a revoked user', () => {
    recorded('alice', { type: 'UserRevoked', data: { userId: 'alice' } });
    expect(authenticator.authenticate(token)).toEqual({ ok: false, reason: 'unknown' });
    expect(directory.user('alice')).toMatchObject({ status: 'revoked' });
  });

  it('sees role and clearance changes on the next request', () => {
    recorded(
      'alice',
      { type: 'UserRoleRevoked', data: { userId: 'alice', role: 'recorder' } },
      {
        type: 'UserClearanceChanged',
        data: { userId: 'alice', from: 'internal', to: 'confidential' },
      },
    );
    expect(authenticator.authenticate(token)).toMatchObject({
      ok: true,
      user: { roles: ['analyst'], clearance: 'confidential' },
    });
  });

  it('applies each event once, however often it is delivered', () => {
    const again = {
      type: 'UserRoleGranted',
      data: { userId: 'alice', role: 'auditor' },
      id: 'dup',
      schemaVersion: 1,
      streamId: userStream('alice'),
      revision: 1, // already applied (the token issue)
      position: 99,
      metadata: {
        correlationId: 'c',
        causationId: null,
        actor: 'test',
        recordedAt: '2026-01-01T00:00:00Z',
      },
    } as RecordedEvent;
    directory.apply(again);
    expect(directory.user('alice')?.roles).toEqual(['recorder', 'analyst']);
  });
});
