import type { FieldError } from './field-error';

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Why `text` cannot be kept as text, or null: a NUL byte, or half of a UTF-16 surrogate pair. */
export function hostileTextReason(text: string): string | null {
  if (text.includes('\0')) return 'must not contain a NUL character';
  if (LONE_SURROGATE.test(text))
    return 'must not contain a lone UTF-16 surrogate (not Unicode text)';
  return null;
}

/**
 * The first string anywhere in a parsed body, query or parameter that is not text, with its path
 * (`a.b[0].c`). Keys are checked as values are. Walked without recursion: depth is bounded by the
 * JSON parser, but a query or a form body is not parsed there.
 */
export function hostileText(value: unknown, root: string): FieldError | null {
  const pending: Array<[unknown, string]> = [[value, root]];
  while (pending.length > 0) {
    const [current, path] = pending.pop()!;
    if (typeof current === 'string') {
      const reason = hostileTextReason(current);
      if (reason) return { field: path || 'body', reason };
    } else if (Array.isArray(current)) {
      current.forEach((item, index) => pending.push([item, `${path}[${index}]`]));
    } else if (current !== null && typeof current === 'object') {
      for (const [key, item] of Object.entries(current)) {
        const field = path ? `${path}.${key}` : key;
        const reason = hostileTextReason(key);
        if (reason) return { field, reason: `its name ${reason}` };
        pending.push([item, field]);
      }
    }
  }
  return null;
}
