import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { CorrectPledge } from '@chancery/diplomacy';
import type { CommandMetadata, CommandResult } from '@chancery/event-sourcing';
import { IfMatch } from '../../shared/if-match';
import { RequestMetadata } from '../../shared/request-metadata';
import { Recorders } from '../../shared/roles';
import { writeResponse, WriteResponse } from '../../shared/write-response';
import { CorrectPledgeCommand } from './correct-pledge.command';
import { CorrectPledgeDto } from './correct-pledge.dto';

@ApiTags('pledges')
@Controller('pledges')
export class CorrectPledgeController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/corrections')
  @HttpCode(200)
  @Recorders()
  @ApiOperation({
    summary: 'Correct facts of a pledge, with the reason; the original stays in the history',
  })
  @ApiHeader({ name: 'If-Match', required: true, description: 'The ETag (revision) you last read' })
  @ApiOkResponse({ type: WriteResponse })
  async correct(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() { changes, reason }: CorrectPledgeDto,
    @IfMatch() expectedRevision: number,
    @RequestMetadata() metadata: CommandMetadata,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WriteResponse> {
    const { pledger, beneficiary, ...facts } = changes;
    const input: CorrectPledge['data'] = { pledgeId: id, changes: { ...facts }, reason };
    if (pledger) input.changes.pledger = { ...pledger };
    if (beneficiary) input.changes.beneficiary = { ...beneficiary };
    const result = await this.commands.execute<CorrectPledgeCommand, CommandResult<unknown>>(
      new CorrectPledgeCommand(input, expectedRevision, metadata),
    );
    return writeResponse(reply, result);
  }
}
