import { FixedClock, CLOCK } from '@chancery/common';
import { ROLES, Role, UserAdministration } from '@chancery/identity';
import { AUTH_FAILURE_POLICY } from '../../../apps/api/src/auth/auth-failure-limiter';
import { createTestApp, RegisteredRoute, TestApp } from '../../support/test-app';
import { Access, accessFor } from './route-matrix';

type Caller = { case: string; authorization?: string; role?: Role };
type Outcome = 'public' | 401 | 403 | 'allowed';

/** Placeholders for path parameters: a UUID fits `:id`s, anything fits the rest. */
function concrete(url: string): string {
  return url
    .replace(/:(\w*[iI]d)\b/g, '00000000-0000-4000-8000-000000000000')
    .replace(/:\w+/g, 'placeholder')
    .replace(/\*/g, 'x');
}

function expected(access: Access, caller: Caller): Outcome {
  if (access === 'public') return 'public';
  if (!caller.role) return 401;
  return access.includes(caller.role) ? 'allowed' : 403;
}

function outcomeOf(status: number, access: Access): Outcome | string {
  if (access === 'public')
    return status === 401 || status === 403 || status >= 500 ? `public but ${status}` : 'public';
  if (status === 401 || status === 403) return status;
  return status < 500 ? 'allowed' : `allowed but ${status}`;
}

describe('every route against the role matrix', () => {
  let testApp: TestApp;
  let routes: RegisteredRoute[];
  const callers: Caller[] = [];

  beforeAll(async () => {
    const clock = new FixedClock(new Date(Date.now() - 86_400_000));
    testApp = await createTestApp((builder) =>
      builder
        .overrideProvider(CLOCK)
        .useValue(clock)
        // Hundreds of deliberate failures from one address: the limiter has its own test.
        .overrideProvider(AUTH_FAILURE_POLICY)
        .useValue({ limit: 1_000_000, windowMs: 60_000, blockMs: 60_000 }),
    );
    const expiredToken = await testApp.tokenFor('admin', { ttl: '1h', name: 'expired-admin' });
    clock.set(new Date());
    const revokedToken = await testApp.tokenFor(['recorder', 'analyst', 'auditor', 'admin'], {
      name: 'revoked-all',
    });
    await testApp.app.get(UserAdministration).revoke('revoked-all', 'test-harness');

    callers.push(
      { case: 'no token' },
      { case: 'a malformed token', authorization: 'Bearer not-a-chancery-token' },
      { case: 'a non-bearer scheme', authorization: 'Basic YWRtaW46YWRtaW4=' },
      { case: 'an unknown token', authorization: `Bearer chy_${'A'.repeat(43)}` },
      { case: 'an expired token', authorization: `Bearer ${expiredToken}` },
      { case: 'a revoked user', authorization: `Bearer ${revokedToken}` },
    );
    for (const role of ROLES) {
      callers.push({
        case: `the ${role} role`,
        role,
        authorization: `Bearer ${await testApp.tokenFor(role)}`,
      });
    }
    routes = testApp.routes;
  });

  afterAll(() => testApp?.close());

  it('finds the routes from the router itself', () => {
    const seen = routes.map((r) => `${r.method} ${r.url}`);
    expect(seen).toEqual(
      expect.arrayContaining([
        'GET /health',
        'GET /health/live',
        'GET /docs',
        'GET /auth/me',
        'POST /users',
      ]),
    );
  });

  it.each([
    'no token',
    'a malformed token',
    'a non-bearer scheme',
    'an unknown token',
    'an expired token',
    'a revoked user',
    ...ROLES.map((role) => `the ${role} role`),
  ])('with %s, every route answers as the matrix says', async (name) => {
    const caller = callers.find((c) => c.case === name)!;
    const mismatches: string[] = [];
    for (const { method, url } of routes) {
      const access = accessFor(method, url);
      const response = await testApp.app.inject({
        method: method as 'GET',
        url: concrete(url),
        headers: caller.authorization ? { authorization: caller.authorization } : {},
        ...(method === 'GET' || method === 'DELETE' ? {} : { payload: {} }),
      });
      const want = expected(access, caller);
      const got = outcomeOf(response.statusCode, access);
      if (got !== want)
        mismatches.push(
          `${method} ${url}: expected ${want}, got ${got} (${response.body.slice(0, 120)})`,
        );
      if (
        got === 401 &&
        !String(response.headers['www-authenticate'] ?? '').startsWith('Bearer realm="chancery"')
      ) {
        mismatches.push(`${method} ${url}: 401 without a Bearer WWW-Authenticate challenge`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});
