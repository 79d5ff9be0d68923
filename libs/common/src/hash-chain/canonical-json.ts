/**
 * Canonical JSON as RFC 8785 (JCS) defines it for the values events hold (strings, finite numbers,
 * booleans, null, arrays, objects): object keys sorted by UTF-16 code units, no whitespace, and
 * numbers and strings serialised as ECMAScript's JSON.stringify does. Any JCS library reproduces it.
 * Written as plain loops: every append hashes its events with it, on the request thread.
 */
export function canonicalJson(value: unknown): string {
  if (typeof value !== 'object' || value === null) {
    if (typeof value === 'number' && !Number.isFinite(value))
      throw new TypeError(`${value} has no JSON form`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i > 0 ? ',' : '') + canonicalJson(value[i]);
    return `${out}]`;
  }
  const object = value as Record<string, unknown>;
  let out = '{';
  for (const key of Object.keys(object).sort()) {
    const member = object[key];
    if (member === undefined) continue;
    out += `${out.length > 1 ? ',' : ''}${JSON.stringify(key)}:${canonicalJson(member)}`;
  }
  return `${out}}`;
}
