import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { CommandMetadata, CommandResult } from '@chancery/event-sourcing';
import { newRecordId } from '../../shared/record-id';
import { RequestMetadata } from '../../shared/request-metadata';
import { Recorders } from '../../shared/roles';
import { writeResponse, WriteResponse } from '../../shared/write-response';
import { RegisterPersonCommand } from './register-person.command';
import { RegisterPersonDto } from './register-person.dto';

@ApiTags('people')
@Controller('people')
export class RegisterPersonController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(201)
  @Recorders()
  @ApiOperation({ summary: 'Register a person; add their posts with POST /people/:id/positions' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: WriteResponse })
  async register(
    @Body()
    { personId, nationality = null, sourceIds = [], classification, name }: RegisterPersonDto,
    @RequestMetadata() metadata: CommandMetadata,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WriteResponse> {
    const id = newRecordId('person', personId, metadata);
    const input = {
      personId: id,
      name,
      nationality,
      sourceIds,
      ...(classification ? { classification } : {}),
    };
    const result = await this.commands.execute<RegisterPersonCommand, CommandResult<unknown>>(
      new RegisterPersonCommand(input, metadata),
    );
    void reply.header('Location', `/people/${id}`);
    return writeResponse(reply, result);
  }
}
