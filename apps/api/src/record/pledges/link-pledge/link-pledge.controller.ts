import { Body, Controller, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { CommandMetadata, CommandResult } from '@chancery/event-sourcing';
import { ChangesRecord } from '../../shared/changes-record';
import { IfMatch } from '../../shared/if-match';
import { RequestMetadata } from '../../shared/request-metadata';
import { writeResponse, WriteResponse } from '../../shared/write-response';
import { PledgeStepCommand } from '../shared/pledge-step.command';
import { LinkPledgeCommand } from './link-pledge.command';
import { LinkPledgeDto, UnlinkPledgeDto } from './link-pledge.dto';

@ApiTags('pledges')
@Controller('pledges')
export class LinkPledgeController {
  constructor(private readonly commands: CommandBus) {}

  @ChangesRecord(':id/links', {
    summary:
      'Link a pledge to another: part of it, following from it, or the same one reported again ' +
      '(tentative or confirmed); a link closing a cycle is a 422 LINK.CYCLE',
  })
  async link(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() { relation, otherPledgeId, certainty = 'tentative' }: LinkPledgeDto,
    @IfMatch() expectedRevision: number,
    @RequestMetadata() metadata: CommandMetadata,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WriteResponse> {
    const result = await this.commands.execute<LinkPledgeCommand, CommandResult<unknown>>(
      new LinkPledgeCommand(
        { pledgeId: id, relation, otherPledgeId, certainty },
        expectedRevision,
        metadata,
      ),
    );
    return writeResponse(reply, result);
  }

  @ChangesRecord(':id/link-removals', {
    summary: 'Remove a link of a pledge to another, with the reason',
  })
  async unlink(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() { relation, otherPledgeId, reason }: UnlinkPledgeDto,
    @IfMatch() expectedRevision: number,
    @RequestMetadata() metadata: CommandMetadata,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WriteResponse> {
    const result = await this.commands.execute<PledgeStepCommand, CommandResult<unknown>>(
      new PledgeStepCommand(
        { type: 'UnlinkPledge', data: { pledgeId: id, relation, otherPledgeId, reason } },
        expectedRevision,
        metadata,
      ),
    );
    return writeResponse(reply, result);
  }
}
