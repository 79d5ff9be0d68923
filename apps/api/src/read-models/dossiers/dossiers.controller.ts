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
import { newestFirst } from '../shared/newest-first';
import { resolveParty } from '../shared/parties';
import { visiblePosts } from '../shared/visible-posts';

const PERSON_LISTS = {
  meetings: ['meetingId', 'date', 'title', 'side', 'role', 'classification'],
  statements: ['statementId', 'saidOn', 'text', 'form', 'meetingId', 'classification'],
  positions: ['positionId', 'title', 'at', 'from', 'to'],
} satisfies ListColumns;

const ORGANISATION_LISTS = {
  meetings: ['meetingId', 'date', 'title', 'classification'],
  people: ['personId', 'title', 'from', 'to'],
} satisfies ListColumns;

export class PersonDossierQuery extends listsQuery(Object.keys(PERSON_LISTS)) {}
export class OrganisationDossierQuery extends listsQuery(Object.keys(ORGANISATION_LISTS)) {}

/** Dossiers: a person (positions over time, meetings attended, statements) and an organisation. */
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
    const statements = await reader.select('statements', {
      where: { speaker_id: id, ...visible },
      orderBy: [
        ['said_on', 'desc'],
        ['statement_id', 'asc'],
      ],
    });
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
      statements: statements.map((s) => ({
        statementId: s.statement_id,
        saidOn: s.said_on,
        text: s.text,
        form: s.form,
        meetingId: s.meeting_id,
        classification: s.classification,
      })),
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
    const meetings = await reader.select('org_meetings', {
      where: { organisation_id: id, ...visibleTo(levels) },
      orderBy: [
        ['date', 'desc'],
        ['meeting_id', 'asc'],
      ],
    });
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
      sector: org.sector,
      classification: org.classification,
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

/** The meetings a person attended, newest first: a row names two attendees, so both sides are read. */
async function attended(reader: ReadModelReader, id: string, visible: Where) {
  const own = await reader.select('attendance', { where: { person_id: id, ...visible } });
  const partnered = await reader.select('attendance', { where: { partner_id: id, ...visible } });
  return [
    ...own,
    ...partnered.map((r): Row => ({ ...r, side: r.partner_side, role: r.partner_role })),
  ].sort(newestFirst('meeting_id'));
}
