import { Body, Controller, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { CorrectDocument } from '@chancery/diplomacy';
import { StreamReader, type CommandMetadata, type CommandResult } from '@chancery/event-sourcing';
import { ChangesRecord } from '../../shared/changes-record';
import { IfMatch } from '../../shared/if-match';
import { explainWrongKind } from '../../shared/reference-kinds';
import { RequestMetadata } from '../../shared/request-metadata';
import { writeResponse, WriteResponse } from '../../shared/write-response';
import { toPlace, toSigner } from '../shared/document-input';
import { CorrectDocumentCommand } from './correct-document.command';
import { CorrectDocumentDto } from './correct-document.dto';

@ApiTags('documents')
@Controller('documents')
export class CorrectDocumentController {
  constructor(
    private readonly commands: CommandBus,
    private readonly reader: StreamReader,
  ) {}

  @ChangesRecord(':id/corrections', {
    summary:
      'Correct facts of a signed document, with the reason; the original stays in the history',
  })
  async correct(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() { changes: { signatories, witnesses, place, ...facts }, reason }: CorrectDocumentDto,
    @IfMatch() expectedRevision: number,
    @RequestMetadata() metadata: CommandMetadata,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WriteResponse> {
    const changes: CorrectDocument['data']['changes'] = {
      ...facts,
      ...(signatories ? { signatories: signatories.map(toSigner) } : {}),
      ...(witnesses ? { witnesses: witnesses.map(toSigner) } : {}),
      ...(place !== undefined ? { place: toPlace(place) } : {}),
    };
    const result = await this.commands
      .execute<CorrectDocumentCommand, CommandResult<unknown>>(
        new CorrectDocumentCommand({ documentId: id, changes, reason }, expectedRevision, metadata),
      )
      .catch((error: unknown) => explainWrongKind(this.reader, metadata, error));
    return writeResponse(reply, result);
  }
}
