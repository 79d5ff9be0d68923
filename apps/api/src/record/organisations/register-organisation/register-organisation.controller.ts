import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { CommandMetadata, CommandResult } from '@chancery/event-sourcing';
import { newRecordId } from '../../shared/record-id';
import { RequestMetadata } from '../../shared/request-metadata';
import { Recorders } from '../../shared/roles';
import { writeResponse, WriteResponse } from '../../shared/write-response';
import { RegisterOrganisationCommand } from './register-organisation.command';
import { RegisterOrganisationDto } from './register-organisation.dto';

@ApiTags('organisations')
@Controller('organisations')
export class RegisterOrganisationController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(201)
  @Recorders()
  @ApiOperation({
    summary: 'Register an organisation: government body, IGO, IFI, company, NGO or media',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: WriteResponse })
  async register(
    @Body()
    {
      organisationId,
      acronym = null,
      homeCountry = null,
      partOfId = null,
      sector = null,
      sourceIds = [],
      classification,
      ...rest
    }: RegisterOrganisationDto,
    @RequestMetadata() metadata: CommandMetadata,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WriteResponse> {
    const id = newRecordId('organisation', organisationId, metadata);
    const input = {
      ...rest,
      organisationId: id,
      acronym,
      homeCountry,
      partOfId,
      sector,
      sourceIds,
      ...(classification ? { classification } : {}),
    };
    const result = await this.commands.execute<RegisterOrganisationCommand, CommandResult<unknown>>(
      new RegisterOrganisationCommand(input, metadata),
    );
    void reply.header('Location', `/organisations/${id}`);
    return writeResponse(reply, result);
  }
}
