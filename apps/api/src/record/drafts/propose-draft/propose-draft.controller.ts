import { Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { draftFromText, refusal } from '@chancery/drafting';
import type { CommandMetadata } from '@chancery/event-sourcing';
import { newRecordId } from '../../shared/record-id';
import { RequestMetadata } from '../../shared/request-metadata';
import { Recorders } from '../../shared/roles';
import { DraftCommands } from '../draft-commands';
import { draftItems, sourceValue } from '../draft-items';
import { inProcessSend } from '../in-process-send';
import { directoryGazetteer } from './directory-gazetteer';
import { ProposeDraftDto } from './propose-draft.dto';

@ApiTags('drafts')
@Controller('drafts')
export class ProposeDraftController {
  constructor(
    private readonly drafts: DraftCommands,
    private readonly http: HttpAdapterHost,
  ) {}

  @Post()
  @HttpCode(201)
  @Recorders()
  @ApiOperation({
    summary:
      'Draft the records a press release supports, each tied to the words that support it, for review',
  })
  async propose(
    @Body() { draftId, text, classification, ...given }: ProposeDraftDto,
    @Headers('authorization') authorization: string,
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
    const fastify = this.http.httpAdapter.getInstance<FastifyInstance>();
    const send = inProcessSend(fastify, authorization, metadata.correlationId);
    // The directory is asked only about a text the engine will read.
    const gazetteer = refusal(text) ? undefined : await directoryGazetteer(send, text);
    const draft = draftFromText(text, source, gazetteer);
    const items =
      draft.status === 'drafted'
        ? draftItems(draft, source, text)
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
