import { EVENT_STORE, EventStore, RecordedEvent } from '@chancery/event-store';
import { hashToken } from '@chancery/identity';
import { createTestApp, TestApp } from '../../support/test-app';

describe('staff administration over HTTP', () => {
  let testApp: TestApp;
  let admin: string;
  beforeAll(async () => {
    testApp = await createTestApp();
    admin = await testApp.tokenFor('admin', { name: 'chief-of-staff' });
  });
  afterAll(() => testApp?.close());

  const call = (
    method: 'GET' | 'POST',
    url: string,
    token: string,
    payload?: object,
    headers: Record<string, string> = {},
  ) =>
    testApp.app.inject({
      method,
      url,
      payload,
      headers: { authorization: `Bearer ${token}`, ...headers },
    });

  async function stream(name: string): Promise<RecordedEvent[]> {
    const events: RecordedEvent[] = [];
    for await (const event of testApp.app.get<EventStore>(EVENT_STORE).readStream(`user-${name}`))
      events.push(event);
    return events;
  }

  it('records the authenticated admin as the actor, whatever the client claims', async () => {
    const created = await call(
      'POST',
      '/users',
      admin,
      { name: 'attache', roles: ['analyst'], clearance: 'public', ttl: '1d' },
      { 'x-actor': 'mallory' },
    );
    expect(created.statusCode).toBe(201);
    const { token, userId, expiresAt } = created.json();
    expect(userId).toBe('attache');
    expect(Date.parse(expiresAt)).toBeGreaterThan(Date.now());

    const events = await stream('attache');
    expect(events.map((e) => e.metadata.actor)).toEqual(['chief-of-staff', 'chief-of-staff']);
    expect(events[1].data.tokenHash).toBe(hashToken(token));

    const me = await call('GET', '/auth/me', token);
    expect(me.json()).toEqual({ id: 'attache', roles: ['analyst'], clearance: 'public', desks: [] });
  });

  it('issues a second token and, on revocation, refuses every token of the user at once', async () => {
    const first = (
      await call('POST', '/users', admin, {
        name: 'envoy',
        roles: ['recorder'],
        clearance: 'internal',
      })
    ).json().token;
    const second = await call('POST', '/users/envoy/tokens', admin, { ttl: '12h' });
    expect(second.statusCode).toBe(201);
    expect((await call('GET', '/auth/me', second.json().token)).statusCode).toBe(200);

    expect((await call('POST', '/users/envoy/revoke', admin)).statusCode).toBe(204);
    expect((await call('GET', '/auth/me', first)).statusCode).toBe(401);
    expect((await call('GET', '/auth/me', second.json().token)).statusCode).toBe(401);
    expect((await stream('envoy')).at(-1)).toMatchObject({
      type: 'UserRevoked',
      metadata: { actor: 'chief-of-staff' },
    });
  });

  it('maps refusals to HTTP statuses with their codes', async () => {
    await call('POST', '/users', admin, {
      name: 'consul',
      roles: ['auditor'],
      clearance: 'internal',
    });
    const duplicate = await call('POST', '/users', admin, {
      name: 'consul',
      roles: ['auditor'],
      clearance: 'internal',
    });
    expect([duplicate.statusCode, duplicate.json().code]).toEqual([409, 'USER.ALREADY_EXISTS']);
    const missing = await call('POST', '/users/nobody/revoke', admin);
    expect([missing.statusCode, missing.json().code]).toEqual([404, 'USER.NOT_FOUND']);
    const invalid = await call('POST', '/users', admin, {
      name: 'x',
      roles: ['king'],
      clearance: 'internal',
    });
    expect(invalid.statusCode).toBe(400);
  });

  it('lists users without ever showing a token or its hash', async () => {
    const listing = await call('GET', '/users', admin);
    expect(listing.statusCode).toBe(200);
    expect(listing.json().items.map((u: { id: string }) => u.id)).toEqual(
      expect.arrayContaining(['attache', 'chief-of-staff', 'envoy']),
    );
    expect(listing.body).not.toMatch(/chy_|tokenHash|[0-9a-f]{64}/);
    const { total } = listing.json();
    const second = await call('GET', '/users?limit=1&offset=1', admin);
    expect(second.json()).toMatchObject({ total, limit: 1, offset: 1 });
    expect(second.json().items).toEqual([listing.json().items[1]]);
    const csv = await testApp.app.inject({
      method: 'GET',
      url: '/users',
      headers: { authorization: `Bearer ${admin}`, accept: 'text/csv' },
    });
    expect(csv.body.split('\n')[0]).toBe('id,status,roles,clearance,desks,tokens');
    expect(csv.body).not.toMatch(/chy_|tokenHash|[0-9a-f]{64}/);
  });
});
