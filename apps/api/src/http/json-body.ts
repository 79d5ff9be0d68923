import type { FieldError } from './validation';

/** Deeper than any request the API takes (a meeting's deepest field is 3 levels down). */
export const MAX_JSON_DEPTH = 32;

const STRING = /"(?:[^"\\]|\\.)*"/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;

type Frame = { array: true; index: number } | { array: false; key: string | undefined };

/**
 * What is wrong with a JSON text that parsed, or null: nesting deeper than `maxDepth` (refused here,
 * before class-transformer recurses through it and runs out of stack), or a number whose value is not
 * the decimal written (`9007199254740993`, `0.1e-400` silently becoming 0, `1e400`). One pass over
 * the text; the field is named with the path the validation pipe uses (`a.b[0].c`).
 */
export function jsonTextProblem(text: string, maxDepth = MAX_JSON_DEPTH): FieldError | null {
  const frames: Frame[] = [];
  let lastString = '';
  for (let i = 0; i < text.length;) {
    const c = text[i];
    if (c === '"') {
      STRING.lastIndex = i;
      STRING.exec(text);
      lastString = text.slice(i, STRING.lastIndex);
      i = STRING.lastIndex;
      continue;
    }
    if (c === '{' || c === '[') {
      if (frames.length === maxDepth)
        return {
          field: pathOf(frames) || 'body',
          reason: `is nested deeper than ${maxDepth} levels`,
        };
      frames.push(c === '[' ? { array: true, index: 0 } : { array: false, key: undefined });
    } else if (c === '}' || c === ']') frames.pop();
    else if (c === ':') (frames[frames.length - 1] as { key?: string }).key = lastString;
    else if (c === ',') {
      const top = frames[frames.length - 1];
      if (top.array) top.index++;
    } else if (c === '-' || (c >= '0' && c <= '9')) {
      NUMBER.lastIndex = i;
      NUMBER.exec(text);
      const token = text.slice(i, NUMBER.lastIndex);
      if (!heldExactly(token))
        return {
          field: pathOf(frames) || 'body',
          reason: `${token} cannot be held exactly: write at most 15 significant digits`,
        };
      i = NUMBER.lastIndex;
      continue;
    }
    i++;
  }
  return null;
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

function pathOf(frames: Frame[]): string {
  let path = '';
  for (const frame of frames) {
    if (frame.array) path += `[${frame.index}]`;
    else if (frame.key !== undefined) {
      const key = JSON.parse(frame.key) as string;
      path += path ? `.${key}` : key;
    }
  }
  return path;
}
