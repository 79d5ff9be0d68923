import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { CommandMetadata, CommandResult } from '@chancery/event-sourcing';
import { IfMatch } from '../../shared/if-match';
import { RequestMetadata } from '../../shared/request-metadata';
import { Recorders } from '../../shared/roles';
import { writeResponse, WriteResponse } from '../../shared/write-response';
import { PledgeStepCommand } from '../shared/pledge-step.command';
import { FulfilPledgeDto } from './fulfil-pledge.dto';

@ApiTags('pledges')
@Controller('pledges')
export class FulfilPledgeController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/fulfilment')
  @HttpCode(200)
  @Recorders()
  @ApiOperation({ summary: 'Record that a pledge was fulfilled, with a source' })
  @ApiHeader({ name: 'If-Match', required: true, description: 'The ETag (revision) you last read' })
  @ApiOkResponse({ type: WriteResponse })
  async fulfil(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() { note = '', ...rest }: FulfilPledgeDto,
    @IfMatch() expectedRevision: number,
    @RequestMetadata() metadata: CommandMetadata,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WriteResponse> {
    const result = await this.commands.execute<PledgeStepCommand, CommandResult<unknown>>(
      new PledgeStepCommand(
        { type: 'FulfilPledge', data: { ...rest, note, pledgeId: id } },
        expectedRevision,
        metadata,
      ),
    );
    return writeResponse(reply, result);
  }
}
