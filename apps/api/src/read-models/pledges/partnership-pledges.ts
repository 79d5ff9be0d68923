import type { ReadModelReader, Row } from '@chancery/projections';
import type { TopicNames } from '@chancery/read-models';
import { partiesAbove, partiesUnder } from './roll-up';
import { sameAsGroups } from './same-as-groups';

/**
 * Pledges in the partnership views: a pledge joins the pairs it names (pledger–beneficiary,
 * co-pledgers), and an organisation's pledges count for the country it is based in and the
 * organisation it is part of too. A group of same-as pledges counts once.
 */

async function pairRows(reader: ReadModelReader, parties: string[], levels: readonly string[]) {
  const visible = { classification: { in: [...levels] } };
  const rows = [
    ...(await reader.select('pledge_pairs', { where: { party: { in: parties }, ...visible } })),
    ...(await reader.select('pledge_pairs', {
      where: { counterpart: { in: parties }, ...visible },
    })),
  ];
  const unique = new Map(rows.map((r) => [`${r.party}|${r.counterpart}|${r.pledge_id}`, r]));
  return [...unique.values()];
}

/** How many pledges (same-as groups once) a party shares with each counterpart, rolled up. */
export async function pledgeCountsOf(
  reader: ReadModelReader,
  key: string,
  levels: readonly string[],
): Promise<Map<string, number>> {
  const under = new Set(await partiesUnder(reader, key, levels));
  const byOther = new Map<string, Set<string>>();
  for (const r of await pairRows(reader, [...under], levels)) {
    const [a, b] = [String(r.party), String(r.counterpart)];
    const other = under.has(a) ? b : a;
    if (under.has(other)) continue;
    byOther.set(other, (byOther.get(other) ?? new Set()).add(String(r.pledge_id)));
  }
  const above = await partiesAbove(reader, [...byOther.keys()], levels);
  for (const [other, ids] of [...byOther])
    for (const parent of above.get(other) ?? [])
      if (!under.has(parent))
        byOther.set(parent, new Set([...(byOther.get(parent) ?? []), ...ids]));
  const groups = await sameAsGroups(reader, new Set([...byOther.values()].flatMap((s) => [...s])));
  return new Map(
    [...byOther].map(([other, ids]) => [other, new Set([...ids].map((id) => groups.get(id))).size]),
  );
}

const ADVANCE = ['open', 'withdrawn', 'lapsed', 'fulfilled'];

/** The pledges between two parties (and what rolls up to each), as the partnership page lists them. */
export async function pledgesBetween(
  reader: ReadModelReader,
  a: string,
  b: string,
  levels: readonly string[],
  topics: TopicNames,
) {
  const [underA, underB] = [
    new Set(await partiesUnder(reader, a, levels)),
    new Set(await partiesUnder(reader, b, levels)),
  ];
  const joins = (x: string, y: string) =>
    (underA.has(x) && underB.has(y)) || (underA.has(y) && underB.has(x));
  const ids = new Set(
    (await pairRows(reader, [...underA], levels))
      .filter((r) => joins(String(r.party), String(r.counterpart)))
      .map((r) => String(r.pledge_id)),
  );
  const rows: Row[] = ids.size
    ? await reader.select('pledges', {
        where: { pledge_id: { in: [...ids] }, classification: { in: [...levels] } },
        orderBy: [['pledge_id', 'asc']],
      })
    : [];
  const groups = await sameAsGroups(reader, new Set(rows.map((r) => String(r.pledge_id))));
  const items = rows.map((r) => {
    const areas = topics.survivors((r.areas as string[] | null) ?? []);
    const pledgers = (r.pledgers as string[] | null) ?? [];
    return {
      pledgeId: String(r.pledge_id),
      pledger: pledgers[0] ?? null,
      pledgers,
      beneficiaries: r.beneficiaries,
      beneficiaryGroup: r.beneficiary_group,
      mutual: r.mutual === 1,
      area: areas[0] ?? null,
      areaLabel: areas[0] ? topics.label(areas[0]) : null,
      areas,
      commitment: r.commitment,
      level: r.level,
      status: r.status,
      targetDate: r.target_date,
      pledgedOn: r.pledged_on,
      sameAsGroup: groups.get(String(r.pledge_id)) ?? String(r.pledge_id),
      classification: r.classification,
    };
  });
  const standing = new Map<string, string>();
  for (const p of items) {
    const was = standing.get(p.sameAsGroup);
    const status = String(p.status);
    if (!was || ADVANCE.indexOf(status) > ADVANCE.indexOf(was)) standing.set(p.sameAsGroup, status);
  }
  const byStatus: Record<string, number> = {};
  for (const status of standing.values()) byStatus[status] = (byStatus[status] ?? 0) + 1;
  return { byStatus, projects: standing.size, items };
}
