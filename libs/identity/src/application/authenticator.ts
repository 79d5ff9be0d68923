import { Inject, Injectable } from '@nestjs/common';
import { Clock, CLOCK } from '@chancery/common';
import { hashToken, isWellFormedToken } from '../domain/api-token';
import type { AuthenticatedUser } from './authenticated-user';
import { UserDirectory } from './user-directory';

export type AuthenticationFailure = 'missing' | 'malformed' | 'unknown' | 'expired';
export type AuthenticationResult =
  { ok: true; user: AuthenticatedUser } | { ok: false; reason: AuthenticationFailure };

/** Turns a presented bearer token into a user, from memory: one SHA-256 and one map lookup. */
@Injectable()
export class Authenticator {
  constructor(
    private readonly directory: UserDirectory,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  authenticate(token: string | undefined): AuthenticationResult {
    if (!token) return { ok: false, reason: 'missing' };
    if (!isWellFormedToken(token)) return { ok: false, reason: 'malformed' };
    // Revoked tokens and revoked users' tokens are dropped from the index, so they read as unknown.
    const entry = this.directory.findToken(hashToken(token));
    const known = entry && this.directory.userAt(entry.userId);
    const user = known?.user;
    if (!entry || !known || user?.status !== 'active') return { ok: false, reason: 'unknown' };
    if (entry.expiresAt <= this.clock.now().getTime()) return { ok: false, reason: 'expired' };
    return {
      ok: true,
      user: {
        id: user.id,
        roles: [...user.roles],
        clearance: user.clearance,
        desks: [...user.desks],
        tokenId: entry.tokenId,
        revision: known.revision,
      },
    };
  }
}
