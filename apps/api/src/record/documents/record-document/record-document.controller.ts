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
import { toPlace, toSigner } from '../shared/document-input';
import { RecordDocumentCommand } from './record-document.command';
import { RecordDocumentDto } from './record-document.dto';

@ApiTags('documents')
@Controller('documents')
export class RecordDocumentController {
  constructor(
    private readonly commands: CommandBus,
    private readonly reader: StreamReader,
  ) {}

  @Post()
  @HttpCode(201)
  @Recorders()
  @ApiOperation({
    summary:
      'Record a signed document (memorandum, agreement, joint statement…): parties, signatories, witnesses, date, place',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: WriteResponse })
  async record(
    @Body()
    {
      documentId,
      title = null,
      parties = [],
      signatories = [],
      witnesses = [],
      signedOn = null,
      place = null,
      meetingId = null,
      classification,
      ...rest
    }: RecordDocumentDto,
    @RequestMetadata() metadata: CommandMetadata,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WriteResponse> {
    const id = newRecordId('document', documentId, metadata);
    const input = {
      ...rest,
      documentId: id,
      title,
      parties,
      signatories: signatories.map(toSigner),
      witnesses: witnesses.map(toSigner),
      signedOn,
      place: toPlace(place),
      meetingId,
      ...(classification ? { classification } : {}),
    };
    const result = await this.commands
      .execute<RecordDocumentCommand, CommandResult<unknown>>(
        new RecordDocumentCommand(input, metadata),
      )
      // A person's id given as an organisation (or the reverse) says so.
      .catch((error: unknown) => explainWrongKind(this.reader, metadata, error));
    void reply.header('Location', `/documents/${id}`);
    return writeResponse(reply, result);
  }
}
