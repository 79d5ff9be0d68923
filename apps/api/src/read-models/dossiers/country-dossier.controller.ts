import { Controller, Get, Param, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Classification } from '@chancery/identity';
import { VisibleLevels, visibleTo } from '../shared/clearance';
import { ReadModelEngine } from '../shared/engine.provider';
import { answerLists, listsQuery, type ListColumns } from '../shared/list-pages';
import { ProjectionLagFilter, ReadYourWrites } from '../shared/read-your-writes';
import { ReadModelReaders } from '../shared/roles';
import { visiblePosts } from '../shared/visible-posts';
import { indicatorItem, indicatorsAbout } from './dossiers.controller';

const COUNTRY_LISTS = {
  people: ['personId', 'name', 'title', 'from', 'to'],
  organisations: ['organisationId', 'name', 'acronym', 'kind', 'sector'],
  statements: [
    'statementId',
    'speakerId',
    'speakerKind',
    'speakerTitle',
    'saidOn',
    'text',
    'form',
    'meetingId',
    'classification',
  ],
  indicators: ['indicatorId', 'side', 'measures', 'figure', 'period', 'classification'],
} satisfies ListColumns;

export class CountryDossierQuery extends listsQuery(Object.keys(COUNTRY_LISTS)) {}

/**
 * A country's dossier: the people who held posts there (titles over time), the organisations
 * based there, what its people and its institutions said, and the figures about it. Its
 * engagements and pledges are the timeline's and the register's, asked with the same code. An
 * unknown code answers empty lists, not a 404: every ISO country exists, whether or not anything
 * is on record about it.
 */
@ApiTags('read models')
@ReadModelReaders()
@UseFilters(ProjectionLagFilter)
@Controller('dossiers')
export class CountryDossierController {
  constructor(
    private readonly engine: ReadModelEngine,
    private readonly consistency: ReadYourWrites,
  ) {}

  @Get('countries/:code')
  async country(
    @Param('code') given: string,
    @Query() q: CountryDossierQuery,
    @VisibleLevels() levels: Classification[],
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    await this.consistency.reach('dossiers', req, q.minPosition);
    const code = given.toUpperCase();
    const reader = this.engine.reader('dossiers');
    const visible = visibleTo(levels);
    const posts = await visiblePosts(
      reader,
      await reader.select('positions', {
        where: { at_party: code },
        orderBy: [
          ['from_date', 'desc'],
          ['person_id', 'asc'],
        ],
      }),
      levels,
    );
    const ids = [...new Set(posts.map((p) => String(p.person_id)))];
    const people = ids.length
      ? await reader.select('people', { where: { person_id: { in: ids }, ...visible } })
      : [];
    const names = new Map(people.map((p) => [String(p.person_id), p.name]));
    const organisations = await reader.select('organisations', {
      where: { home_country: code, ...visible },
      orderBy: [['name', 'asc']],
    });
    // What its people said, and what its institutions (a ministry, its press service) said.
    const speakers = [...names.keys(), ...organisations.map((o) => String(o.organisation_id))];
    const statements = speakers.length
      ? await reader.select('statements', {
          where: { speaker_id: { in: speakers }, ...visible },
          orderBy: [
            ['said_on_key', 'desc'],
            ['statement_id', 'asc'],
          ],
        })
      : [];
    const indicators = await indicatorsAbout(reader, code, visible);
    return answerLists(req, reply, q, COUNTRY_LISTS, {
      country: code,
      // Figures about the country, also those naming it alone (its rating, its trade growth).
      indicators: indicators.map(indicatorItem),
      people: posts
        .filter((p) => names.has(String(p.person_id)))
        .map((p) => ({
          personId: p.person_id,
          name: names.get(String(p.person_id)),
          title: p.title,
          from: p.from_date,
          to: p.to_date,
        })),
      organisations: organisations.map((o) => ({
        organisationId: o.organisation_id,
        name: o.name,
        acronym: o.acronym,
        kind: o.kind,
        sector: o.sector,
      })),
      statements: statements.map((s) => ({
        statementId: s.statement_id,
        speakerId: s.speaker_id,
        speakerKind: s.speaker_kind,
        speakerTitle: s.speaker_title,
        saidOn: s.said_on,
        text: s.text,
        form: s.form,
        meetingId: s.meeting_id,
        classification: s.classification,
      })),
    });
  }
}
