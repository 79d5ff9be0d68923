import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { CommandMetadata, CommandResult } from '@chancery/event-sourcing';
import { ReasonDto } from '../../shared/dto';
import { IfMatch } from '../../shared/if-match';
import { RequestMetadata } from '../../shared/request-metadata';
import { Recorders } from '../../shared/roles';
import { writeResponse, WriteResponse } from '../../shared/write-response';
import { PledgeStepCommand } from '../shared/pledge-step.command';

@ApiTags('pledges')
@Controller('pledges')
export class RetractPledgeController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/retraction')
  @HttpCode(200)
  @Recorders()
  @ApiOperation({
    summary: 'Retract a pledge recorded in error; it stays readable, marked retracted',
  })
  @ApiHeader({ name: 'If-Match', required: true })
  @ApiOkResponse({ type: WriteResponse })
  async retract(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() { reason }: ReasonDto,
    @IfMatch() expectedRevision: number,
    @RequestMetadata() metadata: CommandMetadata,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WriteResponse> {
    const result = await this.commands.execute<PledgeStepCommand, CommandResult<unknown>>(
      new PledgeStepCommand(
        { type: 'RetractPledge', data: { pledgeId: id, reason } },
        expectedRevision,
        metadata,
      ),
    );
    return writeResponse(reply, result);
  }
}
