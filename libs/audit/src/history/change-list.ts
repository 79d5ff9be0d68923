import { canonicalJson } from '@chancery/common';

/** One field that an event changed: `record.topics`, before and after (absent: undefined → null). */
export type FieldChange = { path: string; before: unknown; after: unknown };

/**
 * The fields that differ between two states, as dotted paths. Objects are walked into; arrays and
 * scalars are compared whole (a list of topics reads better as before/after than index by index).
 */
export function changeList(before: unknown, after: unknown, path = ''): FieldChange[] {
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((key) => changeList(before[key], after[key], path ? `${path}.${key}` : key));
  }
  if (canonicalJson(before ?? null) === canonicalJson(after ?? null)) return [];
  return [{ path: path || '(record)', before: before ?? null, after: after ?? null }];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
