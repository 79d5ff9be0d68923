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
import { CorrectStatementCommand } from './correct-statement.command';
import { CorrectStatementDto } from './correct-statement.dto';

@ApiTags('statements')
@Controller('statements')
export class CorrectStatementController {
  constructor(
    private readonly commands: CommandBus,
    private readonly reader: StreamReader,
  ) {}

  @ChangesRecord(':id/corrections', {
    summary: 'Correct facts of a statement, with the reason; the original stays in the history',
  })
  async correct(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() { changes, reason }: CorrectStatementDto,
    @IfMatch() expectedRevision: number,
    @RequestMetadata() metadata: CommandMetadata,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WriteResponse> {
    const result = await this.commands
      .execute<CorrectStatementCommand, CommandResult<unknown>>(
        new CorrectStatementCommand(
          { statementId: id, changes, reason },
          expectedRevision,
          metadata,
        ),
      )
      // A person's id given as an organisation speaker (or the reverse) says so.
      .catch((error: unknown) => explainWrongKind(this.reader, metadata, error));
    return writeResponse(reply, result);
  }
}
