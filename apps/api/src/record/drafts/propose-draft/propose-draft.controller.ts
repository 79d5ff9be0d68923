import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { DEFAULT_GAZETTEER, draftFromText } from '@chancery/drafting';
import type { CommandMetadata } from '@chancery/event-sourcing';
import { newRecordId } from '../../shared/record-id';
import { RequestMetadata } from '../../shared/request-metadata';
import { Recorders } from '../../shared/roles';
import { DraftCommands } from '../draft-commands';
import { draftItems, sourceValue } from '../draft-items';
import { ProposeDraftDto } from './propose-draft.dto';

@ApiTags('drafts')
@Controller('drafts')
export class ProposeDraftController {
  constructor(private readonly drafts: DraftCommands) {}

  @Post()
  @HttpCode(201)
  @Recorders()
  @ApiOperation({
    summary:
      'Draft the records a press release supports, each tied to the words that support it, for review',
  })
  async propose(
    @Body() { draftId, text, classification, ...given }: ProposeDraftDto,
    @RequestMetadata() metadata: CommandMetadata,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const id = newRecordId('draft', draftId, metadata);
    const source = {
      url: given.url ?? null,
      publisher: given.publisher ?? null,
      title: given.title ?? null,
      published: given.published ?? null,
    };
    const draft = draftFromText(text, source, DEFAULT_GAZETTEER);
    const items =
      draft.status === 'drafted'
        ? draftItems(draft, source)
        : [{ path: 'source', kind: 'source' as const, value: sourceValue(source), spans: [] }];
    const data = { draftId: id, text, source, items, emptyBecause: draft.reason };
    const result = await this.drafts.propose(
      { type: 'ProposeDraft', data: { ...data, ...(classification ? { classification } : {}) } },
      metadata,
    );
    void reply.header('Location', `/drafts/${id}`);
    void reply.header('ETag', `"${result.revision}"`);
    const state = result.state;
    return {
      ...(state.status === 'recorded' ? state.record : data),
      id,
      revision: result.revision,
      position: result.position,
    };
  }
}
