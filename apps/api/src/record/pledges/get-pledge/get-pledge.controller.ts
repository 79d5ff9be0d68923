import { Controller, Get, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { pledgeDecider, pledgeErrors, pledgeStream, type Pledge } from '@chancery/diplomacy';
import { StreamReader } from '@chancery/event-sourcing';
import { recordView, type RecordView } from '../../shared/record-view';
import { ViewerOf, type Viewer } from '../../shared/viewer';
import { Readers } from '../../shared/roles';

@ApiTags('pledges')
@Controller('pledges')
export class GetPledgeController {
  constructor(private readonly reader: StreamReader) {}

  /** Straight from the pledge's stream, so it reflects the last write at once (ETag = revision). */
  @Get(':id')
  @Readers()
  @ApiOperation({
    summary: 'A pledge as it stands: its facts, level, progress, standing, corrections',
  })
  async get(
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
    @ViewerOf() viewer: Viewer,
  ): Promise<RecordView<Pledge>> {
    return recordView(
      reply,
      id,
      await this.reader.load(pledgeStream(id), pledgeDecider),
      pledgeErrors,
      viewer,
    );
  }
}
