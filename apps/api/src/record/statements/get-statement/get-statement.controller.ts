import { Controller, Get, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  statementDecider,
  statementErrors,
  statementStream,
  type Statement,
} from '@chancery/diplomacy';
import { StreamReader } from '@chancery/event-sourcing';
import { recordView, type RecordView } from '../../shared/record-view';
import { ViewerOf, type Viewer } from '../../shared/viewer';
import { Readers } from '../../shared/roles';

@ApiTags('statements')
@Controller('statements')
export class GetStatementController {
  constructor(private readonly reader: StreamReader) {}

  @Get(':id')
  @Readers()
  @ApiOperation({ summary: 'A statement as it stands' })
  async get(
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
    @ViewerOf() viewer: Viewer,
  ): Promise<RecordView<Statement>> {
    return recordView(
      reply,
      id,
      await this.reader.load(statementStream(id), statementDecider),
      statementErrors,
      viewer,
    );
  }
}
