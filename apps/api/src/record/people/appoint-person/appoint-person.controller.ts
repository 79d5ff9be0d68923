import { Body, Controller, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { StreamReader, type CommandMetadata, type CommandResult } from '@chancery/event-sourcing';
import { explainWrongKind } from '../../shared/reference-kinds';
import { IfMatch } from '../../shared/if-match';
import { RequestMetadata } from '../../shared/request-metadata';
import { ChangesRecord } from '../../shared/changes-record';
import { writeResponse, WriteResponse } from '../../shared/write-response';
import { AppointPersonCommand } from './appoint-person.command';
import { AppointPersonDto } from './appoint-person.dto';

@ApiTags('people')
@Controller('people')
export class AppointPersonController {
  constructor(
    private readonly commands: CommandBus,
    private readonly reader: StreamReader,
  ) {}

  @ChangesRecord(':id/positions', {
    summary: 'Record a post the person holds or held (title, where, from, to)',
  })
  async appoint(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() { title, at, from = null, to = null, sourceIds = [] }: AppointPersonDto,
    @IfMatch() expectedRevision: number,
    @RequestMetadata() metadata: CommandMetadata,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WriteResponse> {
    const input = { personId: id, title, at, from, to, sourceIds };
    const result = await this.commands
      .execute<AppointPersonCommand, CommandResult<unknown>>(
        new AppointPersonCommand(input, expectedRevision, metadata),
      )
      .catch((error: unknown) => explainWrongKind(this.reader, metadata, error));
    return writeResponse(reply, result);
  }
}
