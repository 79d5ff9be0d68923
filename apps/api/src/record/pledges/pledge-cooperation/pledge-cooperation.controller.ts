import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { PledgeCooperation } from '@chancery/diplomacy';
import { StreamReader, type CommandMetadata, type CommandResult } from '@chancery/event-sourcing';
import { explainWrongKind } from '../../shared/reference-kinds';
import { newRecordId } from '../../shared/record-id';
import { RequestMetadata } from '../../shared/request-metadata';
import { Recorders } from '../../shared/roles';
import { writeResponse, WriteResponse } from '../../shared/write-response';
import { namedAsGiven, oneItemNames, pledgeLists } from '../pledge-facts';
import { PledgeCooperationCommand } from './pledge-cooperation.command';
import { PledgeCooperationDto } from './pledge-cooperation.dto';

@ApiTags('pledges')
@Controller('pledges')
export class PledgeCooperationController {
  constructor(
    private readonly commands: CommandBus,
    private readonly reader: StreamReader,
  ) {}

  @Post()
  @HttpCode(201)
  @Recorders()
  @ApiOperation({
    summary:
      'Record a pledge: who promised whom what, how firmly, by when, at which meeting; several parties, areas and targets',
  })
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'Makes a retry return the first result',
  })
  @ApiCreatedResponse({ type: WriteResponse })
  async pledge(
    @Body()
    {
      pledgeId,
      pledgers,
      beneficiaries,
      areas,
      targets,
      pledger,
      beneficiary,
      area,
      target,
      beneficiaryGroup = null,
      pledgerGroup = null,
      mutual = false,
      targetDate = null,
      meetingId = null,
      documentId = null,
      classification,
      ...rest
    }: PledgeCooperationDto,
    @RequestMetadata() metadata: CommandMetadata,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WriteResponse> {
    const id = newRecordId('pledge', pledgeId, metadata);
    const given = { pledgers, beneficiaries, areas, targets, pledger, beneficiary, area, target };
    const lists = pledgeLists(given);
    const input: PledgeCooperation['data'] = {
      ...rest,
      pledgers: lists.pledgers ?? [],
      beneficiaries: lists.beneficiaries ?? [],
      beneficiaryGroup,
      pledgerGroup,
      mutual,
      areas: lists.areas ?? [],
      targets: lists.targets ?? [],
      pledgeId: id,
      targetDate,
      meetingId,
      documentId,
      ...(classification ? { classification } : {}),
    };
    const result = await this.commands
      .execute<PledgeCooperationCommand, CommandResult<unknown>>(
        new PledgeCooperationCommand(input, metadata),
      )
      .catch(namedAsGiven(oneItemNames(given)))
      .catch((error: unknown) => explainWrongKind(this.reader, metadata, error));
    void reply.header('Location', `/pledges/${id}`);
    return writeResponse(reply, result);
  }
}
