import { Controller, Get, Query, Req } from '@nestjs/common';
import { ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import type { FastifyRequest } from 'fastify';
import { RecordReaders } from '../../auth/auth.decorators';
import '../../auth/request-user';
import { DirectoryKind } from './directory';
import { DirectoryFeed } from './directory.feed';

const KINDS: DirectoryKind[] = ['country', 'organisation', 'person', 'source', 'visit', 'meeting', 'document'];

export class DirectoryQuery {
  @ApiPropertyOptional({ example: 'lux', description: 'Words to find in the name, acronym, title or code' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q = '';

  @ApiPropertyOptional({ example: 'country,organisation,person', description: 'Comma-separated kinds' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.split(',').filter(Boolean) : value))
  @IsIn(KINDS, { each: true })
  kinds: DirectoryKind[] = KINDS;

  @ApiPropertyOptional({ default: 20, maximum: 100 })
  @IsOptional()
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  @Max(100)
  limit = 20;
}

/** What the web app's pickers search: parties and sources on record, by name, within the caller's clearance. */
@ApiTags('directory')
@Controller('directory')
export class DirectoryController {
  constructor(private readonly feed: DirectoryFeed) {}

  @Get()
  @RecordReaders()
  @ApiOperation({ summary: 'Search parties (countries, organisations, people), sources, visits, meetings and signed documents by name' })
  async search(@Query() q: DirectoryQuery, @Req() request: FastifyRequest) {
    return { items: await this.feed.search(q.q, q.kinds, request.user!.clearance, q.limit) };
  }
}
