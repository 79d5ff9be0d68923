import fc, { type Arbitrary } from 'fast-check';

/** The parts of an OpenAPI 3 document the generators read. */
export type Schema = {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  example?: unknown;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  allOf?: Schema[];
  oneOf?: Schema[];
  nullable?: boolean;
  minimum?: number;
  maximum?: number;
};
export type Parameter = { name: string; in: 'path' | 'query' | 'header'; schema?: Schema };
export type Operation = {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
};
export type OpenApi = {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
};

/** A number written into the JSON text as is: `JSON.stringify` would round it first. */
export class RawNumber {
  constructor(readonly text: string) {}
}

/** A value nested `depth` lists deep, written as text: building it would overflow on the way. */
export class Deep {
  constructor(readonly depth: number) {}
}

const LONE_HIGH = '\ud800';

/** Values a careless or hostile client sends, in place of any field. */
export const hostileValue: Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    [],
    {},
    [{}, {}],
    '',
    true,
    0,
    -1,
    'kaz',
    '2024-10-14T00:00:00Z',
    '0000-01-01',
    `text${LONE_HIGH}`,
    'nul\u0000byte',
    'x'.repeat(20_000),
    { kind: 'country', id: 'kaz' },
    new Deep(10_000),
    new Deep(33),
    new RawNumber('9007199254740993'),
    new RawNumber('1e21'),
    new RawNumber('0.1e-400'),
    new RawNumber('1e400'),
    new RawNumber('-0'),
    new RawNumber('99999999999999999999'),
  ),
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.integer(),
  fc.double(),
);

/** Query and path values a careless or hostile client sends, already URL-encoded. */
export const hostileParam: Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '99999999999999999999',
    '1e19',
    '-1',
    '0x10',
    ' 5',
    '',
    '%00',
    'a%00b',
    '%ED%A0%80',
    '%F0%9F%87%B0',
    '2024-10-14T00:00:00Z',
    '0000-01-01',
    'kaz',
    'KAZ',
    'x'.repeat(3_000),
    '..%2F..%2Fetc',
    'null',
    '%5B%5D',
  ),
  fc.string().map(encodeURIComponent),
);

/** Generates values of `schema`, resolving `$ref` within `doc`; `ids` stand in for any `…Id`. */
export function fromSchema(
  doc: OpenApi,
  schema: Schema,
  ids: Arbitrary<string>,
  name = '',
  depth = 0,
): Arbitrary<unknown> {
  if (schema.$ref) {
    const target = doc.components?.schemas?.[schema.$ref.split('/').pop()!] ?? {};
    return fromSchema(doc, target, ids, name, depth + 1);
  }
  if (schema.allOf?.length) return fromSchema(doc, schema.allOf[0], ids, name, depth + 1);
  if (schema.oneOf?.length)
    return fc.oneof(...schema.oneOf.map((one) => fromSchema(doc, one, ids, name, depth + 1)));
  const value = ofType(doc, schema, ids, name, depth);
  const nullable = schema.nullable ? fc.oneof(value, fc.constant(null)) : value;
  // The example is a valid value: taken most often, so that whole bodies get past validation.
  return schema.example === undefined
    ? nullable
    : fc.oneof(
        { weight: 3, arbitrary: fc.constant(schema.example) },
        { weight: 1, arbitrary: nullable },
      );
}

function ofType(
  doc: OpenApi,
  schema: Schema,
  ids: Arbitrary<string>,
  name: string,
  depth: number,
): Arbitrary<unknown> {
  if (schema.enum) return fc.constantFrom(...schema.enum);
  switch (schema.type) {
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -10, max: Math.min(schema.maximum ?? 1000, 1e6) });
    case 'number':
      return fc.oneof(
        fc.integer({ min: 0, max: 1e9 }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
      );
    case 'boolean':
      return fc.boolean();
    case 'array':
      return depth > 6
        ? fc.constant([])
        : fc.array(fromSchema(doc, schema.items ?? {}, ids, name, depth + 1), { maxLength: 3 });
    case 'object':
    case undefined: {
      if (!schema.properties) return schema.type ? fc.constant({}) : fc.string();
      if (depth > 6) return fc.constant({});
      const fields = Object.fromEntries(
        Object.entries(schema.properties).map(([key, field]) => [
          key,
          fromSchema(doc, field, ids, key, depth + 1),
        ]),
      );
      return fc.record(fields, { requiredKeys: schema.required ?? [] });
    }
    default:
      return /Ids?$/.test(name)
        ? ids
        : /(date|On|From|To|asOf|from|to)$/.test(name)
          ? fc.constantFrom('2024-10-14', '2024-02-29', '2023-02-29', '2024-10-14T09:00:00Z')
          : fc.string({ maxLength: 40 });
  }
}

/**
 * `value` with the thing at one of its places (chosen by `at`) replaced by `hostile`, or a field
 * added there when the place is an object and `at` says so.
 */
export function withHostile(
  generated: unknown,
  at: number,
  hostile: unknown,
  extraKey: string,
): unknown {
  // Generated values may share objects (an example) with other runs: change a copy.
  const value: unknown = structuredClone(generated);
  const places: Array<{ parent: object; key: string | number } | null> = [null];
  const pending = [value];
  while (pending.length > 0) {
    const current = pending.pop();
    if (current === null || typeof current !== 'object' || current instanceof RawNumber) continue;
    for (const [key, item] of Object.entries(current)) {
      places.push({ parent: current, key: Array.isArray(current) ? Number(key) : key });
      pending.push(item);
    }
    if (!Array.isArray(current)) places.push({ parent: current, key: extraKey });
  }
  const place = places[at % places.length];
  if (!place) return hostile;
  (place.parent as Record<string | number, unknown>)[place.key] = hostile;
  return value;
}

/** JSON text of `value`, writing `RawNumber`s and `Deep`s as they are meant. */
export function jsonText(value: unknown): string {
  if (value instanceof RawNumber) return value.text;
  if (value instanceof Deep) return `${'['.repeat(value.depth)}${']'.repeat(value.depth)}`;
  if (Array.isArray(value)) return `[${value.map(jsonText).join(',')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.entries(value)
      .map(([key, item]) => `${JSON.stringify(key)}:${jsonText(item)}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}
