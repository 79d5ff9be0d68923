import { hostileTextReason } from './hostile-text';
import type { FieldError } from './field-error';

/** Bodies `jsonTextProblem` found nothing wrong with: their text need not be checked again. */
const checked = new WeakSet<object>();
export const markTextChecked = (body: unknown) => {
  if (body !== null && typeof body === 'object') checked.add(body);
};
export const isTextChecked = (body: unknown) =>
  body !== null && typeof body === 'object' && checked.has(body);

/** Deeper than any request the API takes (a meeting's deepest field is 3 levels down). */
export const MAX_JSON_DEPTH = 32;

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;

/** A key is kept as where it is written; it is decoded only to name a field in a refusal. */
type Frame = { array: true; index: number } | { array: false; key: [number, number] | undefined };

/**
 * What is wrong with a JSON text that parsed, or null: nesting deeper than `maxDepth` (refused here,
 * before class-transformer recurses through it and runs out of stack); a number whose value is not
 * the decimal written (`9007199254740993`, `0.1e-400` silently becoming 0, `1e400`); a NUL or a
 * lone surrogate in a string (in JSON text they can only be written as `\u` escapes). One pass
 * over the text; the field is named with the path the validation pipe uses (`a.b[0].c`).
 */
export function jsonTextProblem(text: string, maxDepth = MAX_JSON_DEPTH): FieldError | null {
  const frames: Frame[] = [];
  const escapes = text.includes('\\u');
  let last: [number, number] = [0, 0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      const end = closingQuote(text, i);
      last = [i, end + 1];
      if (escapes) {
        const reason = hostileTextReason(JSON.parse(text.slice(i, end + 1)) as string);
        if (reason && /^\s*:/.test(text.slice(end + 1, end + 64))) {
          const holder: Frame[] = [...frames.slice(0, -1), { array: false, key: undefined }];
          return { field: pathOf(text, holder) || 'body', reason: `a field name in it ${reason}` };
        }
        if (reason) return { field: pathOf(text, frames) || 'body', reason };
      }
      i = end;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (frames.length === maxDepth)
        return {
          field: pathOf(text, frames) || 'body',
          reason: `is nested deeper than ${maxDepth} levels`,
        };
      frames.push(c === 0x5b ? { array: true, index: 0 } : { array: false, key: undefined });
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) frames.pop();
    else if (c === 0x3a /* : */)
      (frames[frames.length - 1] as { key?: [number, number] }).key = last;
    else if (c === 0x2c /* , */) {
      const top = frames[frames.length - 1];
      if (top.array) top.index++;
    } else if (c === 0x2d /* - */ || (c >= 0x30 && c <= 0x39)) {
      NUMBER.lastIndex = i;
      NUMBER.exec(text);
      const token = text.slice(i, NUMBER.lastIndex);
      if (!heldExactly(token))
        return {
          field: pathOf(text, frames) || 'body',
          reason: `${token} cannot be held exactly: write at most 15 significant digits`,
        };
      i = NUMBER.lastIndex - 1;
    }
  }
  return null;
}

/** Where the string opened at `open` closes: the next quote not escaped by a backslash. */
function closingQuote(text: string, open: number): number {
  let end = text.indexOf('"', open + 1);
  for (;;) {
    let backslashes = 0;
    while (text.charCodeAt(end - 1 - backslashes) === 0x5c) backslashes++;
    if (backslashes % 2 === 0) return end;
    end = text.indexOf('"', end + 1);
  }
}

/** Whether the number parsed from `token` is the decimal `token` writes (`1.50` is 1.5: yes). */
export function heldExactly(token: string): boolean {
  const value = Number(token);
  return Number.isFinite(value) && decimal(token) === decimal(String(value));
}

/** `digits e exponent`, without leading or trailing zeros: one spelling for each decimal. */
function decimal(written: string): string {
  const [, sign, whole, fraction = '', exponent = '0'] = DECIMAL.exec(written) ?? [];
  let digits = (whole + fraction).replace(/^0+/, '');
  if (digits === '') return '0';
  let power = Number(exponent) - fraction.length;
  const trailing = /0+$/.exec(digits)?.[0].length ?? 0;
  digits = digits.slice(0, digits.length - trailing);
  power += trailing;
  return `${sign}${digits}e${power}`;
}

/** The path of the value being read (a key being read is named as the value before it). */
function pathOf(text: string, frames: Frame[]): string {
  let path = '';
  for (const frame of frames) {
    if (frame.array) path += `[${frame.index}]`;
    else if (frame.key !== undefined) {
      const key = JSON.parse(text.slice(...frame.key)) as string;
      path += path ? `.${key}` : key;
    }
  }
  return path;
}
