import { InvalidAppendError } from '../../libs/event-store/src/errors';
import { validateAppend } from '../../libs/event-store/src/validate-append';
import { newEvent } from './fixtures';

describe('validating an append before it is queued', () => {
  const refusal = (streamId: unknown, events: unknown, expected: unknown = 'any') => {
    try {
      validateAppend(streamId, events, expected);
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidAppendError);
      return (error as InvalidAppendError).field;
    }
    throw new Error('the append was accepted');
  };

  it('serialises a valid event once, lower-casing its id', () => {
    const event = {
      ...newEvent(),
      id: 'A0B1C2D3-0000-4000-8000-00000000000F',
      data: { x: 1, skipped: undefined },
    };
    const [row] = validateAppend('mission', [event], 3);
    expect(row).toEqual({
      id: 'a0b1c2d3-0000-4000-8000-00000000000f',
      type: event.type,
      schemaVersion: 1,
      data: '{"x":1}',
      metadata: JSON.stringify(event.metadata),
    });
  });

  it.each([
    ['a blank stream name', '   ', [newEvent()], 'any', 'streamId'],
    ['no events', 'mission', [], 'any', 'events'],
    ['a negative expected revision', 'mission', [newEvent()], -1, 'expected'],
    ['an unknown expected revision', 'mission', [newEvent()], 'latest', 'expected'],
    [
      'a schema version of 0',
      'mission',
      [{ ...newEvent(), schemaVersion: 0 }],
      'any',
      'schemaVersion',
    ],
    ['the same id twice', 'mission', ((e) => [e, { ...e }])(newEvent()), 'any', 'id'],
    ['a function in the data', 'mission', [{ ...newEvent(), data: { f: () => 1 } }], 'any', 'data'],
    [
      'undefined inside an array',
      'mission',
      [{ ...newEvent(), data: { list: [undefined] } }],
      'any',
      'data',
    ],
    [
      'a class instance in the data',
      'mission',
      [{ ...newEvent(), data: { m: new Map() } }],
      'any',
      'data',
    ],
    [
      'metadata JSON cannot hold',
      'mission',
      [{ ...newEvent(), metadata: { big: BigInt(2) } }],
      'any',
      'metadata',
    ],
  ])('refuses %s', (_, streamId, events, expected, field) => {
    expect(refusal(streamId, events, expected)).toBe(field);
  });

  it('accepts the same object twice when it is not nested in itself', () => {
    const shared = { city: 'Geneva' };
    expect(() =>
      validateAppend('mission', [{ ...newEvent(), data: { from: shared, to: shared } }], 'any'),
    ).not.toThrow();
  });

  it('names the path to what JSON cannot hold, and a value nested in itself', () => {
    const append = (data: object) => () =>
      validateAppend('mission', [{ ...newEvent(), data: data as never }], 'any');
    expect(append({ a: [{ b: NaN }] })).toThrow(/data\.a\[0\]\.b holds NaN/);
    const self: Record<string, unknown> = {};
    self.self = [self];
    expect(append(self)).toThrow(/data\.self\[0\] refers to itself/);
  });
});
