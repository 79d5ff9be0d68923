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
import { LapsePledgeDto } from './lapse-pledge.dto';

@ApiTags('pledges')
@Controller('pledges')
export class LapsePledgeController {
  constructor(private readonly commands: CommandBus) {}

  @ChangesRecord(':id/lapse', {
    summary: 'Record that a pledge lapsed: its target date passed unfulfilled',
  })
  async lapse(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: LapsePledgeDto,
    @IfMatch() expectedRevision: number,
    @RequestMetadata() metadata: CommandMetadata,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WriteResponse> {
    const result = await this.commands.execute<PledgeStepCommand, CommandResult<unknown>>(
      new PledgeStepCommand(
        { type: 'LapsePledge', data: { ...body, pledgeId: id } },
        expectedRevision,
        metadata,
      ),
    );
    return writeResponse(reply, result);
  }
}
