import { Body, Controller, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { CommandMetadata, CommandResult } from '@chancery/event-sourcing';
import { IfMatch } from '../../shared/if-match';
import { RequestMetadata } from '../../shared/request-metadata';
import { ChangesRecord } from '../../shared/changes-record';
import { writeResponse, WriteResponse } from '../../shared/write-response';
import { CorrectPersonCommand } from './correct-person.command';
import { CorrectPersonDto } from './correct-person.dto';

@ApiTags('people')
@Controller('people')
export class CorrectPersonController {
  constructor(private readonly commands: CommandBus) {}

  @ChangesRecord(':id/corrections', {
    summary: 'Correct facts of a person, with the reason; the original stays in the history',
  })
  async correct(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() { changes, reason }: CorrectPersonDto,
    @IfMatch() expectedRevision: number,
    @RequestMetadata() metadata: CommandMetadata,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WriteResponse> {
    const result = await this.commands.execute<CorrectPersonCommand, CommandResult<unknown>>(
      new CorrectPersonCommand({ personId: id, changes, reason }, expectedRevision, metadata),
    );
    return writeResponse(reply, result);
  }
}
