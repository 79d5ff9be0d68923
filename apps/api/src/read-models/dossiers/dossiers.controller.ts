import {
  Controller,
  Get,
  NotFoundException,
  Param,
  Query,
  Req,
  Res,
  UseFilters,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ReadModelEngine } from '../shared/engine.provider';
import { answerLists, listsQuery, type ListColumns } from '../shared/list-pages';
import { ProjectionLagFilter, ReadYourWrites } from '../shared/read-your-writes';
import type { Classification } from '@chancery/identity';
import type { ReadModelReader, Row, Where } from '@chancery/projections';
import { VisibleLevels, visibleTo } from '../shared/clearance';
import { ReadModelReaders } from '../shared/roles';
import { resolveParty } from '../shared/parties';
import { visiblePosts } from '../shared/visible-posts';

const DOCUMENT_COLUMNS = ['documentId', 'role', 'title', 'kind', 'signedOn', 'classification'];

const PERSON_LISTS = {
  meetings: ['meetingId', 'date', 'title', 'side', 'role', 'classification'],
  documents: DOCUMENT_COLUMNS,
  statements: ['statementId', 'saidOn', 'text', 'form', 'meetingId', 'classification'],
  positions: ['positionId', 'title', 'at', 'from', 'to'],
} satisfies ListColumns;

const ORGANISATION_LISTS = {
  meetings: ['meetingId', 'date', 'title', 'classification'],
  people: ['personId', 'title', 'from', 'to'],
  statements: [
    'statementId',
    'saidOn',
    'speakerTitle',
    'text',
    'form',
    'meetingId',
    'classification',
  ],
  pledges: ['pledgeId', 'role', 'via', 'commitment', 'pledgedOn', 'classification'],
  parts: ['organisationId', 'name', 'acronym', 'kind'],
  indicators: ['indicatorId', 'side', 'measures', 'figure', 'period', 'classification'],
  documents: DOCUMENT_COLUMNS,
} satisfies ListColumns;

/** Deep enough for any real hierarchy of parts; a longer one is cut, never followed forever. */
const MAX_PART_DEPTH = 16;

/** Newest first by a partial date's sort key (not stated last), then by id. */
const newestByKey =
  (key: string, id: string) =>
  (x: Row, y: Row): number => {
    const [dx, dy] = [String(x[key] ?? ''), String(y[key] ?? '')];
    if (dx !== dy) return dx < dy ? 1 : -1;
    return String(x[id]) < String(y[id]) ? -1 : 1;
  };

export class PersonDossierQuery extends listsQuery(Object.keys(PERSON_LISTS)) {}
export class OrganisationDossierQuery extends listsQuery(Object.keys(ORGANISATION_LISTS)) {}

/**
 * Dossiers: a person (positions over time, meetings attended, statements) and an organisation
 * (what it is part of and its parts, where it is based, its meetings, statements and pledges).
 */
@ApiTags('read models')
@ReadModelReaders()
@UseFilters(ProjectionLagFilter)
@Controller('dossiers')
export class DossiersController {
  constructor(
    private readonly engine: ReadModelEngine,
    private readonly consistency: ReadYourWrites,
  ) {}

  @Get('people/:id')
  async person(
    @Param('id') id: string,
    @Query() q: PersonDossierQuery,
    @VisibleLevels() levels: Classification[],
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    await this.consistency.reach('dossiers', req, q.minPosition);
    const reader = this.engine.reader('dossiers');
    const person = await visibleRow(reader, 'people', 'person_id', id, levels);
    const visible = visibleTo(levels);
    const posts = await reader.select('positions', {
      where: { person_id: id },
      orderBy: [
        ['from_date', 'asc'],
        ['position_id', 'asc'],
      ],
    });
    const positions = await visiblePosts(reader, posts, levels);
    const meetings = await attended(reader, id, visible);
    const statements = await spoken(reader, id, visible);
    const documents = await documentsOf(reader, id, visible);
    return answerLists(req, reply, q, PERSON_LISTS, {
      personId: id,
      name: person.name,
      nationality: person.nationality,
      classification: person.classification,
      positions: positions.map((p) => ({
        positionId: p.position_id,
        title: p.title,
        at: p.at_party,
        from: p.from_date,
        to: p.to_date,
      })),
      meetings: meetings.map((m) => ({
        meetingId: m.meeting_id,
        date: m.date,
        title: m.title,
        side: m.side,
        role: m.role,
        classification: m.classification,
      })),
      statements: statements.map(statementItem),
      documents: documents.map(documentItem),
    });
  }

  /** `:id` may be the organisation's acronym (`EU`), as wherever a query names a party. */
  @Get('organisations/:id')
  async organisation(
    @Param('id') given: string,
    @Query() q: OrganisationDossierQuery,
    @VisibleLevels() levels: Classification[],
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    await this.consistency.reach('dossiers', req, q.minPosition);
    const reader = this.engine.reader('dossiers');
    const id = await resolveParty(reader, given, levels);
    const org = await visibleRow(reader, 'organisations', 'organisation_id', id, levels);
    const visible = visibleTo(levels);
    const meetings = (
      await reader.select('org_meetings', { where: { organisation_id: id, ...visible } })
    ).sort(newestByKey('date_key', 'meeting_id'));
    const parent = org.part_of
      ? (
          await reader.select('organisations', {
            where: { organisation_id: String(org.part_of), ...visible },
          })
        )[0]
      : undefined;
    const parts = await partsOf(reader, id, visible);
    const statements = await spoken(reader, id, visible);
    const pledges = await pledgesOf(reader, [{ organisation_id: id }, ...parts], visible);
    const indicators = await indicatorsAbout(reader, id, visible);
    const documents = await documentsOf(reader, id, visible);
    const posts = await reader.select('positions', {
      where: { at_party: id },
      orderBy: [
        ['from_date', 'asc'],
        ['person_id', 'asc'],
      ],
    });
    // A post is a fact about the person: shown only if the person's record is.
    const cleared = posts.length
      ? await reader.select('people', {
          where: {
            person_id: { in: [...new Set(posts.map((p) => String(p.person_id)))] },
            ...visibleTo(levels),
          },
        })
      : [];
    const shown = new Set(cleared.map((p) => String(p.person_id)));
    const people = posts.filter((p) => shown.has(String(p.person_id)));
    return answerLists(req, reply, q, ORGANISATION_LISTS, {
      organisationId: id,
      name: org.name,
      acronym: org.acronym,
      kind: org.kind,
      homeCountry: org.home_country,
      basedIn: org.home_country,
      partOf: parent ? { organisationId: parent.organisation_id, name: parent.name } : null,
      sector: org.sector,
      classification: org.classification,
      parts: parts
        .filter((p) => p.part_of === id)
        .map((p) => ({
          organisationId: p.organisation_id,
          name: p.name,
          acronym: p.acronym,
          kind: p.kind,
        })),
      statements: statements.map(statementItem),
      pledges: pledges.map((p) => ({
        pledgeId: p.pledge_id,
        role: p.role,
        via: p.organisation_id === id ? null : { organisationId: p.organisation_id, name: p.via },
        commitment: p.commitment,
        pledgedOn: p.pledged_on,
        classification: p.classification,
      })),
      indicators: indicators.map(indicatorItem),
      documents: documents.map(documentItem),
      people: people.map((p) => ({
        personId: p.person_id,
        title: p.title,
        from: p.from_date,
        to: p.to_date,
      })),
      meetings: meetings.map((m) => ({
        meetingId: m.meeting_id,
        date: m.date,
        title: m.title,
        classification: m.classification,
      })),
    });
  }
}

/** The dossier's own row, if the caller may see it; 404 otherwise (unknown and hidden alike). */
async function visibleRow(
  reader: ReadModelReader,
  table: 'people' | 'organisations',
  column: string,
  id: string,
  levels: Classification[],
) {
  const [row] = await reader.select(table, { where: { [column]: id, ...visibleTo(levels) } });
  if (!row)
    throw new NotFoundException({
      statusCode: 404,
      code: 'DOSSIER.NOT_FOUND',
      message: `no ${table === 'people' ? 'person' : 'organisation'} ${id}`,
    });
  return row;
}

const statementItem = (s: Row) => ({
  statementId: s.statement_id,
  saidOn: s.said_on,
  speakerTitle: s.speaker_title,
  text: s.text,
  form: s.form,
  meetingId: s.meeting_id,
  classification: s.classification,
});

export const indicatorItem = (i: Row) => ({
  indicatorId: i.indicator_id,
  side: i.side,
  measures: i.measures,
  figure: i.figure,
  period: i.period,
  classification: i.classification,
});

/** The figures about a party (as the one it names, or one of two), latest period first. */
export async function indicatorsAbout(reader: ReadModelReader, party: string, visible: Where) {
  const rows = await reader.select('party_indicators', { where: { party, ...visible } });
  return rows.sort(newestByKey('period_key', 'indicator_id'));
}

const documentItem = (d: Row) => ({
  documentId: d.document_id,
  role: d.role,
  title: d.title,
  kind: d.kind,
  signedOn: d.signed_on,
  classification: d.classification,
});

/** The signed documents a party is party to, or a person signed or witnessed, newest first. */
async function documentsOf(reader: ReadModelReader, party: string, visible: Where) {
  const rows = await reader.select('party_documents', { where: { party, ...visible } });
  return rows.sort(newestByKey('signed_on_key', 'document_id'));
}

/** What a person or an organisation said, newest first (a statement with no date last). */
async function spoken(reader: ReadModelReader, speakerId: string, visible: Where) {
  const rows = await reader.select('statements', { where: { speaker_id: speakerId, ...visible } });
  return rows.sort(newestByKey('said_on_key', 'statement_id'));
}

/** Every organisation part of `id`, at any depth, that the caller may see (nearest first). */
async function partsOf(reader: ReadModelReader, id: string, visible: Where): Promise<Row[]> {
  const found: Row[] = [];
  const seen = new Set([id]);
  let level = [id];
  for (let depth = 0; level.length && depth < MAX_PART_DEPTH; depth += 1) {
    const rows = await reader.select('organisations', {
      where: { part_of: { in: level }, ...visible },
      orderBy: [['name', 'asc']],
    });
    const fresh = rows.filter((r) => !seen.has(String(r.organisation_id)));
    for (const r of fresh) seen.add(String(r.organisation_id));
    found.push(...fresh);
    level = fresh.map((r) => String(r.organisation_id));
  }
  return found;
}

/**
 * The pledges an organisation makes or benefits from, itself or through its parts (a pledge
 * named by two of them once, under the organisation nearest the top), newest first.
 */
async function pledgesOf(reader: ReadModelReader, orgs: Row[], visible: Where): Promise<Row[]> {
  const names = new Map(orgs.map((o) => [String(o.organisation_id), o.name]));
  const rows = await reader.select('org_pledges', {
    where: { organisation_id: { in: [...names.keys()] }, ...visible },
  });
  const order = [...names.keys()];
  const byPledge = new Map<string, Row>();
  for (const row of rows.sort(
    (a, b) => order.indexOf(String(a.organisation_id)) - order.indexOf(String(b.organisation_id)),
  ))
    if (!byPledge.has(String(row.pledge_id)))
      byPledge.set(String(row.pledge_id), {
        ...row,
        via: names.get(String(row.organisation_id)) ?? null,
      });
  return [...byPledge.values()].sort(newestByKey('pledged_on_key', 'pledge_id'));
}

/** The meetings a person attended, newest first: a row names two attendees, so both sides are read. */
async function attended(reader: ReadModelReader, id: string, visible: Where) {
  const own = await reader.select('attendance', { where: { person_id: id, ...visible } });
  const partnered = await reader.select('attendance', { where: { partner_id: id, ...visible } });
  return [
    ...own,
    ...partnered.map((r): Row => ({ ...r, side: r.partner_side, role: r.partner_role })),
  ].sort(newestByKey('date_key', 'meeting_id'));
}
