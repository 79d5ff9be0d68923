import { createHash } from 'node:crypto';
import {
  formatToken,
  hashToken,
  isWellFormedToken,
  parseTtl,
  TOKEN_PREFIX,
} from '@chancery/identity';

describe('API tokens', () => {
  const secret = Buffer.from('0123456789abcdef0123456789abcdef');

  it('are the prefix and 32 bytes of base64url, and nothing else is well-formed', () => {
    const token = formatToken(secret);
    expect(token).toBe(TOKEN_PREFIX + secret.toString('base64url'));
    expect(token).toHaveLength(47);
    expect(isWellFormedToken(token)).toBe(true);
    expect(isWellFormedToken(token.slice(0, -1))).toBe(false);
    expect(isWellFormedToken(`${token}x`)).toBe(false);
    expect(isWellFormedToken(token.replace('chy_', 'jwt_'))).toBe(false);
    expect(isWellFormedToken(`${token.slice(0, -1)}=`)).toBe(false);
  });

  it('refuse a secret that is not 32 bytes', () => {
    expect(() => formatToken(Buffer.alloc(16))).toThrow();
  });

  it('are stored as their SHA-256, hex: the same token always gives the same hash, another token another', () => {
    const token = formatToken(secret);
    expect(hashToken(token)).toBe(createHash('sha256').update(token).digest('hex'));
    expect(hashToken('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(hashToken(token)).not.toContain(secret.toString('base64url'));
    expect(hashToken(formatToken(Buffer.alloc(32, 1)))).not.toBe(hashToken(token));
  });

  it.each([
    ['30m', 30 * 60_000],
    ['12h', 12 * 3_600_000],
    ['90d', 90 * 86_400_000],
    [' 1d ', 86_400_000],
  ])('read a lifetime of %p', (ttl, ms) => {
    expect(parseTtl(ttl)).toBe(ms);
  });

  it.each(['0d', '-1d', '1w', '1.5d', 'd', '', '90', '999999d'])(
    'refuse a lifetime of %p',
    (ttl) => {
      expect(parseTtl(ttl)).toBeNull();
    },
  );
});
