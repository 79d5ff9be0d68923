import { Controller, Get, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  documentDecider,
  documentErrors,
  documentStream,
  type SignedDocument,
} from '@chancery/diplomacy';
import { StreamReader } from '@chancery/event-sourcing';
import { recordView, type RecordView } from '../../shared/record-view';
import { Readers } from '../../shared/roles';
import { ViewerOf, type Viewer } from '../../shared/viewer';

@ApiTags('documents')
@Controller('documents')
export class GetDocumentController {
  constructor(private readonly reader: StreamReader) {}

  @Get(':id')
  @Readers()
  @ApiOperation({ summary: 'A signed document as it stands' })
  async get(
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
    @ViewerOf() viewer: Viewer,
  ): Promise<RecordView<SignedDocument>> {
    return recordView(
      reply,
      id,
      await this.reader.load(documentStream(id), documentDecider),
      documentErrors,
      viewer,
    );
  }
}
