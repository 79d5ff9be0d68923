import { createTestApp, TestApp } from '../../support/test-app';

/** A range whose end comes before its start is a mistake to say, not an empty list to answer. */
describe('read-model date ranges', () => {
  let t: TestApp;
  let token: string;
  const get = (url: string) =>
    t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });

  beforeAll(async () => {
    t = await createTestApp();
    token = await t.tokenFor('analyst');
  });
  afterAll(async () => t?.close());

  it.each([
    ['/timeline/KAZ?from=2024-12-01&to=2024-01-01', 'to', 'from'],
    ['/follow-ups/board?dueFrom=2024-12-01&dueTo=2024-01-01', 'dueTo', 'dueFrom'],
  ])('%s is refused, naming the field and why', async (url, field, start) => {
    const res = await get(url);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      message: 'The request has invalid fields',
      errors: [{ field, reason: `${field} (2024-01-01) must not be before ${start} (2024-12-01)` }],
    });
  });

  it.each([
    '/timeline/KAZ?from=2024-06-01&to=2024-06-01',
    '/timeline/KAZ?from=2024-06-01',
    '/timeline/KAZ?to=2024-06-01',
    '/follow-ups/board?dueFrom=2024-06-01&dueTo=2024-06-30',
  ])('%s is answered', async (url) => {
    expect((await get(url)).statusCode).toBe(200);
  });

  it('a malformed end is reported once, as malformed', async () => {
    const res = await get('/timeline/KAZ?from=2024-06-01&to=June');
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ field: 'to', reason: expect.stringMatching(/ISO 8601/) }]);
  });
});
