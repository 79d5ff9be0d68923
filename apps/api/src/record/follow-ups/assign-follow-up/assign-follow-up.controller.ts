import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { CommandMetadata, CommandResult } from '@chancery/event-sourcing';
import { newRecordId } from '../../shared/record-id';
import { RequestMetadata } from '../../shared/request-metadata';
import { Recorders } from '../../shared/roles';
import { writeResponse, WriteResponse } from '../../shared/write-response';
import { AssignFollowUpCommand } from './assign-follow-up.command';
import { AssignFollowUpDto } from './assign-follow-up.dto';

@ApiTags('follow-ups')
@Controller('follow-ups')
export class AssignFollowUpController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(201)
  @Recorders()
  @ApiOperation({
    summary: 'Assign a follow-up of a pledge or a meeting to a member of staff, with a due date',
  })
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'Makes a retry return the first result',
  })
  @ApiCreatedResponse({ type: WriteResponse })
  async assign(
    @Body()
    { followUpId, pledgeId = null, meetingId = null, classification, ...rest }: AssignFollowUpDto,
    @RequestMetadata() metadata: CommandMetadata,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WriteResponse> {
    const id = newRecordId('follow-up', followUpId, metadata);
    const input = {
      ...rest,
      followUpId: id,
      pledgeId,
      meetingId,
      ...(classification ? { classification } : {}),
    };
    const result = await this.commands.execute<AssignFollowUpCommand, CommandResult<unknown>>(
      new AssignFollowUpCommand(input, metadata),
    );
    void reply.header('Location', `/follow-ups/${id}`);
    return writeResponse(reply, result);
  }
}
