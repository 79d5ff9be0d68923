import { EVENT_TYPE, STREAM_NAME } from '@kurrent/kurrentdb-client';
import type { RecordedEvent } from '@chancery/event-store';
import {
  describeEndpoint,
  normaliseConnectionString,
} from '../../libs/event-store/src/kurrentdb/connection-string';
import { toServerFilter } from '../../libs/event-store/src/kurrentdb/log-filter';
import { toPortPosition } from '../../libs/event-store/src/kurrentdb/positions';
import {
  describeTrouble,
  SubscriptionStatusRegistry,
} from '../../libs/event-store/src/kurrentdb/subscription-status';

const recorded = (streamId: string, type: string) => ({ streamId, type }) as RecordedEvent;

describe('connection strings', () => {
  it('turns the deprecated esdb schemes into kurrentdb ones and keeps the rest', () => {
    expect(normaliseConnectionString('esdb://node:2113?tls=false')).toBe(
      'kurrentdb://node:2113?tls=false',
    );
    expect(normaliseConnectionString('esdb+discover://a:2113,b:2113')).toBe(
      'kurrentdb+discover://a:2113,b:2113',
    );
    expect(normaliseConnectionString('kurrentdb+discover://a:2113')).toBe(
      'kurrentdb+discover://a:2113',
    );
    expect(() => normaliseConnectionString('http://node:2113')).toThrow(
      /EVENTSTORE_URL must start with/,
    );
  });

  it('describes the endpoint without credentials or options', () => {
    expect(describeEndpoint('kurrentdb://admin:changeit@node:2113?tls=false')).toBe(
      'kurrentdb://node:2113',
    );
  });
});

describe('global log filters sent to the server', () => {
  it('excludes system events when nothing else is asked', () => {
    const { server, residual } = toServerFilter(undefined);
    expect(server).toMatchObject({ filterOn: EVENT_TYPE, regex: '^[^$].*' });
    expect(residual).toBeNull();
  });

  it('sends event types as an anchored, escaped regex that no system type can match', () => {
    const { server } = toServerFilter({ eventTypes: ['Note.Sent', 'Envoy(Met)'] });
    expect(server).toMatchObject({ filterOn: EVENT_TYPE });
    const regex = new RegExp((server as { regex: string }).regex);
    expect(['Note.Sent', 'Envoy(Met)'].every((t) => regex.test(t))).toBe(true);
    expect(['NoteXSent', 'Note.Sent2', 'xNote.Sent', '$Note.Sent'].some((t) => regex.test(t))).toBe(
      false,
    );
  });

  it('sends prefixes as a stream-name prefix filter and drops system types itself', () => {
    const { server, residual } = toServerFilter({ streamPrefixes: ['embassy-'] });
    expect(server).toMatchObject({ filterOn: STREAM_NAME, prefixes: ['embassy-'] });
    expect(residual!(recorded('embassy-1', 'CableSent'))).toBe(true);
    expect(residual!(recorded('embassy-1', '$streamDeleted'))).toBe(false);
  });

  it('filters on type at the server and on prefix here when both are given', () => {
    const { server, residual } = toServerFilter({
      eventTypes: ['CableSent'],
      streamPrefixes: ['embassy-'],
    });
    expect(server).toMatchObject({ filterOn: EVENT_TYPE });
    expect(residual!(recorded('embassy-1', 'CableSent'))).toBe(true);
    expect(residual!(recorded('consulate-1', 'CableSent'))).toBe(false);
  });
});

describe('positions', () => {
  it('maps the commit position to a number, refusing one past 2^53 rather than rounding it', () => {
    expect(toPortPosition({ commit: 1234n, prepare: 1234n })).toBe(1234);
    expect(() => toPortPosition({ commit: 2n ** 53n, prepare: 2n ** 53n })).toThrow(
      /exceeds 2\^53/,
    );
  });
});

describe('subscription status registry', () => {
  it('reports a reconnecting subscription at once and a connecting one only once it stalls', () => {
    let now = 1_000;
    const registry = new SubscriptionStatusRegistry(5_000, () => now);
    const connecting = registry.open();
    const dropped = registry.open();
    registry.update(dropped, {
      state: 'reconnecting',
      reason: '14 UNAVAILABLE',
      attempts: 2,
      lastPosition: 42,
    });
    expect(registry.troubled().map((s) => s.id)).toEqual([dropped]);
    now += 6_000;
    expect(registry.troubled().map((s) => s.id)).toEqual([connecting, dropped]);
    expect(describeTrouble(registry.list()[1], now)).toBe(
      `subscription ${dropped} reconnecting for 6s (attempt 2, resuming after position 42): 14 UNAVAILABLE`,
    );
    registry.update(connecting, { state: 'live' });
    registry.close(dropped);
    expect(registry.troubled()).toEqual([]);
  });
});
