import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { CommandMetadata, CommandResult } from '@chancery/event-sourcing';
import { IfMatch } from '../../shared/if-match';
import { RequestMetadata } from '../../shared/request-metadata';
import { Recorders } from '../../shared/roles';
import { writeResponse, WriteResponse } from '../../shared/write-response';
import { CorrectFollowUpCommand } from './correct-follow-up.command';
import { CorrectFollowUpDto } from './correct-follow-up.dto';

@ApiTags('follow-ups')
@Controller('follow-ups')
export class CorrectFollowUpController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/corrections')
  @HttpCode(200)
  @Recorders()
  @ApiOperation({
    summary:
      'Correct what a follow-up is about, with the reason; the original stays in the history',
  })
  @ApiHeader({ name: 'If-Match', required: true, description: 'The ETag (revision) you last read' })
  @ApiOkResponse({ type: WriteResponse })
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
