import { Controller, Get, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { draftDecider, draftStream } from '@chancery/diplomacy';
import { StreamReader } from '@chancery/event-sourcing';
import { Readers } from '../../shared/roles';
import { ViewerOf, type Viewer } from '../../shared/viewer';
import { draftView, type DraftView } from '../draft-view';

@ApiTags('drafts')
@Controller('drafts')
export class GetDraftController {
  constructor(private readonly reader: StreamReader) {}

  @Get(':id')
  @Readers()
  @ApiOperation({ summary: 'A draft: its text, each proposed record with its spans and decision' })
  async get(
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
    @ViewerOf() viewer: Viewer,
  ): Promise<DraftView> {
    return draftView(reply, id, await this.reader.load(draftStream(id), draftDecider), viewer);
  }
}
