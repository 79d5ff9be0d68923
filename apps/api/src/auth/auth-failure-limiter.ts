import { Inject, Injectable } from '@nestjs/common';
import { ThrottlerStorage } from '@nestjs/throttler';

export interface AuthFailurePolicy {
  /** Failed authentications allowed from one address within the window… */
  limit: number;
  windowMs: number;
  /** …after which that address gets 429 for this long. */
  blockMs: number;
}

export const AUTH_FAILURE_POLICY = Symbol('AUTH_FAILURE_POLICY');

export function authFailurePolicyFromEnv(env: NodeJS.ProcessEnv = process.env): AuthFailurePolicy {
  return {
    limit: Number(env.AUTH_FAILURE_LIMIT ?? 10),
    windowMs: Number(env.AUTH_FAILURE_WINDOW_MS ?? 60_000),
    blockMs: Number(env.AUTH_FAILURE_BLOCK_MS ?? 300_000),
  };
}

/** Counts presented-but-rejected tokens per client address in the throttler's storage. */
@Injectable()
export class AuthFailureLimiter {
  constructor(
    @Inject(ThrottlerStorage) private readonly storage: ThrottlerStorage,
    @Inject(AUTH_FAILURE_POLICY) private readonly policy: AuthFailurePolicy,
  ) {}

  /** Records one failure; returns the seconds to wait when the address is now blocked, else null. */
  async recordFailure(address: string): Promise<number | null> {
    const { limit, windowMs, blockMs } = this.policy;
    const record = await this.storage.increment(
      `auth-failure:${address}`,
      windowMs,
      limit,
      blockMs,
      'auth-failures',
    );
    return record.isBlocked ? Math.max(1, record.timeToBlockExpire) : null;
  }
}
