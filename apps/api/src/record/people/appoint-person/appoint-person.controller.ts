import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { CommandMetadata, CommandResult } from '@chancery/event-sourcing';
import { IfMatch } from '../../shared/if-match';
import { RequestMetadata } from '../../shared/request-metadata';
import { Recorders } from '../../shared/roles';
import { writeResponse, WriteResponse } from '../../shared/write-response';
import { AppointPersonCommand } from './appoint-person.command';
import { AppointPersonDto } from './appoint-person.dto';

@ApiTags('people')
@Controller('people')
export class AppointPersonController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/positions')
  @HttpCode(200)
  @Recorders()
  @ApiOperation({ summary: 'Record a post the person holds or held (title, where, from, to)' })
  @ApiHeader({ name: 'If-Match', required: true })
  @ApiOkResponse({ type: WriteResponse })
  async appoint(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() { title, at, from = null, to = null, sourceIds = [] }: AppointPersonDto,
    @IfMatch() expectedRevision: number,
    @RequestMetadata() metadata: CommandMetadata,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WriteResponse> {
    const input = { personId: id, title, at, from, to, sourceIds };
    const result = await this.commands.execute<AppointPersonCommand, CommandResult<unknown>>(
      new AppointPersonCommand(input, expectedRevision, metadata),
    );
    return writeResponse(reply, result);
  }
}
