import { Controller, Get, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  followUpDecider,
  followUpErrors,
  followUpStream,
  type FollowUp,
} from '@chancery/diplomacy';
import { StreamReader } from '@chancery/event-sourcing';
import { recordView, type RecordView } from '../../shared/record-view';
import { ViewerOf, type Viewer } from '../../shared/viewer';
import { Readers } from '../../shared/roles';

@ApiTags('follow-ups')
@Controller('follow-ups')
export class GetFollowUpController {
  constructor(private readonly reader: StreamReader) {}

  /** Straight from the follow-up's stream, so it reflects the last write at once (ETag = revision). */
  @Get(':id')
  @Readers()
  @ApiOperation({
    summary: 'A follow-up as it stands: owner, due date, reschedulings, how it ended',
  })
  async get(
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
    @ViewerOf() viewer: Viewer,
  ): Promise<RecordView<FollowUp>> {
    return recordView(
      reply,
      id,
      await this.reader.load(followUpStream(id), followUpDecider),
      followUpErrors,
      viewer,
    );
  }
}
