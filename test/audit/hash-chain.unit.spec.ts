import { createHash } from 'node:crypto';
import {
  canonicalJson,
  ChainChecker,
  chainEvents,
  eventHash,
  GENESIS_HASH,
} from '@chancery/common';
import type { NewEvent, RecordedEvent } from '@chancery/event-store';

const envelope = (id: string, data: Record<string, string | number>): NewEvent => ({
  id,
  type: 'MeetingCorrected',
  schemaVersion: 1,
  data,
  metadata: {
    correlationId: 'c-1',
    causationId: null,
    actor: 'alice',
    recordedAt: '2024-12-01T09:00:00.000Z',
  },
});

const recorded = (events: NewEvent[], streamId = 'meeting-m1'): RecordedEvent[] =>
  events.map((event, revision) => ({ ...event, streamId, revision, position: 10 + revision }));

describe('canonical JSON (RFC 8785 for JSON values)', () => {
  it('sorts keys at every depth and drops whitespace', () => {
    expect(canonicalJson({ b: [{ z: 1, a: 'x' }], a: null, c: { y: true, x: 1.5 } })).toBe(
      '{"a":null,"b":[{"a":"x","z":1}],"c":{"x":1.5,"y":true}}',
    );
  });

  it('orders keys by UTF-16 code units and escapes strings as JSON.stringify does', () => {
    expect(canonicalJson({ é: 1, z: 2, Z: 3, '\u20ac': '"q"\n' })).toBe(
      '{"Z":3,"z":2,"é":1,"€":"\\"q\\"\\n"}',
    );
  });

  it('gives the text (and so the hashes) that chains already stored were made with', () => {
    const meeting = {
      meetingId: 'm-1',
      date: '2024-10-14',
      title: null,
      place: { city: 'Luxembourg', country: 'LUX' },
      participants: [
        { party: { kind: 'person', id: 'p-1' }, side: { kind: 'country', id: 'KAZ' } },
        { party: { kind: 'person', id: 'p-2' }, side: { kind: 'country', id: 'LUX' } },
      ],
      topics: ['fintech', 'green-energy'],
      target: { value: 328, unit: 'settlements', amount: -1.5e-7, big: 1e21 },
      empty: {},
      none: [],
      skipped: undefined,
      é: 'Ü"\n\u2028',
      flag: false,
    };
    const text = canonicalJson(meeting);
    expect(text).toBe(
      '{"date":"2024-10-14","empty":{},"flag":false,"meetingId":"m-1","none":[],"participants":[{"party":{"id":"p-1","kind":"person"},"side":{"id":"KAZ","kind":"country"}},{"party":{"id":"p-2","kind":"person"},"side":{"id":"LUX","kind":"country"}}],"place":{"city":"Luxembourg","country":"LUX"},"target":{"amount":-1.5e-7,"big":1e+21,"unit":"settlements","value":328},"title":null,"topics":["fintech","green-energy"],"é":"Ü\\"\\n\u2028"}',
    );
    expect(createHash('sha256').update(text).digest('hex')).toBe(
      '4e49e06d7a801853978e067a9edb2031e023535aebe8e04ecfa43139f97e995c',
    );
  });

  it('refuses numbers JSON cannot hold', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(TypeError);
  });
});

describe('the hash chain', () => {
  const chained = recorded(
    chainEvents('meeting-m1', 0, GENESIS_HASH, [
      envelope('e1', { a: 1 }),
      envelope('e2', { a: 2 }),
    ]),
  );

  it('links revision 0 to genesis and each event to the one before', () => {
    expect(chained[0].metadata.prevHash).toBe(GENESIS_HASH);
    expect(chained[1].metadata.prevHash).toBe(chained[0].metadata.hash);
  });

  it('follows the documented recipe: sha256 of the canonical JSON of the event without its hash', () => {
    const [first] = chained;
    const { hash, ...metadata } = first.metadata;
    const recipe = canonicalJson({
      streamId: 'meeting-m1',
      revision: 0,
      id: 'e1',
      type: 'MeetingCorrected',
      schemaVersion: 1,
      data: { a: 1 },
      metadata,
      prevHash: GENESIS_HASH,
    });
    expect(hash).toBe(createHash('sha256').update(recipe).digest('hex'));
    expect(eventHash(first, GENESIS_HASH)).toBe(hash);
  });

  it('accepts an intact stream', () => {
    const checker = new ChainChecker();
    expect(chained.map((event) => checker.check(event))).toEqual([null, null]);
  });

  it('names the event whose content was changed, once', () => {
    const tampered = chained.map((event) => ({ ...event, data: { ...event.data } }));
    tampered[0].data.a = 99;
    const checker = new ChainChecker();
    const breaks = tampered.map((event) => checker.check(event));
    expect(breaks[0]).toMatchObject({
      streamId: 'meeting-m1',
      revision: 0,
      eventId: 'e1',
      reason: 'hash-mismatch',
    });
    expect(breaks[1]).toBeNull();
  });

  it('notices an event whose hash was recomputed but whose successor still points at the old one', () => {
    const forged = chained.map((event) => ({ ...event, metadata: { ...event.metadata } }));
    forged[0].data = { a: 99 };
    forged[0].metadata.hash = eventHash(forged[0], GENESIS_HASH);
    const checker = new ChainChecker();
    expect(checker.check(forged[0])).toBeNull();
    expect(checker.check(forged[1])).toMatchObject({ eventId: 'e2', reason: 'prev-hash-mismatch' });
  });

  it('notices a deleted event as a revision gap', () => {
    const checker = new ChainChecker();
    expect(checker.check(chained[1])).toMatchObject({ revision: 1, reason: 'revision-gap' });
  });

  it('requires a hash on every stream, the user directory included', () => {
    const plain = recorded([envelope('u1', { a: 1 })], 'user-alice');
    expect(new ChainChecker().check(plain[0])).toMatchObject({ reason: 'missing-hash' });
  });
});
