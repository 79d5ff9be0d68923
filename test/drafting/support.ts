import { draftFromText, type Draft, type Proposed, type SourceMeta } from '@chancery/drafting';

export const PUBLISHED_MONDAY = '2024-10-14'; // a Monday

export function draft(text: string, meta: SourceMeta = {}): Draft {
  return draftFromText(text, { published: PUBLISHED_MONDAY, ...meta });
}

/** The words of the text a proposed value points at. */
export const words = (text: string, p: Proposed<unknown>) =>
  p.span ? text.slice(p.span[0], p.span[1]) : null;

/** Every proposed value in a draft, wherever it sits. */
export function proposals(value: unknown, out: Proposed<unknown>[] = []): Proposed<unknown>[] {
  if (Array.isArray(value)) value.forEach((v) => proposals(v, out));
  else if (value && typeof value === 'object') {
    if ('stated' in value && 'value' in value && 'span' in value)
      out.push(value as Proposed<unknown>);
    else Object.values(value).forEach((v) => proposals(v, out));
  }
  return out;
}
