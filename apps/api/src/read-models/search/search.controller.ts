import { Controller, Get, Query, Req, UseFilters } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import type { FastifyRequest } from 'fastify';
import type { Classification } from '@chancery/identity';
import { SEARCH_KINDS, type SearchKind } from '@chancery/read-models';
import { Roles } from '../../auth/auth.decorators';
import { VisibleLevels } from '../shared/clearance';
import { ReadModelEngine } from '../shared/engine.provider';
import { PageQuery } from '../shared/query.dto';
import { ProjectionLagFilter, ReadYourWrites } from '../shared/read-your-writes';
import { search } from './search.queries';

export class SearchQuery extends PageQuery {
  @ApiProperty({ example: 'luxembourg satellite', description: 'Words, each matched as a prefix' })
  @IsString()
  @Length(1, 200)
  q!: string;

  @ApiPropertyOptional({ enum: SEARCH_KINDS, description: 'Only records of this kind' })
  @IsOptional()
  @IsIn(SEARCH_KINDS)
  kind?: SearchKind;
}

/** The header's search: people, organisations, countries, visits, meetings, pledges, statements, indicators, sources. */
@ApiTags('read models')
@Roles('recorder', 'analyst', 'auditor')
@UseFilters(ProjectionLagFilter)
@Controller('search')
export class SearchController {
  constructor(
    private readonly engine: ReadModelEngine,
    private readonly consistency: ReadYourWrites,
  ) {}

  @Get()
  async find(
    @Query() q: SearchQuery,
    @VisibleLevels() levels: Classification[],
    @Req() req: FastifyRequest,
  ) {
    await this.consistency.reach('search', req, q.minPosition);
    const found = await search(this.engine.reader('search'), q.q, levels, q);
    return { query: q.q, ...found, limit: q.limit, offset: q.offset };
  }
}
