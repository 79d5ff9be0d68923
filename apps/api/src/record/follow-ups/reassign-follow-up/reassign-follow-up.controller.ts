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
import { ReassignFollowUpDto } from './reassign-follow-up.dto';

@ApiTags('follow-ups')
@Controller('follow-ups')
export class ReassignFollowUpController {
  constructor(private readonly commands: CommandBus) {}

  @ChangesRecord(':id/reassignment', { summary: 'Hand a follow-up to another member of staff' })
  async reassign(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ReassignFollowUpDto,
    @IfMatch() expectedRevision: number,
    @RequestMetadata() metadata: CommandMetadata,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WriteResponse> {
    const result = await this.commands.execute<FollowUpStepCommand, CommandResult<unknown>>(
      new FollowUpStepCommand(
        { type: 'ReassignFollowUp', data: { ...body, followUpId: id } },
        expectedRevision,
        metadata,
      ),
    );
    return writeResponse(reply, result);
  }
}
