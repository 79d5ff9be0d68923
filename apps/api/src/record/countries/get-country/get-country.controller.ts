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
import { etagOf } from '../../shared/if-match';
import { Readers } from '../../shared/roles';

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
  ): Promise<Country & { revision: number }> {
    const { state, revision } = await this.reader.load(countryStream(code), countryDecider);
    if (state.status === 'empty' || revision === null) {
      throw new RecordNotFoundError('COUNTRY.NOT_FOUND', `country ${code} is not registered`);
    }
    void reply.header('ETag', etagOf(revision));
    return { ...state.country, revision };
  }
}
