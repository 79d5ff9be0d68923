import type { FastifyRequest } from 'fastify';
import type { ReadModelReader } from '@chancery/projections';
import type { ReadModelEngine } from './engine.provider';
import type { ReadYourWrites } from './read-your-writes';

/**
 * Resolves `KAZ`, an organisation id, or an organisation's acronym (`EU`, `SES`) to a party key,
 * among the parties the caller may see: an acronym never leads to a party above their clearance.
 */
export async function resolveParty(
  reader: ReadModelReader,
  given: string,
  levels: readonly string[],
): Promise<string> {
  const visible = { classification: { in: [...levels] } };
  if ((await reader.count('parties', { party: given, ...visible })) > 0) return given;
  const upper = given.toUpperCase();
  if ((await reader.count('parties', { party: upper, kind: 'country', ...visible })) > 0)
    return upper;
  const [org] = await reader.select('parties', {
    where: { acronym: upper, kind: 'organisation', ...visible },
    orderBy: [['party', 'asc']],
    limit: 1,
  });
  if (org) return String(org.party);
  return /^[A-Za-z]{3}$/.test(given) ? upper : given;
}

/**
 * `resolveParty` for a query on a read model that keeps no parties of its own (timeline, pledges):
 * the dossiers' registry answers, once it has applied the position the query waits for, so an
 * organisation registered just before is found by its acronym too.
 */
export async function registryResolver(
  engine: ReadModelEngine,
  consistency: ReadYourWrites,
  request: FastifyRequest,
  minPosition: number | undefined,
  levels: readonly string[],
): Promise<(given: string) => Promise<string>> {
  await consistency.reach('dossiers', request, minPosition);
  const reader = engine.reader('dossiers');
  return (given) => resolveParty(reader, given, levels);
}

/** Names and kinds of the parties the caller may see; a party above their clearance stays unnamed. */
export async function partyNames(
  reader: ReadModelReader,
  keys: string[],
  levels: readonly string[],
): Promise<Map<string, { kind: string; name: string }>> {
  const rows = keys.length
    ? await reader.select('parties', {
        where: { party: { in: [...new Set(keys)] }, classification: { in: [...levels] } },
      })
    : [];
  return new Map(
    rows.map((r) => [String(r.party), { kind: String(r.kind), name: String(r.name) }]),
  );
}
