import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { CommandMetadata, CommandResult } from '@chancery/event-sourcing';
import { newRecordId } from '../../shared/record-id';
import { RequestMetadata } from '../../shared/request-metadata';
import { Recorders } from '../../shared/roles';
import { writeResponse, WriteResponse } from '../../shared/write-response';
import { RegisterSourceCommand } from './register-source.command';
import { RegisterSourceDto } from './register-source.dto';

@ApiTags('sources')
@Controller('sources')
export class RegisterSourceController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(201)
  @Recorders()
  @ApiOperation({
    summary:
      'Register a source (press release, news agency report, internal note…) that records cite',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: WriteResponse })
  async register(
    @Body()
    {
      sourceId,
      url = null,
      title = null,
      publishedOn = null,
      classification,
      ...facts
    }: RegisterSourceDto,
    @RequestMetadata() metadata: CommandMetadata,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WriteResponse> {
    const id = newRecordId('source', sourceId, metadata);
    const input = {
      ...facts,
      title,
      publishedOn,
      sourceId: id,
      url,
      ...(classification ? { classification } : {}),
    };
    const result = await this.commands.execute<RegisterSourceCommand, CommandResult<unknown>>(
      new RegisterSourceCommand(input, metadata),
    );
    void reply.header('Location', `/sources/${id}`);
    return writeResponse(reply, result);
  }
}
