import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { StreamReader, type CommandMetadata, type CommandResult } from '@chancery/event-sourcing';
import { explainWrongKind } from '../../shared/reference-kinds';
import { newRecordId } from '../../shared/record-id';
import { RequestMetadata } from '../../shared/request-metadata';
import { Recorders } from '../../shared/roles';
import { writeResponse, WriteResponse } from '../../shared/write-response';
import { RecordStatementCommand } from './record-statement.command';
import { RecordStatementDto } from './record-statement.dto';

@ApiTags('statements')
@Controller('statements')
export class RecordStatementController {
  constructor(
    private readonly commands: CommandBus,
    private readonly reader: StreamReader,
  ) {}

  @Post()
  @HttpCode(201)
  @Recorders()
  @ApiOperation({
    summary: 'Record an attributed statement: quote or reported speech, speaker, meeting, source',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: WriteResponse })
  async record(
    @Body()
    {
      statementId,
      meetingId = null,
      speakerTitle = null,
      saidOn = null,
      classification,
      ...rest
    }: RecordStatementDto,
    @RequestMetadata() metadata: CommandMetadata,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WriteResponse> {
    const id = newRecordId('statement', statementId, metadata);
    const input = {
      ...rest,
      statementId: id,
      meetingId,
      speakerTitle,
      saidOn,
      ...(classification ? { classification } : {}),
    };
    const result = await this.commands
      .execute<RecordStatementCommand, CommandResult<unknown>>(
        new RecordStatementCommand(input, metadata),
      )
      // A person's id given as an organisation speaker (or the reverse) says so.
      .catch((error: unknown) => explainWrongKind(this.reader, metadata, error));
    void reply.header('Location', `/statements/${id}`);
    return writeResponse(reply, result);
  }
}
