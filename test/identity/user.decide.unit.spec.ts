import {
  changeClearance,
  foldUser,
  grantRole,
  IdentityError,
  issueToken,
  registerUser,
  revokeRole,
  revokeToken,
  revokeUser,
  UserEvent,
} from '@chancery/identity';

const now = new Date('2026-03-01T09:00:00Z');
const registered: UserEvent = {
  type: 'UserRegistered',
  data: { userId: 'alice', roles: ['recorder'], clearance: 'internal' },
};
const tokenIssued: UserEvent = {
  type: 'ApiTokenIssued',
  data: { userId: 'alice', tokenId: 't1', tokenHash: 'h1', expiresAt: '2026-06-01T00:00:00.000Z' },
};
const revoked: UserEvent = { type: 'UserRevoked', data: { userId: 'alice' } };

function refused(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof IdentityError) return error.code;
    throw error;
  }
  throw new Error('expected the command to be refused');
}

describe('a member of staff', () => {
  describe('registering', () => {
    it('given no user, registers them with distinct roles and a clearance', () => {
      const events = registerUser(foldUser([]), {
        userId: 'alice',
        roles: ['recorder', 'analyst', 'recorder'],
        clearance: 'internal',
      });
      expect(events).toEqual([
        {
          type: 'UserRegistered',
          data: { userId: 'alice', roles: ['recorder', 'analyst'], clearance: 'internal' },
        },
      ]);
    });

    it('refuses a name already taken, even by a revoked user', () => {
      expect(
        refused(() =>
          registerUser(foldUser([registered]), {
            userId: 'alice',
            roles: ['analyst'],
            clearance: 'public',
          }),
        ),
      ).toBe('USER.ALREADY_EXISTS');
      expect(
        refused(() =>
          registerUser(foldUser([registered, revoked]), {
            userId: 'alice',
            roles: ['analyst'],
            clearance: 'public',
          }),
        ),
      ).toBe('USER.ALREADY_EXISTS');
    });

    it.each([
      [{ userId: 'Alice', roles: ['recorder'], clearance: 'public' }, 'USER.INVALID_NAME'],
      [{ userId: 'a', roles: ['recorder'], clearance: 'public' }, 'USER.INVALID_NAME'],
      [{ userId: 'bob smith', roles: ['recorder'], clearance: 'public' }, 'USER.INVALID_NAME'],
      [{ userId: 'bob', roles: [], clearance: 'public' }, 'USER.NO_ROLE'],
      [{ userId: 'bob', roles: ['superuser'], clearance: 'public' }, 'USER.UNKNOWN_ROLE'],
      [{ userId: 'bob', roles: ['analyst'], clearance: 'secret' }, 'USER.UNKNOWN_CLEARANCE'],
    ])('refuses %p with %s', (command, code) => {
      expect(refused(() => registerUser(foldUser([]), command))).toBe(code);
    });
  });

  describe('roles and clearance', () => {
    it('grants a role not yet held, and refuses one already held', () => {
      expect(grantRole(foldUser([registered]), { role: 'analyst' })).toEqual([
        { type: 'UserRoleGranted', data: { userId: 'alice', role: 'analyst' } },
      ]);
      expect(refused(() => grantRole(foldUser([registered]), { role: 'recorder' }))).toBe(
        'USER.ROLE_ALREADY_GRANTED',
      );
    });

    it('takes a role away but never the last one', () => {
      const twoRoles = foldUser([
        registered,
        { type: 'UserRoleGranted', data: { userId: 'alice', role: 'auditor' } },
      ]);
      expect(revokeRole(twoRoles, { role: 'recorder' })).toEqual([
        { type: 'UserRoleRevoked', data: { userId: 'alice', role: 'recorder' } },
      ]);
      expect(refused(() => revokeRole(foldUser([registered]), { role: 'recorder' }))).toBe(
        'USER.LAST_ROLE',
      );
      expect(refused(() => revokeRole(twoRoles, { role: 'admin' }))).toBe('USER.ROLE_NOT_GRANTED');
    });

    it('records the clearance it changes from and to', () => {
      expect(changeClearance(foldUser([registered]), { clearance: 'confidential' })).toEqual([
        {
          type: 'UserClearanceChanged',
          data: { userId: 'alice', from: 'internal', to: 'confidential' },
        },
      ]);
      expect(
        refused(() => changeClearance(foldUser([registered]), { clearance: 'internal' })),
      ).toBe('USER.CLEARANCE_UNCHANGED');
    });
  });

  describe('tokens', () => {
    it('issues a token that expires in the future, recording only its hash', () => {
      const expiresAt = new Date('2026-04-01T00:00:00Z');
      expect(
        issueToken(foldUser([registered]), { tokenId: 't2', tokenHash: 'h2', expiresAt }, now),
      ).toEqual([
        {
          type: 'ApiTokenIssued',
          data: {
            userId: 'alice',
            tokenId: 't2',
            tokenHash: 'h2',
            expiresAt: '2026-04-01T00:00:00.000Z',
          },
        },
      ]);
      expect(
        refused(() =>
          issueToken(
            foldUser([registered]),
            { tokenId: 't2', tokenHash: 'h2', expiresAt: now },
            now,
          ),
        ),
      ).toBe('TOKEN.INVALID_TTL');
    });

    it('revokes a live token once', () => {
      const withToken = foldUser([registered, tokenIssued]);
      expect(revokeToken(withToken, { tokenId: 't1' })).toEqual([
        { type: 'ApiTokenRevoked', data: { userId: 'alice', tokenId: 't1' } },
      ]);
      const afterRevocation = foldUser([
        registered,
        tokenIssued,
        { type: 'ApiTokenRevoked', data: { userId: 'alice', tokenId: 't1' } },
      ]);
      expect(refused(() => revokeToken(afterRevocation, { tokenId: 't1' }))).toBe(
        'TOKEN.NOT_FOUND',
      );
    });
  });

  describe('revocation', () => {
    it('revokes an active user and drops every token they held', () => {
      expect(revokeUser(foldUser([registered, tokenIssued]))).toEqual([revoked]);
      const state = foldUser([registered, tokenIssued, revoked]);
      expect(state).toMatchObject({ status: 'revoked', tokens: [] });
    });

    it('refuses every further change to a revoked user', () => {
      const state = foldUser([registered, revoked]);
      expect(refused(() => revokeUser(state))).toBe('USER.REVOKED');
      expect(refused(() => grantRole(state, { role: 'analyst' }))).toBe('USER.REVOKED');
      expect(
        refused(() =>
          issueToken(
            state,
            { tokenId: 't', tokenHash: 'h', expiresAt: new Date('2027-01-01') },
            now,
          ),
        ),
      ).toBe('USER.REVOKED');
    });

    it('refuses changes to someone never registered', () => {
      expect(refused(() => revokeUser(foldUser([])))).toBe('USER.NOT_FOUND');
    });
  });
});
