import { Body, Controller, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { CommandMetadata, CommandResult } from '@chancery/event-sourcing';
import { ReasonDto } from '../../shared/dto';
import { IfMatch } from '../../shared/if-match';
import { RequestMetadata } from '../../shared/request-metadata';
import { ChangesRecord } from '../../shared/changes-record';
import { writeResponse, WriteResponse } from '../../shared/write-response';
import { RetractDocumentCommand } from './retract-document.command';

@ApiTags('documents')
@Controller('documents')
export class RetractDocumentController {
  constructor(private readonly commands: CommandBus) {}

  @ChangesRecord(':id/retraction', {
    summary: 'Retract a document recorded in error; it stays readable, marked retracted',
  })
  async retract(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() { reason }: ReasonDto,
    @IfMatch() expectedRevision: number,
    @RequestMetadata() metadata: CommandMetadata,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WriteResponse> {
    const result = await this.commands.execute<RetractDocumentCommand, CommandResult<unknown>>(
      new RetractDocumentCommand(id, reason, expectedRevision, metadata),
    );
    return writeResponse(reply, result);
  }
}
