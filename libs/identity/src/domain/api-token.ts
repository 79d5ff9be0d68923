import { hash } from 'node:crypto';

/** A recognisable prefix lets secret scanners and operators tell a Chancery token at a glance. */
export const TOKEN_PREFIX = 'chy_';
const TOKEN_SHAPE = /^chy_[A-Za-z0-9_-]{43}$/;

/** `chy_` followed by 32 random bytes in base64url. */
export function formatToken(secret: Buffer): string {
  if (secret.length !== 32) throw new Error('an API token needs exactly 32 random bytes');
  return TOKEN_PREFIX + secret.toString('base64url');
}

export function isWellFormedToken(token: string): boolean {
  return TOKEN_SHAPE.test(token);
}

/**
 * What is stored instead of the token. A fast unsalted hash is enough here: the token is 256 random
 * bits, so there is nothing to brute-force, and it must be found in O(1) on every request.
 */
export function hashToken(token: string): string {
  return hash('sha256', token, 'hex');
}

const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** `90d`, `12h`, `30m` → milliseconds; null when it is not such a duration. */
export function parseTtl(ttl: string): number | null {
  const match = /^(\d{1,5})([mhd])$/.exec(ttl.trim());
  if (!match) return null;
  const amount = Number(match[1]);
  return amount > 0 ? amount * UNIT_MS[match[2] as keyof typeof UNIT_MS] : null;
}

export const DEFAULT_TOKEN_TTL = '90d';
