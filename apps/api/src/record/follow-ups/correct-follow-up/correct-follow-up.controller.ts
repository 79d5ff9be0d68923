import { Body, Controller, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { CommandMetadata, CommandResult } from '@chancery/event-sourcing';
import { IfMatch } from '../../shared/if-match';
import { RequestMetadata } from '../../shared/request-metadata';
import { ChangesRecord } from '../../shared/changes-record';
import { writeResponse, WriteResponse } from '../../shared/write-response';
import { CorrectFollowUpCommand } from './correct-follow-up.command';
import { CorrectFollowUpDto } from './correct-follow-up.dto';

@ApiTags('follow-ups')
@Controller('follow-ups')
export class CorrectFollowUpController {
  constructor(private readonly commands: CommandBus) {}

  @ChangesRecord(':id/corrections', {
    summary:
      'Correct what a follow-up is about, with the reason; the original stays in the history',
  })
  async correct(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() { changes, reason }: CorrectFollowUpDto,
    @IfMatch() expectedRevision: number,
    @RequestMetadata() metadata: CommandMetadata,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WriteResponse> {
    const result = await this.commands.execute<CorrectFollowUpCommand, CommandResult<unknown>>(
      new CorrectFollowUpCommand(
        { followUpId: id, changes: { ...changes }, reason },
        expectedRevision,
        metadata,
      ),
    );
    return writeResponse(reply, result);
  }
}
