import { Controller, Get, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  organisationDecider,
  organisationErrors,
  organisationStream,
  type Organisation,
} from '@chancery/diplomacy';
import { StreamReader } from '@chancery/event-sourcing';
import { recordView, type RecordView } from '../../shared/record-view';
import { ViewerOf, type Viewer } from '../../shared/viewer';
import { Readers } from '../../shared/roles';

@ApiTags('organisations')
@Controller('organisations')
export class GetOrganisationController {
  constructor(private readonly reader: StreamReader) {}

  @Get(':id')
  @Readers()
  @ApiOperation({ summary: 'An organisation as it stands' })
  async get(
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
    @ViewerOf() viewer: Viewer,
  ): Promise<RecordView<Organisation>> {
    return recordView(
      reply,
      id,
      await this.reader.load(organisationStream(id), organisationDecider),
      organisationErrors,
      viewer,
    );
  }
}
