import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { IndicatorPeriod } from '@chancery/diplomacy';
import { StreamReader, type CommandMetadata, type CommandResult } from '@chancery/event-sourcing';
import { explainWrongKind } from '../../shared/reference-kinds';
import { newRecordId } from '../../shared/record-id';
import { RequestMetadata } from '../../shared/request-metadata';
import { Recorders } from '../../shared/roles';
import { writeResponse, WriteResponse } from '../../shared/write-response';
import { RecordIndicatorCommand } from './record-indicator.command';
import { PeriodDto, RecordIndicatorDto } from './record-indicator.dto';
import { toTarget } from '../../shared/figure.dto';
export const toPeriod = (p: PeriodDto): IndicatorPeriod =>
  p.asOf !== undefined ? { asOf: p.asOf } : { from: p.from ?? null, to: p.to! };

@ApiTags('indicators')
@Controller('indicators')
export class RecordIndicatorController {
  constructor(
    private readonly commands: CommandBus,
    private readonly reader: StreamReader,
  ) {}

  @Post()
  @HttpCode(201)
  @Recorders()
  @ApiOperation({
    summary:
      'Record an indicator: a figure with unit or currency, what it measures, its period, its source',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: WriteResponse })
  async record(
    @Body()
    {
      indicatorId,
      figure,
      period,
      from = null,
      to = null,
      statedById = null,
      meetingId = null,
      classification,
      ...rest
    }: RecordIndicatorDto,
    @RequestMetadata() metadata: CommandMetadata,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WriteResponse> {
    const id = newRecordId('indicator', indicatorId, metadata);
    const input = {
      ...rest,
      indicatorId: id,
      figure: toTarget(figure),
      period: toPeriod(period),
      from,
      to,
      statedById,
      meetingId,
      ...(classification ? { classification } : {}),
    };
    const result = await this.commands
      .execute<RecordIndicatorCommand, CommandResult<unknown>>(
        new RecordIndicatorCommand(input, metadata),
      )
      .catch((error: unknown) => explainWrongKind(this.reader, metadata, error));
    void reply.header('Location', `/indicators/${id}`);
    return writeResponse(reply, result);
  }
}
