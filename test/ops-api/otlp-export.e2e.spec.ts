import { createServer, type Server } from 'node:http';
import { loadSeedVisit } from '../../examples/seed-visit/load';
import { ApiProcess, describeProcess, removeDir, tempDataDir } from './support/api-process';

jest.setTimeout(120_000);

/**
 * With OTEL_EXPORTER_OTLP_ENDPOINT set, a real API process sends its spans there over OTLP/HTTP
 * (JSON), the last batch at shutdown.
 */
describeProcess('traces exported over OTLP/HTTP', () => {
  const dataDir = tempDataDir();
  const received: Array<{ url: string; body: string }> = [];
  let collector: Server;
  let api: ApiProcess | undefined;

  beforeAll(async () => {
    collector = createServer((request, response) => {
      let body = '';
      request.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      request.on('end', () => {
        received.push({ url: request.url ?? '', body });
        response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((done) => collector.listen(0, '127.0.0.1', done));
  });
  afterAll(async () => {
    await api?.stop();
    collector.close();
    removeDir(dataDir);
  });

  it('sends the spans of the requests it served to the collector', async () => {
    const { port } = collector.address() as { port: number };
    api = await ApiProcess.start({
      DATA_DIR: dataDir,
      OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}`,
    });
    await loadSeedVisit(api.client(await api.user('tracer', ['recorder'], 'internal')));
    api.signal('SIGTERM');
    expect(await api.exited).toBe(0);
    const sent = received.map((r) => r.body).join('\n');
    expect(received.every((r) => r.url === '/v1/traces')).toBe(true);
    for (const name of ['POST /meetings', 'command RecordMeeting', 'event-store append'])
      expect(sent).toContain(`"name":"${name}"`);
  });
});
