import type { ReadModelReader, Row } from '@chancery/projections';

/*
 * Organisations' pledges roll up to where they belong: the country an organisation is based in
 * (`home_country`) and the organisation it is part of (`part_of`), at any depth. Read at query
 * time from a read model's registry of `parties`, so a corrected home country or parent moves
 * the roll-up at once, with no re-projection.
 */

/** Party keys: a country's is its alpha-3 code, an organisation's its id. */
const isCountryKey = (key: string) => /^[A-Z]{3}$/.test(key);

/** `key` and every organisation that rolls up to it (based in it, or part of it), visible ones only. */
export async function partiesUnder(
  reader: ReadModelReader,
  key: string,
  levels: readonly string[],
): Promise<string[]> {
  const visible = { kind: 'organisation', classification: { in: [...levels] } };
  const found = new Set([key]);
  let frontier = [key];
  while (frontier.length) {
    // Countries (alpha-3) have organisations based in them; organisations have parts.
    const countries = frontier.filter(isCountryKey);
    const organisations = frontier.filter((p) => !isCountryKey(p));
    const rows: Row[] = [
      ...(countries.length
        ? await reader.select('parties', { where: { ...visible, home_country: { in: countries } } })
        : []),
      ...(organisations.length
        ? await reader.select('parties', { where: { ...visible, part_of: { in: organisations } } })
        : []),
    ];
    frontier = [...new Set(rows.map((r) => String(r.party)))].filter((p) => !found.has(p));
    for (const party of frontier) found.add(party);
  }
  return [...found];
}

/** For each key, what it rolls up to (its home country, its parent and theirs), nearest first. */
export async function partiesAbove(
  reader: ReadModelReader,
  keys: readonly string[],
  levels: readonly string[],
): Promise<Map<string, string[]>> {
  const known = new Map<string, string[]>();
  let ask = [...new Set(keys)];
  while (ask.length) {
    const rows = await reader.select('parties', {
      where: { party: { in: ask }, kind: 'organisation', classification: { in: [...levels] } },
    });
    for (const key of ask) known.set(key, []);
    for (const r of rows) {
      const up = [r.home_country, r.part_of].filter((p): p is string => typeof p === 'string');
      known.set(String(r.party), up);
    }
    ask = [...new Set(rows.flatMap((r) => known.get(String(r.party)) ?? []))].filter(
      (p) => !known.has(p),
    );
  }
  const above = (key: string, seen = new Set<string>()): string[] => {
    const direct = (known.get(key) ?? []).filter((p) => !seen.has(p));
    for (const p of direct) seen.add(p);
    return [...direct, ...direct.flatMap((p) => above(p, seen))];
  };
  return new Map(keys.map((key) => [key, above(key, new Set([key]))]));
}
