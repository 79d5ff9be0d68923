import {
  jsonEvent,
  KurrentDBClient,
  StreamNotFoundError,
  WrongExpectedVersionError,
  type ReadStreamOptions,
} from '@kurrent/kurrentdb-client';
import { KurrentDbDouble } from './double/kurrentdb-double';
import { rejectionOf, uniqueName } from './support';

/**
 * The double answers as the real server does where the adapter's tests rely on it, checked through
 * the official client: expected revisions on delete and tombstone, the read limits a stream's
 * metadata sets, and an idempotent `any` append that costs the same on a long stream.
 */
describe('the KurrentDB wire double behaves as the server', () => {
  let now = Date.UTC(2026, 11, 2, 9, 0, 0);
  let server: KurrentDbDouble;
  let client: KurrentDBClient;

  beforeAll(async () => {
    server = await KurrentDbDouble.start({ clock: () => now });
    client = KurrentDBClient.connectionString(server.connectionString());
  });
  afterAll(async () => {
    await client.dispose();
    await server.stop();
  });

  const events = (count: number) =>
    Array.from({ length: count }, (_, i) => jsonEvent({ type: 'NoteTaken', data: { i } }));
  const revisions = async (stream: string, options?: ReadStreamOptions) => {
    const read: bigint[] = [];
    for await (const { event } of client.readStream(stream, options)) read.push(event!.revision);
    return read;
  };

  describe('delete and tombstone honour the expected revision', () => {
    for (const operation of ['deleteStream', 'tombstoneStream'] as const) {
      it(`${operation} refuses a wrong exact revision and leaves the stream readable`, async () => {
        const stream = uniqueName('mission-');
        await client.appendToStream(stream, events(3));

        const error = await rejectionOf(client[operation](stream, { expectedRevision: 1n }));

        expect(error).toBeInstanceOf(WrongExpectedVersionError);
        expect(error).toMatchObject({ streamName: stream, expectedState: 1n, actualState: 2n });
        expect(await revisions(stream)).toEqual([0n, 1n, 2n]);
      });

      it(`${operation} refuses no_stream on a stream that exists`, async () => {
        const stream = uniqueName('mission-');
        await client.appendToStream(stream, events(1));

        const error = await rejectionOf(
          client[operation](stream, { expectedRevision: 'no_stream' }),
        );

        expect(error).toBeInstanceOf(WrongExpectedVersionError);
        expect(await revisions(stream)).toEqual([0n]);
      });

      it(`${operation} succeeds with the stream's last revision`, async () => {
        const stream = uniqueName('mission-');
        await client.appendToStream(stream, events(2));
        await client[operation](stream, { expectedRevision: 1n });
        expect(await rejectionOf(revisions(stream))).toBeDefined();
      });
    }

    it('refuses an exact revision on a stream that was never written', async () => {
      const stream = uniqueName('mission-');
      const error = await rejectionOf(client.deleteStream(stream, { expectedRevision: 0n }));
      expect(error).toBeInstanceOf(WrongExpectedVersionError);
    });
  });

  describe('stream metadata limits what a stream read returns', () => {
    it('$maxCount keeps only the last N events, forwards and backwards', async () => {
      const stream = uniqueName('dispatch-');
      await client.appendToStream(stream, events(5));
      await client.setStreamMetadata(stream, { maxCount: 2 });

      expect(await revisions(stream)).toEqual([3n, 4n]);
      expect(await revisions(stream, { direction: 'backwards', fromRevision: 'end' })).toEqual([
        4n,
        3n,
      ]);
      expect(await revisions(stream, { fromRevision: 1n, maxCount: 1 })).toEqual([3n]);
    });

    it('$tb hides the revisions before it, and a stream truncated whole is empty, not missing', async () => {
      const stream = uniqueName('dispatch-');
      await client.appendToStream(stream, events(4));
      await client.setStreamMetadata(stream, { truncateBefore: 2 });
      expect(await revisions(stream)).toEqual([2n, 3n]);

      await client.setStreamMetadata(stream, { truncateBefore: 10 });
      expect(await revisions(stream)).toEqual([]);
      // Appends still see the stream's real last revision.
      const appended = await client.appendToStream(stream, events(1), { streamState: 3n });
      expect(appended.nextExpectedRevision).toBe(4n);
    });

    it('$maxAge hides events older than that many seconds', async () => {
      const stream = uniqueName('dispatch-');
      await client.appendToStream(stream, events(2));
      now += 2 * 3_600_000;
      await client.appendToStream(stream, events(1));
      await client.setStreamMetadata(stream, { maxAge: 3_600 });

      expect(await revisions(stream)).toEqual([2n]);
    });

    it('a later metadata event replaces the earlier limits', async () => {
      const stream = uniqueName('dispatch-');
      await client.appendToStream(stream, events(3));
      await client.setStreamMetadata(stream, { maxCount: 1 });
      await client.setStreamMetadata(stream, {});
      expect(await revisions(stream)).toEqual([0n, 1n, 2n]);
    });

    it('a soft-deleted stream still reads as not found', async () => {
      const stream = uniqueName('dispatch-');
      await client.appendToStream(stream, events(2));
      await client.deleteStream(stream);
      expect(await rejectionOf(revisions(stream))).toBeInstanceOf(StreamNotFoundError);
    });
  });

  describe("idempotent appends with expected state 'any'", () => {
    const LONG = 100_000;
    const APPENDS = 150;

    const long = uniqueName('archive-');
    let ids: string[];

    beforeAll(() => {
      // Written straight into the double's log, in one write: through the client it takes minutes.
      const data = Buffer.from('{}');
      const seeded = Array.from({ length: LONG }, () => ({
        id: crypto.randomUUID(),
        type: 'NoteTaken',
        contentType: 'application/json',
        data,
        customMetadata: new Uint8Array(),
      }));
      server.log.write(long, seeded, { kind: 'no_stream' });
      ids = seeded.map((e) => e.id);
    });

    it('recognises a retried event deep in a long stream and writes nothing', async () => {
      const before = server.log.records.length;

      const retry = jsonEvent({ id: ids[LONG / 2], type: 'NoteTaken', data: {} });
      const result = await client.appendToStream(long, retry, { streamState: 'any' });

      expect(result.nextExpectedRevision).toBe(BigInt(LONG / 2));
      expect(server.log.records.length).toBe(before);
    });

    it('costs no more per append on a long stream than on a new one', async () => {
      const fresh = uniqueName('archive-');
      const timeAppends = async (stream: string) => {
        const started = process.hrtime.bigint();
        await Promise.all(
          events(APPENDS).map((e) => client.appendToStream(stream, e, { streamState: 'any' })),
        );
        return Number(process.hrtime.bigint() - started) / 1e6;
      };
      await timeAppends(uniqueName('warm-up-'));

      // Each side twice, interleaved, so load from elsewhere on the machine falls on both.
      let onFresh = 0;
      let onLong = 0;
      for (let round = 0; round < 2; round++) {
        onFresh += await timeAppends(fresh);
        onLong += await timeAppends(long);
      }

      // A scan of the stream for the first event's id made the long side 8 to 10 times slower.
      expect(onLong).toBeLessThan(3 * onFresh);
    });
  });
});
