import { Body, Controller, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { CommandMetadata, CommandResult } from '@chancery/event-sourcing';
import { invalidFields } from '../../../http/validation';
import { IfMatch } from '../../shared/if-match';
import { RequestMetadata } from '../../shared/request-metadata';
import { ChangesRecord } from '../../shared/changes-record';
import { writeResponse, WriteResponse } from '../../shared/write-response';
import { PledgeStepCommand } from '../shared/pledge-step.command';
import { asTarget } from '../targets';
import { ReportPledgeProgressDto } from './report-pledge-progress.dto';

@ApiTags('pledges')
@Controller('pledges')
export class ReportPledgeProgressController {
  constructor(private readonly commands: CommandBus) {}

  @ChangesRecord(':id/progress-reports', {
    summary: 'Report progress toward a pledge, with a note, its figures if any, and a source',
  })
  async report(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() { achieved, figures, ...rest }: ReportPledgeProgressDto,
    @IfMatch() expectedRevision: number,
    @RequestMetadata() metadata: CommandMetadata,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WriteResponse> {
    if (achieved !== undefined && figures !== undefined)
      throw invalidFields([
        { field: 'achieved', reason: 'achieved is the one-item form of figures: give one of them' },
      ]);
    const given = figures ?? (achieved ? [achieved] : []);
    const result = await this.commands.execute<PledgeStepCommand, CommandResult<unknown>>(
      new PledgeStepCommand(
        {
          type: 'ReportPledgeProgress',
          data: { ...rest, figures: given.map((f) => asTarget(f)), pledgeId: id },
        },
        expectedRevision,
        metadata,
      ),
    );
    return writeResponse(reply, result);
  }
}
