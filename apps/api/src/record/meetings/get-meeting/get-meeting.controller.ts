import { Controller, Get, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { meetingDecider, meetingErrors, meetingStream, type Meeting } from '@chancery/diplomacy';
import { StreamReader } from '@chancery/event-sourcing';
import { recordView, type RecordView } from '../../shared/record-view';
import { ViewerOf, type Viewer } from '../../shared/viewer';
import { Readers } from '../../shared/roles';

@ApiTags('meetings')
@Controller('meetings')
export class GetMeetingController {
  constructor(private readonly reader: StreamReader) {}

  /** Straight from the meeting's stream, so it reflects the last write at once (ETag = revision). */
  @Get(':id')
  @Readers()
  @ApiOperation({ summary: 'A meeting as it stands, with its corrections and retraction if any' })
  async get(
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
    @ViewerOf() viewer: Viewer,
  ): Promise<RecordView<Meeting>> {
    return recordView(
      reply,
      id,
      await this.reader.load(meetingStream(id), meetingDecider),
      meetingErrors,
      viewer,
    );
  }
}
