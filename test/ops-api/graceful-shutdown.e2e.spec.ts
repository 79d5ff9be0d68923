import * as seed from '../../examples/seed-visit/fixture';
import { loadSeedVisit } from '../../examples/seed-visit/load';
import { ApiProcess, describeProcess, removeDir, tempDataDir } from './support/api-process';

jest.setTimeout(240_000);

const WRITERS = 16;
/** Writes acknowledged before the signal is sent: enough that some are surely in flight then. */
const BEFORE_SIGNAL = 300;

/** What one client saw: its acknowledged ids, any error answer, and how its connection ended. */
interface Outcome {
  acknowledged: string[];
  errorAnswers: number[];
  endedBy: string;
}

/**
 * Issue 19: SIGTERM under write load. The API stops taking connections, answers what is in
 * flight, commits, and exits 0 within its bound; every acknowledged write is there on restart,
 * and no client got an error answer: they only found the door closed.
 */
describeProcess('graceful shutdown on SIGTERM', () => {
  const dataDir = tempDataDir();
  let api: ApiProcess;
  let restarted: ApiProcess | undefined;
  afterAll(async () => {
    await api?.stop();
    await restarted?.stop();
    removeDir(dataDir);
  });

  it('loses no acknowledged write and answers no request with an error', async () => {
    api = await ApiProcess.start({ DATA_DIR: dataDir });
    const token = await api.user('load', ['recorder'], 'internal');
    await loadSeedVisit(api.client(token));

    let acknowledged = 0;
    let signalled: () => void;
    const enough = new Promise<void>((resolve) => (signalled = resolve));
    const writer = async (w: number): Promise<Outcome> => {
      const outcome: Outcome = { acknowledged: [], errorAnswers: [], endedBy: '' };
      for (let i = 0; ; i++) {
        try {
          const response = await fetch(`${api.url}/people`, {
            method: 'POST',
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
            body: JSON.stringify({
              name: `Load ${w}-${i}`,
              nationality: 'LUX',
              sourceIds: [seed.seedId('source:mfa')],
              classification: 'public',
            }),
          });
          const body = (await response.json()) as { id: string };
          if (response.status !== 201) outcome.errorAnswers.push(response.status);
          else {
            outcome.acknowledged.push(body.id);
            if (++acknowledged === BEFORE_SIGNAL) signalled();
          }
        } catch (error) {
          outcome.endedBy = codeOf(error);
          return outcome;
        }
      }
    };
    const writers = Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)));
    await enough;
    const signalledAt = Date.now();
    api.signal('SIGTERM');
    const code = await api.exited;
    const stoppedInMs = Date.now() - signalledAt;
    const outcomes = await writers;

    expect(code).toBe(0);
    expect(stoppedInMs).toBeLessThan(15_000);
    expect(outcomes.flatMap((o) => o.errorAnswers)).toEqual([]);
    // Refused at connect, or a kept-alive connection closed under a request not yet answered.
    for (const { endedBy } of outcomes)
      expect(['ECONNREFUSED', 'ECONNRESET', 'UND_ERR_SOCKET']).toContain(endedBy);
    expect(api.stdout).toContain('"msg":"stopped"');

    restarted = await ApiProcess.start({ DATA_DIR: dataDir });
    const ids = outcomes.flatMap((o) => o.acknowledged);
    expect(ids.length).toBeGreaterThanOrEqual(BEFORE_SIGNAL);
    const reader = restarted.client(token);
    const missing: string[] = [];
    for (let i = 0; i < ids.length; i += 32)
      await Promise.all(
        ids.slice(i, i + 32).map(async (id) => {
          if ((await reader('GET', `/people/${id}`)).status !== 200) missing.push(id);
        }),
      );
    expect(missing).toEqual([]);
  });

  it('exits with status 1 once SHUTDOWN_TIMEOUT_MS has passed with a request still unanswered', async () => {
    const dir = tempDataDir();
    // The request waits up to READ_WAIT_MS for a position the log never reaches.
    const stuck = await ApiProcess.start({
      DATA_DIR: dir,
      READ_WAIT_MS: '120000',
      SHUTDOWN_TIMEOUT_MS: '1000',
      METRICS_ALLOW: '127.0.0.1',
    });
    try {
      const analyst = await stuck.user('reader', ['analyst'], 'internal');
      const waiting = stuck
        .client(analyst)('GET', '/timeline/KAZ', undefined, { 'X-Min-Position': '1000000000' })
        .catch((error: unknown) => codeOf(error));
      // In flight: the scrape itself and the waiting request.
      const inFlight = async () =>
        Number(
          /^chancery_http_requests_in_flight (\d+)$/m.exec(
            await (await fetch(`${stuck.url}/metrics`)).text(),
          )?.[1],
        );
      while ((await inFlight()) < 2) await new Promise((resolve) => setTimeout(resolve, 50));
      const signalledAt = Date.now();
      stuck.signal('SIGTERM');
      expect(await stuck.exited).toBe(1);
      expect(Date.now() - signalledAt).toBeLessThan(60_000);
      expect(stuck.stdout).toContain('"msg":"shutdown took too long: exiting now"');
      expect(await waiting).not.toHaveProperty('status');
    } finally {
      await stuck.stop();
      removeDir(dir);
    }
  });
});

function codeOf(error: unknown): string {
  const cause = (error as { cause?: { code?: string } }).cause;
  return cause?.code ?? (error instanceof Error ? error.message : String(error));
}
