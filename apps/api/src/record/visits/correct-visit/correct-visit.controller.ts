import { Body, Controller, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { CorrectVisit } from '@chancery/diplomacy';
import { StreamReader, type CommandMetadata, type CommandResult } from '@chancery/event-sourcing';
import { explainWrongKind } from '../../shared/reference-kinds';
import { IfMatch } from '../../shared/if-match';
import { RequestMetadata } from '../../shared/request-metadata';
import { ChangesRecord } from '../../shared/changes-record';
import { writeResponse, WriteResponse } from '../../shared/write-response';
import { CorrectVisitCommand } from './correct-visit.command';
import { toDelegation } from '../record-visit/record-visit.dto';
import { CorrectVisitDto } from './correct-visit.dto';

@ApiTags('visits')
@Controller('visits')
export class CorrectVisitController {
  constructor(
    private readonly commands: CommandBus,
    private readonly reader: StreamReader,
  ) {}

  @ChangesRecord(':id/corrections', {
    summary: 'Correct facts of a visit, with the reason; the original stays in the history',
  })
  async correct(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() { changes, reason }: CorrectVisitDto,
    @IfMatch() expectedRevision: number,
    @RequestMetadata() metadata: CommandMetadata,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WriteResponse> {
    const { delegation, ...facts } = changes;
    const input: CorrectVisit['data'] = { visitId: id, changes: facts, reason };
    if (delegation) input.changes.delegation = toDelegation(delegation);
    const result = await this.commands
      .execute<CorrectVisitCommand, CommandResult<unknown>>(
        new CorrectVisitCommand(input, expectedRevision, metadata),
      )
      .catch((error: unknown) => explainWrongKind(this.reader, metadata, error));
    return writeResponse(reply, result);
  }
}
