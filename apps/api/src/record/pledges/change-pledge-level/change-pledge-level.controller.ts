import { Body, Controller, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { CommandMetadata, CommandResult } from '@chancery/event-sourcing';
import { IfMatch } from '../../shared/if-match';
import { RequestMetadata } from '../../shared/request-metadata';
import { ChangesRecord } from '../../shared/changes-record';
import { writeResponse, WriteResponse } from '../../shared/write-response';
import { PledgeStepCommand } from '../shared/pledge-step.command';
import { ChangePledgeLevelDto } from './change-pledge-level.dto';

@ApiTags('pledges')
@Controller('pledges')
export class ChangePledgeLevelController {
  constructor(private readonly commands: CommandBus) {}

  @ChangesRecord(':id/level-changes', {
    summary:
      'Record that a pledge became more (or less) binding, e.g. an intent signed as an agreement',
  })
  async changeLevel(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ChangePledgeLevelDto,
    @IfMatch() expectedRevision: number,
    @RequestMetadata() metadata: CommandMetadata,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WriteResponse> {
    const result = await this.commands.execute<PledgeStepCommand, CommandResult<unknown>>(
      new PledgeStepCommand(
        { type: 'ChangePledgeLevel', data: { ...body, pledgeId: id } },
        expectedRevision,
        metadata,
      ),
    );
    return writeResponse(reply, result);
  }
}
