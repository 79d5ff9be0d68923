import { Body, Controller, HttpCode, Param, Put, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { CommandMetadata, CommandResult } from '@chancery/event-sourcing';
import { RequestMetadata } from '../../shared/request-metadata';
import { Recorders } from '../../shared/roles';
import { writeResponse, WriteResponse } from '../../shared/write-response';
import { RegisterCountryCommand } from './register-country.command';
import { RegisterCountryDto } from './register-country.dto';

@ApiTags('countries')
@Controller('countries')
export class RegisterCountryController {
  constructor(private readonly commands: CommandBus) {}

  /** PUT: the code is the id, so registering twice with the same body is a harmless retry. */
  @Put(':code')
  @HttpCode(201)
  @Recorders()
  @ApiOperation({ summary: 'Register a country as a party; its name comes from ISO 3166-1' })
  @ApiParam({ name: 'code', example: 'KAZ', description: 'ISO 3166-1 alpha-3' })
  @ApiOkResponse({ type: WriteResponse })
  async register(
    @Param('code') code: string,
    @Body() dto: RegisterCountryDto,
    @RequestMetadata() metadata: CommandMetadata,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WriteResponse> {
    const result = await this.commands.execute<RegisterCountryCommand, CommandResult<unknown>>(
      new RegisterCountryCommand({ code, ...dto }, metadata),
    );
    return writeResponse(reply, result);
  }
}
