import { Body, Controller, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { draftErrors, DRAFT_ITEM_KINDS, type DraftItemKind } from '@chancery/diplomacy';
import type { CommandMetadata } from '@chancery/event-sourcing';
import { ChangesRecord } from '../../shared/changes-record';
import { IfMatch } from '../../shared/if-match';
import { RequestMetadata } from '../../shared/request-metadata';
import { writeResponse, WriteResponse } from '../../shared/write-response';
import { DraftCommands } from '../draft-commands';
import { EditDraftItemDto, RejectDraftItemDto } from './review-draft-item.dto';
import { requireItemShape } from './item-shape';

/** `meetings.2` names the third proposed meeting; `source` the source. */
function kindOf(path: string): DraftItemKind {
  const kind = path.split('.')[0] as DraftItemKind;
  if (!DRAFT_ITEM_KINDS.includes(kind) || !/^(source|[a-z]+\.\d{1,4})$/.test(path))
    throw draftErrors.unknownItem(path);
  return kind;
}

@ApiTags('drafts')
@Controller('drafts')
export class ReviewDraftItemController {
  constructor(private readonly drafts: DraftCommands) {}

  @ChangesRecord(':id/items/:path/edits', {
    summary: 'Replace a proposed record with the officer’s own values',
  })
  async edit(
    @Param('id', ParseUUIDPipe) draftId: string,
    @Param('path') path: string,
    @Body() { value }: EditDraftItemDto,
    @IfMatch() expectedRevision: number,
    @RequestMetadata() metadata: CommandMetadata,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WriteResponse> {
    requireItemShape(kindOf(path), path, value);
    const command = { type: 'EditDraftItem' as const, data: { draftId, path, value } };
    return writeResponse(reply, await this.drafts.change(command, metadata, expectedRevision));
  }

  @ChangesRecord(':id/items/:path/acceptance', { summary: 'Accept a proposed record as it stands' })
  async accept(
    @Param('id', ParseUUIDPipe) draftId: string,
    @Param('path') path: string,
    @IfMatch() expectedRevision: number,
    @RequestMetadata() metadata: CommandMetadata,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WriteResponse> {
    kindOf(path);
    const command = { type: 'AcceptDraftItem' as const, data: { draftId, path } };
    return writeResponse(reply, await this.drafts.change(command, metadata, expectedRevision));
  }

  @ChangesRecord(':id/items/:path/rejection', {
    summary: 'Reject a proposed record: the commit leaves it out',
  })
  async reject(
    @Param('id', ParseUUIDPipe) draftId: string,
    @Param('path') path: string,
    @Body() { reason = null }: RejectDraftItemDto,
    @IfMatch() expectedRevision: number,
    @RequestMetadata() metadata: CommandMetadata,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WriteResponse> {
    kindOf(path);
    const command = { type: 'RejectDraftItem' as const, data: { draftId, path, reason } };
    return writeResponse(reply, await this.drafts.change(command, metadata, expectedRevision));
  }
}
