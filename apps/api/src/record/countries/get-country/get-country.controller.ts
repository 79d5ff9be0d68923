import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  RecordNotFoundError,
  countryDecider,
  countryStream,
  type Country,
} from '@chancery/diplomacy';
import { StreamReader } from '@chancery/event-sourcing';
import { canSee } from '@chancery/identity';
import { etagOf } from '../../shared/if-match';
import { Readers } from '../../shared/roles';
import { ViewerOf, type Viewer } from '../../shared/viewer';

@ApiTags('countries')
@Controller('countries')
export class GetCountryController {
  constructor(private readonly reader: StreamReader) {}

  @Get(':code')
  @Readers()
  @ApiOperation({ summary: 'A registered country' })
  async get(
    @Param('code') code: string,
    @Res({ passthrough: true }) reply: FastifyReply,
    @ViewerOf() viewer: Viewer,
  ): Promise<Country & { revision: number }> {
    const { state, revision } = await this.reader.load(countryStream(code), countryDecider);
    if (
      state.status === 'empty' ||
      revision === null ||
      !canSee(viewer, state.country.classification)
    ) {
      throw new RecordNotFoundError('COUNTRY.NOT_FOUND', `country ${code} is not registered`);
    }
    void reply.header('ETag', etagOf(revision));
    return { ...state.country, revision };
  }
}
