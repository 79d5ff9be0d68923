import { Controller, Get, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  indicatorDecider,
  indicatorErrors,
  indicatorStream,
  type Indicator,
} from '@chancery/diplomacy';
import { StreamReader } from '@chancery/event-sourcing';
import { recordView, type RecordView } from '../../shared/record-view';
import { ViewerOf, type Viewer } from '../../shared/viewer';
import { Readers } from '../../shared/roles';

@ApiTags('indicators')
@Controller('indicators')
export class GetIndicatorController {
  constructor(private readonly reader: StreamReader) {}

  @Get(':id')
  @Readers()
  @ApiOperation({ summary: 'An indicator as it stands' })
  async get(
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
    @ViewerOf() viewer: Viewer,
  ): Promise<RecordView<Indicator>> {
    return recordView(
      reply,
      id,
      await this.reader.load(indicatorStream(id), indicatorDecider),
      indicatorErrors,
      viewer,
    );
  }
}
