/**
 * Cost of authenticating one request: Chancery's opaque tokens (SHA-256 + map lookup) against
 * the JWT alternatives it did not choose (HMAC and RSA signatures), all with node:crypto.
 * Run: npx tsx bench/auth.bench.ts
 */
import {
  createHmac,
  generateKeyPairSync,
  randomBytes,
  sign,
  timingSafeEqual,
  verify,
} from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FixedClock } from '@chancery/common';
import type { RecordedEvent } from '@chancery/event-store';
import { SqliteEventStore } from '../libs/event-store/src/sqlite/sqlite-event-store';
import { sampleEvent } from './support/sample-events';
import {
  Authenticator,
  DirectoryFollower,
  formatToken,
  hashToken,
  UserDirectory,
  userStream,
} from '@chancery/identity';

const USERS = 10_000;
const ROUNDS = 200_000;
const clock = new FixedClock(new Date('2026-01-01T00:00:00Z'));

function bench(name: string, run: (i: number) => unknown, rounds = ROUNDS): void {
  for (let i = 0; i < rounds / 20; i++) run(i); // warm-up
  const started = process.hrtime.bigint();
  for (let i = 0; i < rounds; i++) if (!run(i)) throw new Error(`${name}: rejected a valid token`);
  const ns = Number(process.hrtime.bigint() - started) / rounds;
  console.log(
    `${name.padEnd(44)} ${(ns / 1000).toFixed(2).padStart(8)} µs/op ${Math.round(1e9 / ns)
      .toLocaleString('en')
      .padStart(12)} op/s`,
  );
}

// Opaque tokens, through the real Authenticator and directory.
const directory = new UserDirectory();
const tokens: string[] = [];
for (let u = 0; u < USERS; u++) {
  const token = formatToken(randomBytes(32));
  tokens.push(token);
  const base = {
    schemaVersion: 1,
    streamId: userStream(`user${u}`),
    metadata: { correlationId: 'c', causationId: null, actor: 'bench', recordedAt: '' },
  };
  directory.apply({
    ...base,
    id: `r${u}`,
    revision: 0,
    position: 2 * u,
    type: 'UserRegistered',
    data: { userId: `user${u}`, roles: ['analyst'], clearance: 'internal' },
  } as RecordedEvent);
  directory.apply({
    ...base,
    id: `t${u}`,
    revision: 1,
    position: 2 * u + 1,
    type: 'ApiTokenIssued',
    data: {
      userId: `user${u}`,
      tokenId: `t${u}`,
      tokenHash: hashToken(token),
      expiresAt: '2026-04-01T00:00:00.000Z',
    },
  } as RecordedEvent);
}
const authenticator = new Authenticator(directory, clock);

// JWTs as a gateway would verify them; a revocation list is still needed to revoke "at once".
const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const header = b64({ alg: 'HS256', typ: 'JWT' });
const secret = randomBytes(32);
const revoked = new Set<string>();
const exp = Date.parse('2026-04-01T00:00:00Z') / 1000;
const hsTokens = tokens.slice(0, 1000).map((_, u) => {
  const body = `${header}.${b64({ sub: `user${u}`, roles: ['analyst'], clearance: 'internal', jti: `t${u}`, exp })}`;
  return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
});
function verifyHs256(jwt: string): boolean {
  const [h, p, s] = jwt.split('.');
  const expected = createHmac('sha256', secret).update(`${h}.${p}`).digest();
  const given = Buffer.from(s, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return false;
  const claims = JSON.parse(Buffer.from(p, 'base64url').toString());
  return claims.exp * 1000 > clock.now().getTime() && !revoked.has(claims.jti);
}

const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const rsHeader = b64({ alg: 'RS256', typ: 'JWT' });
const rsTokens = hsTokens.slice(0, 100).map((_, u) => {
  const body = `${rsHeader}.${b64({ sub: `user${u}`, jti: `t${u}`, exp })}`;
  return `${body}.${sign('sha256', Buffer.from(body), privateKey).toString('base64url')}`;
});
function verifyRs256(jwt: string): boolean {
  const [h, p, s] = jwt.split('.');
  if (!verify('sha256', Buffer.from(`${h}.${p}`), publicKey, Buffer.from(s, 'base64url')))
    return false;
  const claims = JSON.parse(Buffer.from(p, 'base64url').toString());
  return claims.exp * 1000 > clock.now().getTime() && !revoked.has(claims.jti);
}

console.log(
  `node ${process.version}, ${USERS.toLocaleString('en')} users with a token each, ${ROUNDS.toLocaleString('en')} verifications`,
);
bench(
  'opaque token: SHA-256 + map (Authenticator)',
  (i) => authenticator.authenticate(tokens[i % USERS]).ok,
);
bench('opaque token: SHA-256 alone', (i) => hashToken(tokens[i % USERS]).length === 64);
bench('JWT HS256 verify + exp + denylist', (i) => verifyHs256(hsTokens[i % hsTokens.length]));
bench(
  'JWT RS256 verify + exp + denylist',
  (i) => verifyRs256(rsTokens[i % rsTokens.length]),
  10_000,
);

// Since issue 14: before judging a request, the API reads the user changes committed before it
// arrived (DirectoryFollower.upToDate, embedded store). Idle: nothing new since the last read.
// Under writes: the API appends one event before each request, so each read finds the log moved
// and scans the new event for user streams (the cost under write load).
async function freshness(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'chancery-bench-auth-'));
  const file = join(dir, 'events.sqlite');
  const api = SqliteEventStore.open(file, { pollIntervalMs: 3_600_000 });
  const follower = new DirectoryFollower(api, directory, 0, clock);
  try {
    await follower.onModuleInit();
    const rounds = 20_000;
    const time = async (name: string, before: (i: number) => Promise<unknown>) => {
      let spent = 0n;
      for (let i = 0; i < rounds; i++) {
        await before(i);
        const started = process.hrtime.bigint();
        await follower.upToDate();
        if (!authenticator.authenticate(tokens[i % USERS]).ok) throw new Error(`${name}: rejected`);
        spent += process.hrtime.bigint() - started;
      }
      const ns = Number(spent) / rounds;
      console.log(
        `${name.padEnd(44)} ${(ns / 1000).toFixed(2).padStart(8)} µs/op ${Math.round(1e9 / ns)
          .toLocaleString('en')
          .padStart(12)} op/s`,
      );
    };
    await time('read user changes (idle) + Authenticator', async () => undefined);
    // 64 requests arriving together (bench:api's connections) share one read.
    let spent = 0n;
    for (let i = 0; i < rounds / 64; i++) {
      await api.append(`bench-burst-${i}`, [sampleEvent(i)], 'no_stream');
      const started = process.hrtime.bigint();
      await Promise.all(
        Array.from({ length: 64 }, async (_, j) => {
          await follower.upToDate();
          if (!authenticator.authenticate(tokens[(i * 64 + j) % USERS]).ok)
            throw new Error('rejected');
        }),
      );
      spent += process.hrtime.bigint() - started;
    }
    const ns = Number(spent) / (Math.floor(rounds / 64) * 64);
    console.log(
      `${'… 1 append, then 64 requests at once'.padEnd(44)} ${(ns / 1000).toFixed(2).padStart(8)} µs/op`,
    );
    await time('read user changes (1 append each) + Auth.', (i) =>
      api.append(`bench-${i}`, [sampleEvent(i)], 'no_stream'),
    );
  } finally {
    await follower.onModuleDestroy();
    await api.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
void freshness();
