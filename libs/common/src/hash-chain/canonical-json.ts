/**
 * Canonical JSON as RFC 8785 (JCS) defines it for the values events hold (strings, finite numbers,
 * booleans, null, arrays, objects): object keys sorted by UTF-16 code units, no whitespace, and
 * numbers and strings serialised as ECMAScript's JSON.stringify does. Any JCS library reproduces it.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value)
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .sort();
    const members = keys.map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${members.join(',')}}`;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) throw new TypeError(`${value} has no JSON form`);
  return JSON.stringify(value);
}
