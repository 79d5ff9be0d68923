import { Body, Controller, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { CommandMetadata, CommandResult } from '@chancery/event-sourcing';
import { IfMatch } from '../../shared/if-match';
import { RequestMetadata } from '../../shared/request-metadata';
import { ChangesRecord } from '../../shared/changes-record';
import { writeResponse, WriteResponse } from '../../shared/write-response';
import { FollowUpStepCommand } from '../shared/follow-up-step.command';
import { RescheduleFollowUpDto } from './reschedule-follow-up.dto';

@ApiTags('follow-ups')
@Controller('follow-ups')
export class RescheduleFollowUpController {
  constructor(private readonly commands: CommandBus) {}

  @ChangesRecord(':id/rescheduling', { summary: 'Move a follow-up’s due date, with the reason' })
  async reschedule(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: RescheduleFollowUpDto,
    @IfMatch() expectedRevision: number,
    @RequestMetadata() metadata: CommandMetadata,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WriteResponse> {
    const result = await this.commands.execute<FollowUpStepCommand, CommandResult<unknown>>(
      new FollowUpStepCommand(
        { type: 'RescheduleFollowUp', data: { ...body, followUpId: id } },
        expectedRevision,
        metadata,
      ),
    );
    return writeResponse(reply, result);
  }
}
