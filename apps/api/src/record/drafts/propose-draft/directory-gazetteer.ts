import { COMMON_ORGANISATIONS, type Gazetteer, type GazetteerEntry } from '@chancery/drafting';
import type { Send } from '../../../../../cli/src/import/importer';

/** At most this many names looked up per text: a release names a few dozen at most. */
const MAX_LOOKUPS = 60;

type Entry = { name: string; detail: string | null };

/** Capitalised words and acronyms of the text, once each: what a name on record could start with. */
function candidateWords(text: string): string[] {
  const words = text.match(/\b\p{Lu}[\p{L}’'-]{2,}\b/gu) ?? [];
  return [...new Set(words)].slice(0, MAX_LOOKUPS);
}

const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const named = (text: string, words: string | null) =>
  !!words && new RegExp(`(^|[^\\p{L}])${escaped(words)}($|[^\\p{L}])`, 'u').test(text);

/**
 * The engine's gazetteer with the organisations on record that the text names (by name or
 * acronym), found through the directory as the caller may see it: "Sarens", "Cargolux" and "SES"
 * are then parties of the draft, coded as the importer finds them again. A directory still loading
 * (503) or refusing only leaves the built-in list.
 */
export async function directoryGazetteer(send: Send, text: string): Promise<Gazetteer> {
  const found = new Map<string, GazetteerEntry>();
  const replies = await Promise.all(
    candidateWords(text).map((w) =>
      send('GET', `/directory?q=${encodeURIComponent(w)}&kinds=organisation&limit=20`),
    ),
  );
  for (const reply of replies) {
    if (reply.status !== 200) continue;
    for (const e of reply.body.items as Entry[]) {
      if (!named(text, e.name) && !named(text, e.detail)) continue;
      const code = e.detail === 'EU' ? 'EU' : (e.detail ?? e.name);
      found.set(e.name, { name: e.name, acronym: e.detail, code });
    }
  }
  const known = [...found.values()];
  const common = COMMON_ORGANISATIONS.filter(
    (c) => !known.some((k) => k.name === c.name || (k.acronym && k.acronym === c.acronym)),
  );
  return { organisations: [...known, ...common] };
}
