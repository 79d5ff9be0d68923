import { Body, Controller, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { CorrectPledge } from '@chancery/diplomacy';
import { StreamReader, type CommandMetadata, type CommandResult } from '@chancery/event-sourcing';
import { explainWrongKind } from '../../shared/reference-kinds';
import { IfMatch } from '../../shared/if-match';
import { RequestMetadata } from '../../shared/request-metadata';
import { ChangesRecord } from '../../shared/changes-record';
import { writeResponse, WriteResponse } from '../../shared/write-response';
import { namedAsGiven, oneItemNames, pledgeLists } from '../pledge-facts';
import { CorrectPledgeCommand } from './correct-pledge.command';
import { CorrectPledgeDto } from './correct-pledge.dto';

@ApiTags('pledges')
@Controller('pledges')
export class CorrectPledgeController {
  constructor(
    private readonly commands: CommandBus,
    private readonly reader: StreamReader,
  ) {}

  @ChangesRecord(':id/corrections', {
    summary: 'Correct facts of a pledge, with the reason; the original stays in the history',
  })
  async correct(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() { changes, reason }: CorrectPledgeDto,
    @IfMatch() expectedRevision: number,
    @RequestMetadata() metadata: CommandMetadata,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WriteResponse> {
    const {
      pledgers,
      beneficiaries,
      areas,
      targets,
      pledger,
      beneficiary,
      area,
      target,
      ...facts
    } = changes;
    const given = { pledgers, beneficiaries, areas, targets, pledger, beneficiary, area, target };
    const lists = pledgeLists(given, 'changes.');
    const input: CorrectPledge['data'] = {
      pledgeId: id,
      changes: { ...facts, ...lists } as CorrectPledge['data']['changes'],
      reason,
    };
    const result = await this.commands
      .execute<CorrectPledgeCommand, CommandResult<unknown>>(
        new CorrectPledgeCommand(input, expectedRevision, metadata),
      )
      .catch(namedAsGiven(oneItemNames(given, 'changes.')))
      .catch((error: unknown) => explainWrongKind(this.reader, metadata, error));
    return writeResponse(reply, result);
  }
}
