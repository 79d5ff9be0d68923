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
import { ChangePledgeLevelDto } from './change-pledge-level.dto';

@ApiTags('pledges')
@Controller('pledges')
export class ChangePledgeLevelController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/level-changes')
  @HttpCode(200)
  @Recorders()
  @ApiOperation({
    summary:
      'Record that a pledge became more (or less) binding, e.g. an intent signed as an agreement',
  })
  @ApiHeader({ name: 'If-Match', required: true, description: 'The ETag (revision) you last read' })
  @ApiOkResponse({ type: WriteResponse })
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
