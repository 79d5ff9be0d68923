import { Body, Controller, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { CommandMetadata } from '@chancery/event-sourcing';
import { ChangesRecord } from '../../shared/changes-record';
import { IfMatch } from '../../shared/if-match';
import { RequestMetadata } from '../../shared/request-metadata';
import { writeResponse, WriteResponse } from '../../shared/write-response';
import { DraftCommands } from '../draft-commands';
import { requireItemShape } from '../review-draft-item/item-shape';
import { AddDraftItemDto } from './add-draft-item.dto';

@ApiTags('drafts')
@Controller('drafts')
export class AddDraftItemController {
  constructor(private readonly drafts: DraftCommands) {}

  @ChangesRecord(':id/items', {
    summary: 'Add a record the draft missed (a meeting, a pledge…), committed with the rest',
  })
  async add(
    @Param('id', ParseUUIDPipe) draftId: string,
    @Body() { kind, value }: AddDraftItemDto,
    @IfMatch() expectedRevision: number,
    @RequestMetadata() metadata: CommandMetadata,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WriteResponse> {
    requireItemShape(kind, 'new item', value);
    const command = { type: 'AddDraftItem' as const, data: { draftId, kind, value } };
    return writeResponse(reply, await this.drafts.change(command, metadata, expectedRevision));
  }
}
