import { Body, Controller, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { CorrectMeeting } from '@chancery/diplomacy';
import { StreamReader, type CommandMetadata, type CommandResult } from '@chancery/event-sourcing';
import { explainWrongKind } from '../../shared/reference-kinds';
import { IfMatch } from '../../shared/if-match';
import { RequestMetadata } from '../../shared/request-metadata';
import { ChangesRecord } from '../../shared/changes-record';
import { writeResponse, WriteResponse } from '../../shared/write-response';
import { toParticipants, toPlace } from '../record-meeting/record-meeting.dto';
import { CorrectMeetingCommand } from './correct-meeting.command';
import { CorrectMeetingDto } from './correct-meeting.dto';

@ApiTags('meetings')
@Controller('meetings')
export class CorrectMeetingController {
  constructor(
    private readonly commands: CommandBus,
    private readonly reader: StreamReader,
  ) {}

  @ChangesRecord(':id/corrections', {
    summary: 'Correct facts of a meeting, with the reason; the original stays in the history',
  })
  async correct(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() { changes, reason }: CorrectMeetingDto,
    @IfMatch() expectedRevision: number,
    @RequestMetadata() metadata: CommandMetadata,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WriteResponse> {
    const { participants, place, ...facts } = changes;
    const input: CorrectMeeting['data'] = {
      meetingId: id,
      changes: facts as CorrectMeeting['data']['changes'],
      reason,
    };
    if (participants) input.changes.participants = toParticipants(participants);
    if (place !== undefined) input.changes.place = toPlace(place);
    const result = await this.commands
      .execute<CorrectMeetingCommand, CommandResult<unknown>>(
        new CorrectMeetingCommand(input, expectedRevision, metadata),
      )
      .catch((error: unknown) => explainWrongKind(this.reader, metadata, error));
    return writeResponse(reply, result);
  }
}
