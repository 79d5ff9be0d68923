import { randomUUID } from 'node:crypto';
import * as seed from '../../examples/seed-visit/fixture';
import { loadSeedVisit } from '../../examples/seed-visit/load';
import { hashToken } from '../../libs/identity/src/domain/api-token';
import { ApiProcess, describeProcess, removeDir, tempDataDir } from './support/api-process';

jest.setTimeout(180_000);

/**
 * Issue 19: the API logs one JSON line per request (correlation id, actor, route, status,
 * duration), and nothing it logs ever holds a token, a token's hash or a confidential record's
 * content, wherever a client puts them: body, path, query, headers.
 */
describeProcess('the structured log of a real API process', () => {
  const dataDir = tempDataDir();
  const planted = `Planted-${randomUUID()}`;
  let api: ApiProcess;
  let recorder: string;
  let lines: Array<Record<string, unknown>>;
  let metricsWhenUnset: number;

  beforeAll(async () => {
    api = await ApiProcess.start({ DATA_DIR: dataDir, LOG_LEVEL: 'debug' });
    recorder = await api.user('desk.officer', ['recorder', 'analyst'], 'confidential');
    const send = api.client(recorder);
    await loadSeedVisit(send);
    const meeting = {
      ...seed.meetings[0].body,
      title: `Restricted ${planted}`,
      summary: `Only for cleared eyes: ${planted}`,
      classification: 'confidential',
    };
    const recorded = await send('POST', '/meetings', meeting, { 'X-Correlation-Id': 'log-spec-1' });
    expect(recorded.status).toBe(201);
    expect((await send('GET', `/meetings/${recorded.body.id}`)).body.summary).toContain(planted);
    // The same content where a careless client might put it: refused requests of every kind.
    expect((await send('POST', '/meetings', { ...meeting, date: planted })).status).toBe(400);
    expect((await send('GET', `/meetings/${planted}`)).status).toBeGreaterThanOrEqual(400);
    expect((await send('GET', `/timeline/KAZ?from=${planted}`)).status).toBe(400);
    expect((await api.client(`chy_${planted}`)('GET', '/auth/me')).status).toBe(401);
    expect(
      (await api.client(recorder)('GET', '/auth/me', undefined, { 'X-Note': planted })).status,
    ).toBe(200);
    metricsWhenUnset = (await fetch(`${api.url}/metrics`)).status;
    api.signal('SIGTERM');
    expect(await api.exited).toBe(0);
    lines = api.stdout
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  });
  afterAll(async () => {
    await api?.stop();
    removeDir(dataDir);
  });

  it('writes one JSON line per request, with correlation id, actor, route, status and duration', () => {
    const write = lines.find((line) => line.correlationId === 'log-spec-1');
    expect(write).toEqual({
      level: 'info',
      time: expect.any(String),
      service: 'chancery-api',
      msg: 'request',
      correlationId: 'log-spec-1',
      actor: 'desk.officer',
      method: 'POST',
      route: '/meetings',
      status: 201,
      durationMs: expect.any(Number),
    });
    const requests = lines.filter((line) => line.msg === 'request');
    expect(requests.filter((line) => line.route === '/meetings/:id')).toHaveLength(2);
    expect(requests.find((line) => line.status === 401)).toMatchObject({ route: '/auth/me' });
    // Start-up and shutdown are logged too, as the same JSON.
    expect(lines.map((line) => line.msg)).toEqual(
      expect.arrayContaining(['Chancery API listening', 'stopped']),
    );
  });

  it('never holds a token, its hash, or a confidential record’s content', () => {
    const everything = api.stdout + api.stderr;
    expect(everything).not.toContain(recorder);
    expect(everything).not.toContain(hashToken(recorder));
    expect(everything).not.toContain(planted);
    // The first-run administrator token is shown once, on stderr: the log (stdout) never has it.
    const admin = api.adminToken();
    expect(api.stdout).not.toContain(admin);
    expect(everything).not.toContain(hashToken(admin));
    expect(api.stdout.split('\n').filter((line) => line && !line.startsWith('{'))).toEqual([]);
  });

  it('keeps /metrics closed (404) while METRICS_ALLOW is unset, even to loopback', () => {
    expect(metricsWhenUnset).toBe(404);
  });
});
