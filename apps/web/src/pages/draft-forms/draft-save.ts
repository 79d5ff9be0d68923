import { ApiError } from '../../api/client';
import { topicVocabulary } from '../../ui/directory';
import { codeLabel } from '../../ui/words';

/** An item's value in the press-release shape (`shared/press-releases/*.expected.json`). */
export type Value = Record<string, unknown>;

/** Saves a value as the item's edit (`POST /drafts/:id/items/:path/edits`, If-Match the draft's revision). */
export type SaveValue = (value: Value) => Promise<void>;

/**
 * Saves the value; the API's `value.<field>` errors come back keyed by the form's own field names
 * (`value.what` → `commitment`), so each shows beside its field.
 */
export async function saveRenamed(
  save: SaveValue,
  value: Value,
  rename: (field: string) => string,
): Promise<void> {
  try {
    await save(value);
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
    const fields = Object.fromEntries(
      Object.entries(e.fields).map(([field, reason]) => [
        rename(field.replace(/^value\.?/, '')),
        reason,
      ]),
    );
    throw new ApiError(e.status, e.code, e.message, fields);
  }
}

/** Renames a field's head by a table: `participants[1].name` with `{ name: 'party' }` at the item level. */
export const renameBy = (table: Record<string, string>) => (field: string) => {
  const head = /^[A-Za-z_]+/.exec(field)?.[0] ?? field;
  return head in table ? `${table[head]}${field.slice(head.length)}` : field;
};

/** The topic vocabulary as two ways to look: words (label or slug) → slug, and slug → label. */
export async function topicWords(): Promise<{
  slugOf: (words: string) => string;
  labelOf: (slug: string) => string;
}> {
  const list = await topicVocabulary().catch(() => []);
  const fold = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();
  return {
    // A topic not in the vocabulary reads as words: the engine's `regional-cooperation` as `Regional cooperation`.
    slugOf: (words) =>
      list.find((t) => t.slug === words || fold(t.label) === fold(words))?.slug ??
      (/^[a-z]+(-[a-z]+)*$/.test(words) ? codeLabel(words) : words),
    labelOf: (slug) => list.find((t) => t.slug === slug)?.label ?? slug,
  };
}

/**
 * A list of the release's words as the form shows them (`shown`, one for one) and back: an entry
 * left as shown is the release's own again (`regional-cooperation`, not `Regional cooperation`), so
 * saving a form nobody changed changes nothing; a new one is written with `back`.
 */
export const keptWords =
  (original: string[], shown: string[]) =>
  (now: string[], back: (shown: string) => string): string[] =>
    now.map((words) => {
      const i = shown.indexOf(words);
      return i >= 0 ? original[i] : back(words);
    });

export const notStated = (text: unknown): string =>
  typeof text === 'string' && text !== 'not stated' ? text : '';
