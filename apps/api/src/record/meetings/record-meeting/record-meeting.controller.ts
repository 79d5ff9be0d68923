import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { StreamReader, type CommandMetadata, type CommandResult } from '@chancery/event-sourcing';
import { explainWrongKind } from '../../shared/reference-kinds';
import { newRecordId } from '../../shared/record-id';
import { RequestMetadata } from '../../shared/request-metadata';
import { Recorders } from '../../shared/roles';
import { writeResponse, WriteResponse } from '../../shared/write-response';
import { RecordMeetingCommand } from './record-meeting.command';
import { RecordMeetingDto, toParticipants, toPlace } from './record-meeting.dto';

@ApiTags('meetings')
@Controller('meetings')
export class RecordMeetingController {
  constructor(
    private readonly commands: CommandBus,
    private readonly reader: StreamReader,
  ) {}

  @Post()
  @HttpCode(201)
  @Recorders()
  @ApiOperation({ summary: 'Record a meeting: who met whom, when, where, on what, and the source' })
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'Makes a retry return the first result',
  })
  @ApiCreatedResponse({ type: WriteResponse })
  async record(
    @Body()
    {
      meetingId,
      title = null,
      date = null,
      place = null,
      visitId = null,
      formatName = null,
      members = [],
      participants,
      classification,
      ...rest
    }: RecordMeetingDto,
    @RequestMetadata() metadata: CommandMetadata,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WriteResponse> {
    const id = newRecordId('meeting', meetingId, metadata);
    const input = {
      ...rest,
      meetingId: id,
      title,
      date,
      place: toPlace(place),
      visitId,
      formatName,
      members,
      participants: toParticipants(participants),
      ...(classification ? { classification } : {}),
    };
    const result = await this.commands
      .execute<RecordMeetingCommand, CommandResult<unknown>>(
        new RecordMeetingCommand(input, metadata),
      )
      .catch((error: unknown) => explainWrongKind(this.reader, metadata, error));
    void reply.header('Location', `/meetings/${id}`);
    return writeResponse(reply, result);
  }
}
