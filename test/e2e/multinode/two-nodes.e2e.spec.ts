import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { authStalenessFromEnv } from '@chancery/identity';
import { TsProcess } from './processes';

/**
 * Two API processes, each with its own DATA_DIR (read models), on one KurrentDB: the wire double
 * in a third process. What one node writes, the other serves; a revoked token stops working on
 * the other node within the documented bound; a revision race across nodes has one winner.
 */
describe('two API nodes on one KurrentDB', () => {
  const processes: TsProcess[] = [];
  const dataDirs: string[] = [];
  let a: Node;
  let b: Node;
  let admin: string;
  let revocationBoundMs: number;

  beforeAll(async () => {
    const store = new TsProcess('test/kurrentdb/double/serve.ts', process.env);
    processes.push(store);
    const eventStoreUrl = await store.lineStartingWith('KURRENTDB ');
    // The nodes' own setting: the documented default, unless the environment sets one.
    revocationBoundMs = authStalenessFromEnv({ ...process.env, EVENTSTORE_URL: eventStoreUrl });

    // Both at once, on an empty store: they race to create the first admin. B finds the server
    // through gossip, as the `+discover` cluster strings the README recommends do.
    const discovered = eventStoreUrl.replace('kurrentdb://', 'kurrentdb+discover://');
    const [first, second] = await Promise.all([startNode(eventStoreUrl), startNode(discovered)]);
    const admins = [first, second].flatMap((n) => (n.adminToken ? [n.adminToken] : []));
    expect(admins).toHaveLength(1);
    [admin] = admins;
    [a, b] = [first, second];
    await Promise.all([a.ready(), b.ready()]);
  }, 180_000);

  afterAll(async () => {
    await Promise.all(processes.map((p) => p.kill()));
    for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
  });

  async function startNode(eventStoreUrl: string): Promise<Node> {
    const dataDir = mkdtempSync(join(tmpdir(), 'chancery-node-'));
    dataDirs.push(dataDir);
    const api = new TsProcess(
      'test/e2e/multinode/api-node.ts',
      {
        ...process.env,
        DATA_DIR: dataDir,
        EVENTSTORE_URL: eventStoreUrl,
        // The test polls with revoked tokens on purpose, and a busy CI machine is slow to catch up.
        AUTH_FAILURE_LIMIT: '1000000',
        READ_WAIT_MS: '60000',
      },
      join(dataDir, 'api.log'),
    );
    processes.push(api);
    const ready = await api.firstMessage<{ port: number; adminToken: string | null }>();
    return new Node(`http://127.0.0.1:${ready.port}`, ready.adminToken, api);
  }

  it('serves on node B what was written on node A, once B has reached its position', async () => {
    const recorder = await a.as(admin).post('/users', userNamed('attache'));
    const { token } = recorder.body as { token: string };
    await b.as(token).until('/auth/me', 200);

    const meeting = await recordMeeting(a.as(token));
    const onB = await b.as(token).get(`/partnerships/KAZ/LUX?minPosition=${meeting.position}`);

    expect(onB.status).toBe(200);
    expect(JSON.stringify(onB.body)).toContain(meeting.id);
    const record = await b.as(token).get(`/meetings/${meeting.id}`);
    expect(record.status).toBe(200);
  });

  it('reaches on node B the position of a write its partnerships read model does not show', async () => {
    const { token } = (await a.as(admin).post('/users', userNamed('archivist'))).body as {
      token: string;
    };
    await b.as(token).until('/auth/me', 200);
    await recordMeeting(a.as(token));
    const source = await a.as(token).post('/sources', {
      type: 'official-statement',
      publisher: 'MFA of Luxembourg',
      title: 'Remarks to the press',
      publishedOn: '2024-10-15',
    });
    const { position } = source.body as { position: number };

    // Its projections skip the source, yet must count it as reached, or B would wait READ_WAIT_MS.
    const page = await b.as(token).get(`/partnerships/KAZ/LUX?minPosition=${position}`);
    expect(page.status).toBe(200);
  });

  it('lets exactly one of two corrections on the same revision win, one sent to each node', async () => {
    const { token } = (await a.as(admin).post('/users', userNamed('counsellor'))).body as {
      token: string;
    };
    await b.as(token).until('/auth/me', 200);
    const meeting = await recordMeeting(a.as(token));
    let positions = [meeting.position];
    let lastDate = '';

    for (let revision = 0; revision < 5; revision++) {
      // Each node moves the meeting to a day of its own, so the pages show which one won.
      const dates = [`2024-10-${10 + revision}`, `2024-11-${10 + revision}`];
      const correct = (node: Node, date: string) =>
        node
          .as(token)
          .post(
            `/meetings/${meeting.id}/corrections`,
            { reason: 'race', changes: { date } },
            { 'If-Match': `"${revision}"` },
          );
      const answers = await Promise.all([correct(a, dates[0]), correct(b, dates[1])]);

      expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
      const won = answers.findIndex((r) => r.status === 200);
      positions = [...positions, (answers[won].body as { position: number }).position];
      lastDate = dates[won];
    }

    const record = await b.as(token).get(`/meetings/${meeting.id}`);
    expect(record.headers.get('etag')).toBe('"5"');
    const latest = Math.max(...positions);
    const pages = await Promise.all(
      [a, b].map((n) => n.as(token).get(`/partnerships/KAZ/LUX?minPosition=${latest}`)),
    );
    expect(pages.map((p) => p.status)).toEqual([200, 200]);
    expect(pages[1].body).toEqual(pages[0].body);
    const { engagements } = pages[0].body as {
      engagements: { items: { recordId: string; date: string }[] };
    };
    expect(engagements.items.find((e) => e.recordId === meeting.id)?.date).toBe(lastDate);
  });

  it('records once a creation sent with the same Idempotency-Key to both nodes at once', async () => {
    const { token } = (await a.as(admin).post('/users', userNamed('registrar'))).body as {
      token: string;
    };
    await b.as(token).until('/auth/me', 200);
    const source = {
      type: 'press-release',
      publisher: 'MFA of Luxembourg',
      title: 'Visit of the Kazakh foreign minister',
      publishedOn: '2024-10-14',
    };
    const headers = { 'Idempotency-Key': 'press-release-lux-2024-10-14' };

    const answers = await Promise.all(
      [a, b].map((n) => n.as(token).post('/sources', source, headers)),
    );

    expect(answers.map((r) => r.status)).toEqual([201, 201]);
    expect(answers[1].body).toEqual(answers[0].body);
    const { id } = answers[0].body as { id: string };
    const stored = await b.as(token).get(`/sources/${id}`);
    expect(stored.headers.get('etag')).toBe('"0"');
  });

  it('refuses on node B, within the documented bound, a token revoked on node A', async () => {
    await a.as(admin).post('/users', userNamed('envoy'));
    const issued = await a.as(admin).post('/users/envoy/tokens', {});
    const { token } = issued.body as { token: string };
    await b.as(token).until('/auth/me', 200);

    const revoked = await a.as(admin).post('/users/envoy/revoke', {});
    expect(revoked.status).toBe(204);
    const revokedAt = performance.now();
    expect((await a.as(token).get('/auth/me')).status).toBe(401);

    // B may still accept the token for AUTH_STALENESS_MS after the revocation committed; a request
    // it receives later must be refused. Requests sent within the bound are allowed either answer.
    let sentAfterBound: number | undefined;
    while (sentAfterBound === undefined) {
      const sentAt = performance.now();
      const { status } = await b.as(token).get('/auth/me');
      if (sentAt - revokedAt > revocationBoundMs) sentAfterBound = status;
      else expect([200, 401]).toContain(status);
    }
    expect(sentAfterBound).toBe(401);
  });

  const userNamed = (name: string) => ({
    name,
    roles: ['recorder', 'analyst'],
    clearance: 'confidential',
  });

  /** A meeting between Kazakhstan and Luxembourg, recorded through one node. */
  async function recordMeeting(as: Client): Promise<{ id: string; position: number }> {
    for (const code of ['KAZ', 'LUX']) await as.put(`/countries/${code}`, {});
    const source = await as.post('/sources', {
      type: 'press-release',
      publisher: 'MFA of Kazakhstan',
      title: 'Visit to Luxembourg',
      publishedOn: '2024-10-14',
    });
    const person = async (name: string, nationality: string) =>
      ((await as.post('/people', { name, nationality })).body as { id: string }).id;
    const nurtleu = await person('Murat Nurtleu', 'KAZ');
    const frieden = await person('Luc Frieden', 'LUX');
    const meeting = await as.post('/meetings', {
      date: '2024-10-14',
      place: { city: 'Luxembourg', country: 'LUX' },
      format: 'bilateral',
      participants: [
        { party: { kind: 'person', id: nurtleu }, side: { kind: 'country', id: 'KAZ' } },
        { party: { kind: 'person', id: frieden }, side: { kind: 'country', id: 'LUX' } },
      ],
      topics: ['fintech'],
      summary: 'Key areas of cooperation between Kazakhstan and Luxembourg.',
      engagementKind: 'visit',
      sourceIds: [(source.body as { id: string }).id],
    });
    expect(meeting.status).toBe(201);
    return meeting.body as { id: string; position: number };
  }
});

interface Answer {
  status: number;
  headers: Headers;
  body: unknown;
}

type Client = ReturnType<Node['as']>;

class Node {
  constructor(
    readonly url: string,
    readonly adminToken: string | null,
    private readonly process: TsProcess,
  ) {}

  /** Resolves once /health answers 200: store reachable, projections caught up. */
  async ready(): Promise<void> {
    await this.as('').until('/health', 200);
  }

  as(token: string) {
    const call = async (
      method: string,
      path: string,
      body?: unknown,
      headers: Record<string, string> = {},
    ): Promise<Answer> => {
      const response = await fetch(`${this.url}${path}`, {
        method,
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      const answer = { status: response.status, headers: response.headers, body: parse(text) };
      if (response.status >= 500)
        throw new Error(`${method} ${path}: ${response.status} ${text}\n${this.process.tail()}`);
      return answer;
    };
    const write =
      (method: string) => async (path: string, body: unknown, headers?: Record<string, string>) => {
        const answer = await call(method, path, body, headers);
        if (answer.status >= 400 && answer.status !== 409)
          throw new Error(`${method} ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
        return answer;
      };
    return {
      get: (path: string) => call('GET', path),
      post: write('POST'),
      put: write('PUT'),
      /** Polls until `path` answers `status`: a condition, not a delay. */
      until: async (path: string, status: number) => {
        const deadline = Date.now() + 90_000;
        for (;;) {
          const answer = await call('GET', path).catch((error: Error) => error);
          if (!(answer instanceof Error) && answer.status === status) return answer;
          if (Date.now() > deadline)
            throw new Error(
              `${path} never answered ${status}: ${String(answer)}\n${this.process.tail()}`,
            );
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      },
    };
  }
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
