import type { AggregateQuery, ReadModelReader, Row, Where } from '@chancery/projections';
import { sortedPair, titleAt, TopicNames, type PositionRow } from '@chancery/read-models';
import { partyNames, resolveParty } from '../shared/parties';
import { visiblePosts } from '../shared/visible-posts';

export interface PartnershipSummary {
  party: string;
  counterpart: string;
  counterpartName: string | null;
  counterpartKind: string | null;
  engagements: number;
  pledges: number;
  /** Null for a partnership of pledges or indicators alone, with no engagement yet. */
  firstContact: string | null;
  lastContact: string | null;
}

type Figures = Pick<PartnershipSummary, 'engagements' | 'pledges' | 'firstContact' | 'lastContact'>;

/** Each pair is stored once, the lower key as `party`: the counterparts of a party are on both sides. */
const SIDES = [
  ['party', 'counterpart'],
  ['counterpart', 'party'],
] as const;

type Person = { personId: string; side: string; role: string | null };

/** A partnership with every list whole: what the page and its list pages are cut from. */
export type PartnershipDetail = NonNullable<Awaited<ReturnType<PartnershipQueries['detail']>>>;

/**
 * Every figure is computed from rows filtered by classification, never from stored counters.
 * Over any partnerships reader: the live engine's (asked for per query, since a rebuild's
 * takeover swaps it) or one replayed in memory for an audit.
 */
export class PartnershipQueries {
  constructor(private readonly partnerships: () => ReadModelReader) {}

  private get reader(): ReadModelReader {
    return this.partnerships();
  }

  /** Every counterpart the party shares an engagement, a pledge or an indicator with (as `detail` answers for). */
  async list(party: string, levels: string[], limit: number, offset: number) {
    const key = await resolveParty(this.reader, party, levels);
    const found = new Map<string, Figures>();
    const of = (counterpart: unknown) => {
      const name = String(counterpart);
      let figures = found.get(name);
      if (!figures) {
        figures = { engagements: 0, pledges: 0, firstContact: null, lastContact: null };
        found.set(name, figures);
      }
      return figures;
    };
    for (const [own, other] of SIDES) {
      const where = { [own]: key, classification: { in: levels } };
      const engaged = await this.reader.aggregate('engagements', {
        where,
        groupBy: [other],
        measures: { n: ['count', '*'], first: ['min', 'date'], last: ['max', 'date'] },
      });
      for (const row of engaged) {
        const figures = of(row[other]);
        figures.engagements += Number(row.n);
        figures.firstContact = earliest(figures.firstContact, String(row.first));
        figures.lastContact = latest(figures.lastContact, String(row.last));
      }
      const count: AggregateQuery = { groupBy: [other], measures: { n: ['count', '*'] } };
      for (const row of await this.reader.aggregate('pledges', { where, ...count }))
        of(row[other]).pledges += Number(row.n);
      for (const row of await this.reader.aggregate('indicators', { where, ...count }))
        of(row[other]);
    }
    const rows = [...found].sort(
      ([a, x], [b, y]) => y.engagements - x.engagements || a.localeCompare(b),
    );
    const page = rows.slice(offset, offset + limit);
    const names = await partyNames(
      this.reader,
      page.map(([counterpart]) => counterpart),
      levels,
    );
    const items: PartnershipSummary[] = page.map(([counterpart, figures]) => ({
      party: key,
      counterpart,
      counterpartName: names.get(counterpart)?.name ?? null,
      counterpartKind: names.get(counterpart)?.kind ?? null,
      ...figures,
    }));
    return { party: key, items, total: rows.length, limit, offset };
  }

  async detail(a: string, b: string, levels: string[], today: string) {
    const [party, counterpart] = [
      await resolveParty(this.reader, a, levels),
      await resolveParty(this.reader, b, levels),
    ];
    const [low, high] = sortedPair(party, counterpart);
    const pair = { party: low, counterpart: high, classification: { in: levels } };
    const engagements = await this.reader.select('engagements', {
      where: pair,
      orderBy: [
        ['date', 'desc'],
        ['record_id', 'asc'],
      ],
    });
    const topics = await TopicNames.of(this.reader);
    const pledges = (await this.pledges(pair)).map((p) => ({
      ...p,
      area: topics.survivor(p.area),
      areaLabel: topics.label(p.area),
    }));
    const indicators = await this.reader.select('indicators', {
      where: pair,
      orderBy: [['record_id', 'asc']],
    });
    if (!engagements.length && !pledges.length && !indicators.length) return null;
    const followUps = await this.followUps(engagements, pledges, levels, today);
    const names = await partyNames(this.reader, [party, counterpart], levels);
    const dates = engagements.map((e) => String(e.date)).sort();
    return {
      parties: [party, counterpart].map((p) => ({
        party: p,
        kind: names.get(p)?.kind ?? null,
        name: names.get(p)?.name ?? null,
      })),
      engagements: {
        count: engagements.length,
        firstContact: dates[0] ?? null,
        lastContact: dates[dates.length - 1] ?? null,
        items: engagements.map((e) => ({
          recordId: e.record_id,
          kind: e.kind,
          date: e.date,
          title: e.title,
          format: e.format,
          topics: topics.survivors(e.topics as string[]),
          classification: e.classification,
        })),
      },
      areasOfCooperation: areas(engagements, pledges, topics),
      pledges: {
        byStatus: countBy(pledges, (p) => String(p.status)),
        items: pledges,
      },
      followUps,
      keyPeople: await this.keyPeople(engagements, party, counterpart, levels),
      indicators: indicators.map((i) => ({
        recordId: i.record_id,
        measures: i.measures,
        figure: i.figure,
        period: i.period,
        classification: i.classification,
      })),
    };
  }

  private async pledges(pair: Record<string, unknown>) {
    const rows = await this.reader.select('pledges', {
      where: pair as never,
      orderBy: [['pledge_id', 'asc']],
    });
    return rows.map((r) => ({
      pledgeId: String(r.pledge_id),
      pledger: r.pledger,
      area: String(r.area),
      commitment: r.commitment,
      level: r.level,
      status: r.status,
      targetDate: r.target_date,
      classification: r.classification,
    }));
  }

  private async followUps(
    engagements: Row[],
    pledges: Array<{ pledgeId: string }>,
    levels: string[],
    today: string,
  ) {
    const found = new Map<string, Row>();
    const meetingIds = engagements
      .filter((e) => e.kind === 'meeting')
      .map((e) => String(e.record_id));
    for (const [column, ids] of [
      ['meeting_id', meetingIds],
      ['pledge_id', pledges.map((p) => p.pledgeId)],
    ] as const) {
      if (!ids.length) continue;
      const rows = await this.reader.select('follow_ups', {
        where: { [column]: { in: ids }, classification: { in: levels } },
      });
      for (const r of rows) found.set(String(r.follow_up_id), r);
    }
    const open = [...found.values()]
      .filter((f) => f.status === 'open')
      .sort(
        (x, y) =>
          String(x.due_date).localeCompare(String(y.due_date)) ||
          String(x.follow_up_id).localeCompare(String(y.follow_up_id)),
      )
      .map((f) => ({
        followUpId: f.follow_up_id,
        action: f.action,
        assignee: f.assignee,
        dueDate: f.due_date,
        overdue: String(f.due_date) < today,
        meetingId: f.meeting_id,
        pledgeId: f.pledge_id,
        classification: f.classification,
      }));
    return { open: open.length, overdue: open.filter((f) => f.overdue).length, items: open };
  }

  /**
   * People who took part, per side, with the title they held at their latest engagement in this
   * partnership; a person whose record is above the caller's clearance is left out, and so is a
   * post held at a party above it.
   */
  private async keyPeople(
    engagements: Row[],
    party: string,
    counterpart: string,
    levels: string[],
  ) {
    const seen = new Map<
      string,
      { personId: string; side: string; engagements: number; lastSeen: string; role: string | null }
    >();
    for (const e of [...engagements].reverse()) {
      for (const p of (e.people as Person[]) ?? []) {
        if (p.side !== party && p.side !== counterpart) continue;
        const k = `${p.side}|${p.personId}`;
        const entry = seen.get(k) ?? {
          personId: p.personId,
          side: p.side,
          engagements: 0,
          lastSeen: String(e.date),
          role: p.role,
        };
        entry.engagements++;
        entry.lastSeen = String(e.date);
        seen.set(k, entry);
      }
    }
    const ids = [...new Set([...seen.values()].map((p) => p.personId))];
    const people = await this.byId('people', 'person_id', ids, levels);
    const positions = await visiblePosts(
      this.reader,
      ids.length
        ? await this.reader.select('positions', { where: { person_id: { in: ids } } })
        : [],
      levels,
    );
    return [...seen.values()]
      .filter((p) => people.has(p.personId))
      .sort(
        (x, y) =>
          y.engagements - x.engagements ||
          x.side.localeCompare(y.side) ||
          x.personId.localeCompare(y.personId),
      )
      .map((p) => ({
        ...p,
        name: people.get(p.personId)?.name ?? null,
        title: titleAt(
          positions.filter((r) => r.person_id === p.personId) as unknown as PositionRow[],
          p.lastSeen,
          p.side,
        ),
      }));
  }

  private async byId(
    table: string,
    column: string,
    ids: string[],
    levels?: string[],
  ): Promise<Map<string, Row>> {
    const visible: Where = levels ? { classification: { in: levels } } : {};
    const rows = ids.length
      ? await this.reader.select(table, { where: { [column]: { in: ids }, ...visible } })
      : [];
    return new Map(rows.map((r) => [String(r[column]), r]));
  }
}

function countBy<T>(items: T[], keyOf: (item: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) out[keyOf(item)] = (out[keyOf(item)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

/** Areas of cooperation: topics discussed at engagements and areas of pledges, with counts. */
function areas(engagements: Row[], pledges: Array<{ area: string }>, topics: TopicNames) {
  type Area = { area: string; label: string; engagements: number; pledges: number };
  const counts = new Map<string, Area>();
  const bump = (given: string, field: 'engagements' | 'pledges') => {
    const area = topics.survivor(given);
    const entry = counts.get(area) ?? {
      area,
      label: topics.label(area),
      engagements: 0,
      pledges: 0,
    };
    entry[field]++;
    counts.set(area, entry);
  };
  for (const e of engagements)
    for (const t of topics.survivors((e.topics as string[]) ?? [])) bump(t, 'engagements');
  for (const p of pledges) bump(p.area, 'pledges');
  return [...counts.values()].sort(
    (x, y) =>
      y.engagements + y.pledges - (x.engagements + x.pledges) || x.area.localeCompare(y.area),
  );
}

const earliest = (a: string | null, b: string) => (a === null || b < a ? b : a);
const latest = (a: string | null, b: string) => (a === null || b > a ? b : a);
