import type { ReadModelReader } from '@chancery/projections';

/** Resolves `KAZ`, an organisation id, or an organisation's acronym (`EU`, `SES`) to a party key. */
export async function resolveParty(reader: ReadModelReader, given: string): Promise<string> {
  if ((await reader.count('parties', { party: given })) > 0) return given;
  const upper = given.toUpperCase();
  if ((await reader.count('parties', { party: upper, kind: 'country' })) > 0) return upper;
  const [org] = await reader.select('parties', {
    where: { acronym: upper, kind: 'organisation' },
    orderBy: [['party', 'asc']],
    limit: 1,
  });
  if (org) return String(org.party);
  return /^[A-Za-z]{3}$/.test(given) ? upper : given;
}

export async function partyNames(
  reader: ReadModelReader,
  keys: string[],
): Promise<Map<string, { kind: string; name: string }>> {
  const rows = keys.length
    ? await reader.select('parties', { where: { party: { in: [...new Set(keys)] } } })
    : [];
  return new Map(
    rows.map((r) => [String(r.party), { kind: String(r.kind), name: String(r.name) }]),
  );
}
