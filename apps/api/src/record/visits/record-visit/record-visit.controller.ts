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
import { RecordVisitCommand } from './record-visit.command';
import { RecordVisitDto, toDelegation } from './record-visit.dto';

@ApiTags('visits')
@Controller('visits')
export class RecordVisitController {
  constructor(
    private readonly commands: CommandBus,
    private readonly reader: StreamReader,
  ) {}

  @Post()
  @HttpCode(201)
  @Recorders()
  @ApiOperation({
    summary: 'Record a visit: delegation and its head, host country, city, dates, purpose',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: WriteResponse })
  async record(
    @Body()
    {
      visitId,
      delegation,
      classification,
      kind = null,
      city = null,
      startDate = null,
      endDate = null,
      purpose = null,
      ...rest
    }: RecordVisitDto,
    @RequestMetadata() metadata: CommandMetadata,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WriteResponse> {
    const id = newRecordId('visit', visitId, metadata);
    const input = {
      ...rest,
      visitId: id,
      kind,
      city,
      startDate,
      endDate,
      purpose,
      delegation: toDelegation(delegation),
      ...(classification ? { classification } : {}),
    };
    const result = await this.commands
      .execute<RecordVisitCommand, CommandResult<unknown>>(new RecordVisitCommand(input, metadata))
      .catch((error: unknown) => explainWrongKind(this.reader, metadata, error));
    void reply.header('Location', `/visits/${id}`);
    return writeResponse(reply, result);
  }
}
