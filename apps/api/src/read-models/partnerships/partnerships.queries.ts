import type { AggregateQuery, ReadModelReader, Row, Where } from '@chancery/projections';
import {
  OPEN_END,
  OPEN_START,
  sortedPair,
  titleAt,
  TopicNames,
  type PositionRow,
} from '@chancery/read-models';
import { pledgeCountsOf, pledgesBetween } from '../pledges/partnership-pledges';
import { partyNames, resolveParty } from '../shared/parties';
import { visiblePosts } from '../shared/visible-posts';

export interface PartnershipSummary {
  party: string;
  counterpart: string;
  counterpartName: string | null;
  counterpartKind: string | null;
  /** Bilateral engagements (meetings, visits): a multilateral session both attended is not one. */
  engagements: number;
  /** Multilateral sessions both attended, each counted once. */
  sessions: number;
  pledges: number;
  /** Null for a partnership of pledges or indicators alone, with no engagement yet. */
  firstContact: string | null;
  lastContact: string | null;
}

type Figures = Pick<
  PartnershipSummary,
  'engagements' | 'sessions' | 'pledges' | 'firstContact' | 'lastContact'
>;

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
        figures = {
          engagements: 0,
          sessions: 0,
          pledges: 0,
          firstContact: null,
          lastContact: null,
        };
        found.set(name, figures);
      }
      return figures;
    };
    for (const [own, other] of SIDES) {
      const where = { [own]: key, classification: { in: levels } };
      const engaged = await this.reader.aggregate('engagements', {
        where,
        groupBy: [other],
        measures: { n: ['count', '*'], first: ['min', 'contact'], last: ['max', 'contact'] },
      });
      for (const row of engaged) {
        const figures = of(row[other]);
        figures.engagements += Number(row.n);
        if (row.first != null)
          figures.firstContact = earliest(figures.firstContact, String(row.first));
        if (row.last != null) figures.lastContact = latest(figures.lastContact, String(row.last));
      }
      const count: AggregateQuery = { groupBy: [other], measures: { n: ['count', '*'] } };
      for (const row of await this.reader.aggregate('indicators', { where, ...count }))
        of(row[other]);
    }
    for (const [other, n] of await pledgeCountsOf(this.reader, key, levels)) of(other).pledges = n;
    const sessions = await this.reader.select('sessions', {
      where: { party: key, classification: { in: levels } },
    });
    for (const session of sessions)
      for (const other of session.parties as string[]) if (other !== key) of(other).sessions++;
    const rows = [...found].sort(
      ([a, x], [b, y]) =>
        y.engagements - x.engagements || y.sessions - x.sessions || a.localeCompare(b),
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
      firstContact: statedDate(figures.firstContact),
      lastContact: statedDate(figures.lastContact),
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
    const engagements = (await this.reader.select('engagements', { where: pair })).sort(
      byContactNewestFirst,
    );
    const sessions = await this.sessions(party, counterpart, levels);
    const topics = await TopicNames.of(this.reader);
    const pledged = await pledgesBetween(this.reader, party, counterpart, levels, topics);
    const pledges = pledged.items;
    const indicators = await this.reader.select('indicators', {
      where: pair,
      orderBy: [['record_id', 'asc']],
    });
    if (!engagements.length && !sessions.length && !pledges.length && !indicators.length)
      return null;
    const followUps = await this.followUps(engagements, pledges, levels, today);
    const names = await partyNames(this.reader, [party, counterpart], levels);
    const contacts = engagements.flatMap((e) => (e.contact == null ? [] : [String(e.contact)]));
    contacts.sort();
    return {
      parties: [party, counterpart].map((p) => ({
        party: p,
        kind: names.get(p)?.kind ?? null,
        name: names.get(p)?.name ?? null,
      })),
      engagements: {
        count: engagements.length,
        firstContact: statedDate(contacts[0] ?? null),
        lastContact: statedDate(contacts[contacts.length - 1] ?? null),
        items: engagements.map((e) => engagementItem(e, topics)),
      },
      multilateralSessions: {
        count: sessions.length,
        items: sessions.map((e) => ({
          ...engagementItem(e, topics),
          members: (e.parties as string[]).filter((p) => p !== party && p !== counterpart),
        })),
      },
      areasOfCooperation: areas(
        engagements,
        pledges.flatMap((p) => p.areas.map((area) => ({ area }))),
        topics,
      ),
      pledges: pledged,
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

  /** The multilateral sessions both parties attended, newest first. */
  private async sessions(party: string, counterpart: string, levels: string[]) {
    const rows = await this.reader.select('sessions', {
      where: { party, classification: { in: levels } },
    });
    return rows
      .filter((r) => (r.parties as string[]).includes(counterpart))
      .sort(byContactNewestFirst);
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
          lastSeen: String(e.date ?? ''),
          role: p.role,
        };
        entry.engagements++;
        if (e.date != null) entry.lastSeen = String(e.date);
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

/**
 * An engagement as a partnership page lists it. `date` is as stated (`2024-10`, null when not
 * stated); `dateFrom`/`dateTo` the days it may be (null: open end or not stated).
 */
function engagementItem(e: Row, topics: TopicNames) {
  return {
    recordId: e.record_id,
    kind: e.kind,
    date: e.date ?? null,
    dateFrom: day(e.date_from),
    dateTo: day(e.date_to),
    title: e.title,
    format: e.format,
    formatName: e.format_name ?? null,
    topics: topics.survivors(e.topics as string[]),
    classification: e.classification,
  };
}

const OPEN = new Set([OPEN_START, OPEN_END]);
const day = (value: Row[string]) => (typeof value === 'string' && !OPEN.has(value) ? value : null);

/** `2024-10-01|2024-10` (first possible day, then the date as stated) → `2024-10`. */
const statedDate = (contact: string | null) =>
  contact === null ? null : contact.slice(contact.indexOf('|') + 1);

/** Newest first by the first day each may be; those with no date stated last; then by id. */
function byContactNewestFirst(x: Row, y: Row): number {
  const [cx, cy] = [String(x.contact ?? ''), String(y.contact ?? '')];
  if (cx !== cy) return cx < cy ? 1 : -1;
  return String(x.record_id).localeCompare(String(y.record_id));
}

const earliest = (a: string | null, b: string) => (a === null || b < a ? b : a);
const latest = (a: string | null, b: string) => (a === null || b > a ? b : a);
