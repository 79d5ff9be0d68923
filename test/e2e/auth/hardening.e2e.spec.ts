import { BODY_LIMIT_BYTES } from '../../../apps/api/src/auth/hardening';
import { AUTH_FAILURE_POLICY } from '../../../apps/api/src/auth/auth-failure-limiter';
import { createTestApp, TestApp } from '../../support/test-app';

describe('hardening', () => {
  describe('with the defaults', () => {
    let testApp: TestApp;
    beforeAll(async () => {
      delete process.env.CORS_ORIGINS;
      testApp = await createTestApp();
    });
    afterAll(() => testApp?.close());

    it('sends security headers on every answer, public or refused', async () => {
      for (const url of ['/health/live', '/users']) {
        const { headers } = await testApp.app.inject({ method: 'GET', url });
        expect(headers).toMatchObject({
          'x-content-type-options': 'nosniff',
          'x-frame-options': 'SAMEORIGIN',
          'strict-transport-security': expect.stringContaining('max-age='),
          'referrer-policy': 'no-referrer',
          'content-security-policy': expect.stringContaining("default-src 'self'"),
        });
        expect(headers['x-powered-by']).toBeUndefined();
      }
    });

    it('keeps the API documentation public and usable', async () => {
      const page = await testApp.app.inject({ method: 'GET', url: '/docs' });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('swagger-ui');
      const spec = await testApp.app.inject({ method: 'GET', url: '/docs-json' });
      expect(spec.json().components.securitySchemes).toHaveProperty('bearer');
    });

    it('refuses a body over the limit with 413 before it reaches a handler', async () => {
      const admin = await testApp.tokenFor('admin');
      const oversized = JSON.stringify({
        name: 'x'.repeat(BODY_LIMIT_BYTES),
        roles: ['analyst'],
        clearance: 'public',
      });
      const tooBig = await testApp.app.inject({
        method: 'POST',
        url: '/users',
        headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
        payload: oversized,
      });
      expect(tooBig.statusCode).toBe(413);
      const justUnder = await testApp.app.inject({
        method: 'POST',
        url: '/users',
        headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
        payload: JSON.stringify({
          name: 'h.bettel',
          roles: ['analyst'],
          clearance: 'public',
          pad: 'x'.repeat(BODY_LIMIT_BYTES - 200),
        }),
      });
      expect(justUnder.statusCode).toBe(400); // reached validation: the unknown `pad` field is refused
    });

    it('grants no cross-origin access unless origins are configured', async () => {
      const preflight = await testApp.app.inject({
        method: 'OPTIONS',
        url: '/auth/me',
        headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' },
      });
      expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
      const simple = await testApp.app.inject({
        method: 'GET',
        url: '/health/live',
        headers: { origin: 'https://evil.example' },
      });
      expect(simple.headers['access-control-allow-origin']).toBeUndefined();
    });

    it('challenges a missing token and a bad one as RFC 6750 says', async () => {
      const missing = await testApp.app.inject({ method: 'GET', url: '/auth/me' });
      expect(missing.statusCode).toBe(401);
      expect(missing.headers['www-authenticate']).toBe('Bearer realm="chancery"');
      const bad = await testApp.app.inject({
        method: 'GET',
        url: '/auth/me',
        headers: { authorization: 'Bearer nope' },
      });
      expect(bad.statusCode).toBe(401);
      expect(bad.headers['www-authenticate']).toBe(
        'Bearer realm="chancery", error="invalid_token", error_description="token malformed"',
      );
      expect(bad.json()).toMatchObject({ code: 'AUTH.TOKEN_MALFORMED' });
    });
  });

  describe('with an allow-list of origins', () => {
    let testApp: TestApp;
    beforeAll(async () => {
      process.env.CORS_ORIGINS = 'https://desk.chancery.example, https://embassy.example';
      testApp = await createTestApp();
    });
    afterAll(async () => {
      delete process.env.CORS_ORIGINS;
      await testApp?.close();
    });

    it('answers the listed origins and no other', async () => {
      const allowed = await testApp.app.inject({
        method: 'OPTIONS',
        url: '/auth/me',
        headers: {
          origin: 'https://embassy.example',
          'access-control-request-method': 'GET',
          'access-control-request-headers': 'authorization',
        },
      });
      expect(allowed.statusCode).toBe(204);
      expect(allowed.headers['access-control-allow-origin']).toBe('https://embassy.example');
      expect(String(allowed.headers['access-control-allow-headers'])).toContain('Authorization');
      const other = await testApp.app.inject({
        method: 'OPTIONS',
        url: '/auth/me',
        headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' },
      });
      expect(other.headers['access-control-allow-origin']).toBeUndefined();
    });
  });

  describe('rate limiting of failed authentication', () => {
    let testApp: TestApp;
    beforeAll(async () => {
      testApp = await createTestApp((builder) =>
        builder
          .overrideProvider(AUTH_FAILURE_POLICY)
          .useValue({ limit: 3, windowMs: 60_000, blockMs: 60_000 }),
      );
    });
    afterAll(() => testApp?.close());

    const call = (authorization?: string, remoteAddress = '203.0.113.7') =>
      testApp.app.inject({
        method: 'GET',
        url: '/auth/me',
        remoteAddress,
        headers: authorization ? { authorization } : {},
      });

    it('answers 429 with Retry-After once an address has failed too often, and only that address', async () => {
      const good = await testApp.tokenFor('analyst');
      const statuses = [];
      for (let i = 0; i < 5; i++)
        statuses.push((await call(`Bearer chy_${String(i).repeat(43)}`)).statusCode);
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
      const blocked = await call('Bearer chy_guess');
      expect(blocked.statusCode).toBe(429);
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);

      expect((await call(`Bearer chy_${'z'.repeat(43)}`, '198.51.100.9')).statusCode).toBe(401);
      // Requests without any token are not guesses and are not counted.
      for (let i = 0; i < 5; i++) expect((await call(undefined, '192.0.2.1')).statusCode).toBe(401);
      // A valid token still works from the blocked address: staff behind the same NAT are not locked out.
      expect((await call(`Bearer ${good}`)).statusCode).toBe(200);
    });
  });
});
