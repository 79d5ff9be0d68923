import { Body, Controller, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { CorrectIndicator } from '@chancery/diplomacy';
import { StreamReader, type CommandMetadata, type CommandResult } from '@chancery/event-sourcing';
import { explainWrongKind } from '../../shared/reference-kinds';
import { IfMatch } from '../../shared/if-match';
import { RequestMetadata } from '../../shared/request-metadata';
import { ChangesRecord } from '../../shared/changes-record';
import { writeResponse, WriteResponse } from '../../shared/write-response';
import { toPeriod } from '../record-indicator/record-indicator.controller';
import { toTarget } from '../../shared/figure.dto';
import { CorrectIndicatorCommand } from './correct-indicator.command';
import { CorrectIndicatorDto } from './correct-indicator.dto';

@ApiTags('indicators')
@Controller('indicators')
export class CorrectIndicatorController {
  constructor(
    private readonly commands: CommandBus,
    private readonly reader: StreamReader,
  ) {}

  @ChangesRecord(':id/corrections', {
    summary: 'Correct facts of an indicator, with the reason; the original stays in the history',
  })
  async correct(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() { changes, reason }: CorrectIndicatorDto,
    @IfMatch() expectedRevision: number,
    @RequestMetadata() metadata: CommandMetadata,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WriteResponse> {
    const { figure, period, ...facts } = changes;
    const input: CorrectIndicator['data'] = { indicatorId: id, changes: facts, reason };
    if (figure) input.changes.figure = toTarget(figure);
    if (period) input.changes.period = toPeriod(period);
    const result = await this.commands
      .execute<CorrectIndicatorCommand, CommandResult<unknown>>(
        new CorrectIndicatorCommand(input, expectedRevision, metadata),
      )
      .catch((error: unknown) => explainWrongKind(this.reader, metadata, error));
    return writeResponse(reply, result);
  }
}
