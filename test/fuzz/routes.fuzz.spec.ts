import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import fc from 'fast-check';
import { EVENT_STORE, type EventStore } from '@chancery/event-store';
import { createTestApp, type TestApp } from '../support/test-app';
import { loadSeedVisit } from '../../examples/seed-visit/load';
import { injectClient } from '../e2e/record/inject-client';
import {
  fromSchema,
  hostileParam,
  hostileValue,
  jsonText,
  withHostile,
  type OpenApi,
  type Operation,
} from './openapi-arbitraries';

/**
 * Issue 14 §3: requests generated from the OpenAPI document for every route, valid and hostile
 * (deep nesting, nulls, wrong types, numbers not held exactly, NUL, lone surrogates, lists for
 * objects, date-times for days), get no 5xx, and none refused with a 4xx appends anything.
 * `npm test` runs FUZZ_RUNS (default 12) cases per route; `npm run fuzz` many more.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 12);
/** A `minPosition` past the head is answered 503 (lagging, retry) after this wait: kept short. */
const READ_WAIT_MS = '20';

/** The one 5xx that is an answer, not a fault: the read model has not reached `minPosition` yet. */
const isServerFault = (status: number, body: string) =>
  status >= 500 && !(status === 503 && body.includes('"PROJECTIONS.LAGGING"'));

type Request = {
  method: string;
  url: string;
  body?: string;
  headers: Record<string, string>;
};

/** A counterexample as fast-check reports it: a 10,000-deep body shown whole drowns the report. */
const described = (request: Request): Request =>
  Object.assign(request, {
    [fc.toStringMethod]: () =>
      `${request.method} ${request.url} If-Match: ${request.headers['if-match'] ?? '-'} ` +
      `${(request.body ?? '').slice(0, 400)}${(request.body?.length ?? 0) > 400 ? '…' : ''}`,
  });

describe('every route, fuzzed from the OpenAPI document', () => {
  let t: TestApp;
  let store: EventStore;
  let doc: OpenApi;
  let token: string;
  let recordIds: string[];
  const spare = `fuzz-spare-${randomUUID().slice(0, 8)}`;

  // A web app shell of its own, so the web app's catch-all route is there to fuzz whether or not
  // `npm run build:web` has run on this checkout.
  const webDir = mkdtempSync(join(tmpdir(), 'chancery-fuzz-web-'));

  beforeAll(async () => {
    process.env.READ_WAIT_MS = READ_WAIT_MS;
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Chancery</title>');
    process.env.WEB_DIR = webDir;
    t = await createTestApp();
    store = t.app.get<EventStore>(EVENT_STORE);
    token = await t.tokenFor(['recorder', 'analyst', 'auditor', 'admin'], { name: 'fuzz-all' });
    await t.tokenFor('analyst', { name: spare });
    const report = await loadSeedVisit(injectClient(t.app, token));
    recordIds = Object.values(report.recorded).flat();
    doc = SwaggerModule.createDocument(t.app, new DocumentBuilder().build()) as unknown as OpenApi;
  }, 120_000);
  afterAll(async () => {
    delete process.env.READ_WAIT_MS;
    delete process.env.WEB_DIR;
    await t.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  /** A record id on file, a fresh one, or one of the seed's countries, as a path or a body wants. */
  const ids = () => fc.oneof(fc.constantFrom(...recordIds), fc.uuid(), fc.constant('LUX'));
  const pathValue = (name: string) =>
    fc.oneof(
      { weight: 3, arbitrary: name === 'name' ? fc.constant(spare) : ids() },
      { weight: 2, arbitrary: hostileParam },
    );

  function requests(path: string, method: string, operation: Operation): fc.Arbitrary<Request> {
    const parameters = operation.parameters ?? [];
    const pathParams = parameters.filter((p) => p.in === 'path');
    const queryParams = parameters.filter((p) => p.in === 'query');
    const schema = operation.requestBody?.content['application/json']?.schema;
    return fc
      .record({
        path: fc.tuple(...pathParams.map((p) => pathValue(p.name))),
        query: fc.array(
          fc.tuple(
            fc.oneof(fc.constantFrom(...queryParams.map((p) => p.name), 'extra'), fc.string()),
            fc.oneof(
              hostileParam,
              ...queryParams.map((p) =>
                fromSchema(doc, p.schema ?? {}, ids(), p.name).map((v) =>
                  encodeURIComponent(String(v)),
                ),
              ),
            ),
          ),
          { maxLength: 3 },
        ),
        body: schema ? fromSchema(doc, schema, ids(), '') : fc.constant(undefined),
        // One body in two is left as generated, the other gets a hostile value somewhere.
        hostile: fc.option(
          fc.tuple(fc.nat(), hostileValue, fc.constantFrom('extra', 'kind', 'id')),
          { freq: 2 },
        ),
        ifMatch: fc.option(fc.constantFrom('"0"', '"1"', '"99999999999999999999"', 'junk', '"-1"')),
        minPosition: fc.option(fc.constantFrom('1', '1e30', '99999999999999999999', '-1', 'x')),
      })
      .map(({ path: values, query, body, hostile, ifMatch, minPosition }) => {
        let url = path;
        pathParams.forEach((p, i) => (url = url.replace(`{${p.name}}`, values[i])));
        const search = query.map(([key, value]) => `${encodeURIComponent(key)}=${value}`).join('&');
        const sent = hostile && body !== undefined ? withHostile(body, ...hostile) : body;
        return described({
          method: method.toUpperCase(),
          url: search ? `${url}?${search}` : url,
          body: sent === undefined ? undefined : jsonText(sent),
          headers: {
            authorization: `Bearer ${token}`,
            ...(sent === undefined ? {} : { 'content-type': 'application/json' }),
            ...(ifMatch ? { 'if-match': ifMatch } : {}),
            ...(minPosition ? { 'x-min-position': minPosition } : {}),
          },
        });
      });
  }

  /** The property every request must hold: no 5xx, and a refused request has written nothing. */
  let sent = 0;
  const answersWell = async (request: Request) => {
    sent++;
    const head = await store.headPosition();
    const reply = await t.app.inject({
      method: request.method as 'GET',
      url: request.url,
      headers: request.headers,
      ...(request.body === undefined ? {} : { payload: request.body }),
    });
    const summary = `${request.method} ${request.url} → ${reply.statusCode} ${reply.body.slice(0, 300)}`;
    expect([summary, isServerFault(reply.statusCode, reply.body)]).toEqual([summary, false]);
    if (reply.statusCode >= 400)
      expect([summary, await store.headPosition()]).toEqual([summary, head]);
  };

  it('answers no request with a 5xx, and appends nothing on a 4xx', async () => {
    const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({ path, method, operation })),
    );
    expect(operations.length).toBeGreaterThan(60);
    sent = 0;
    for (const { path, method, operation } of operations)
      await fc.assert(fc.asyncProperty(requests(path, method, operation), answersWell), {
        numRuns: RUNS,
      });
    expect(sent).toBe(RUNS * operations.length);
  }, 600_000);

  it('does the same on the routes the document leaves out (metrics, docs, web app files)', async () => {
    const documented = new Set(
      Object.entries(doc.paths).flatMap(([path, methods]) =>
        Object.keys(methods).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
      ),
    );
    const others = t.routes.filter(({ method, url }) => !documented.has(`${method} ${url}`));
    expect(others.map((r) => r.url)).toEqual(expect.arrayContaining(['/metrics', '/*']));
    for (const { method, url } of others) {
      const request = fc
        .record({
          tail: hostileParam,
          query: fc.array(fc.tuple(fc.string().map(encodeURIComponent), hostileParam), {
            maxLength: 3,
          }),
        })
        .map(({ tail, query }) =>
          described({
            method,
            url: `${url.replace(/\*|:\w+/g, tail)}?${query.map(([k, v]) => `${k}=${v}`).join('&')}`,
            headers: { authorization: `Bearer ${token}` },
          }),
        );
      await fc.assert(fc.asyncProperty(request, answersWell), { numRuns: RUNS });
    }
  }, 600_000);
});
