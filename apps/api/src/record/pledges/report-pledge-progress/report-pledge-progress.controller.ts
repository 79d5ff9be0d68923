import { Body, Controller, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { CommandMetadata, CommandResult } from '@chancery/event-sourcing';
import { IfMatch } from '../../shared/if-match';
import { RequestMetadata } from '../../shared/request-metadata';
import { ChangesRecord } from '../../shared/changes-record';
import { writeResponse, WriteResponse } from '../../shared/write-response';
import { PledgeStepCommand } from '../shared/pledge-step.command';
import { ReportPledgeProgressDto } from './report-pledge-progress.dto';

@ApiTags('pledges')
@Controller('pledges')
export class ReportPledgeProgressController {
  constructor(private readonly commands: CommandBus) {}

  @ChangesRecord(':id/progress-reports', {
    summary: 'Report progress toward a pledge, with a note, a figure if any, and a source',
  })
  async report(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() { achieved = null, ...rest }: ReportPledgeProgressDto,
    @IfMatch() expectedRevision: number,
    @RequestMetadata() metadata: CommandMetadata,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WriteResponse> {
    const result = await this.commands.execute<PledgeStepCommand, CommandResult<unknown>>(
      new PledgeStepCommand(
        { type: 'ReportPledgeProgress', data: { ...rest, achieved, pledgeId: id } },
        expectedRevision,
        metadata,
      ),
    );
    return writeResponse(reply, result);
  }
}
