import { Controller, Headers, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyInstance, FastifyReply } from 'fastify';
import {
  DomainError,
  draftDecider,
  draftStream,
  itemsToCommit,
  type DraftCommitted,
} from '@chancery/diplomacy';
import { StreamReader, type CommandMetadata } from '@chancery/event-sourcing';
import { importFile } from '../../../../../cli/src/import/importer';
import { checkShape } from '../../../../../cli/src/import/press-release';
import { RequestMetadata } from '../../shared/request-metadata';
import { Recorders } from '../../shared/roles';
import { ViewerOf, type Viewer } from '../../shared/viewer';
import { DraftCommands } from '../draft-commands';
import { releaseOf } from '../draft-items';
import { draftView, type DraftView } from '../draft-view';
import { inProcessSend } from '../in-process-send';

/** `$.meetings[1]` of the committed release → the draft item it came from. */
function itemPathOf(factPath: string, paths: Map<string, string>): string {
  const m = /^\$\.(\w+)(?:\[(\d+)\])?/.exec(factPath);
  return (m && paths.get(m[2] === undefined ? m[1] : `${m[1]}.${m[2]}`)) ?? factPath;
}

@ApiTags('drafts')
@Controller('drafts')
export class CommitDraftController {
  constructor(
    private readonly reader: StreamReader,
    private readonly drafts: DraftCommands,
    private readonly http: HttpAdapterHost,
  ) {}

  @Post(':id/commit')
  @HttpCode(200)
  @Recorders()
  @ApiOperation({
    summary:
      'Record every item not rejected through the ordinary commands, citing the source; a second commit writes nothing',
  })
  async commit(
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('authorization') authorization: string,
    @RequestMetadata() metadata: CommandMetadata,
    @ViewerOf() viewer: Viewer,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<DraftView> {
    const loaded = await this.reader.load(draftStream(id), draftDecider);
    const draft = draftView(reply, id, loaded, viewer);
    if (draft.committed) return draft;
    const items = itemsToCommit(draft);
    const paths = new Map<string, string>();
    const counters = new Map<string, number>();
    for (const item of items) {
      const n = counters.get(item.kind) ?? 0;
      counters.set(item.kind, n + 1);
      paths.set(item.kind === 'source' ? 'source' : `${item.kind}.${n}`, item.path);
    }
    if (items.every((i) => i.kind === 'source'))
      throw new DomainError('DRAFT.NOTHING_TO_COMMIT', `draft ${id} proposes no record to commit`);
    const release = releaseOf(items);
    const problems = checkShape(release);
    if (problems.length)
      throw new DomainError(
        'DRAFT.NOT_RECORDABLE',
        problems.map((p) => `${itemPathOf(p.path, paths)}: ${p.path} ${p.reason}`).join('; '),
        problems.map((p) => ({ path: itemPathOf(p.path, paths), field: p.path, reason: p.reason })),
      );
    const fastify = this.http.httpAdapter.getInstance<FastifyInstance>();
    const send = inProcessSend(fastify, authorization, metadata.correlationId);
    const { facts, refused } = await importFile(send, release).catch((error: Error) => {
      // A party, person or source the API refused: what was recorded before it stands on its own.
      throw new DomainError('DRAFT.NOT_RECORDABLE', error.message);
    });
    const refusedPaths = new Set(refused.map((r) => r.path));
    const committed: DraftCommitted['data'] = {
      draftId: id,
      sourceId: facts[0]?.body ? facts[0].id : null,
      produced: facts
        .filter((f) => f.body !== null && !refusedPaths.has(f.path))
        .map((f) => ({ path: itemPathOf(f.path, paths), kind: f.kind, id: f.id })),
      refused: [
        ...facts
          .filter((f) => f.body === null)
          .map((f) => ({ path: itemPathOf(f.path, paths), reasons: f.reasons })),
        ...refused.map((r) => ({ path: itemPathOf(r.path, paths), reasons: r.reasons })),
      ],
    };
    await this.drafts.change({ type: 'RecordDraftCommit', data: committed }, metadata, null);
    return draftView(reply, id, await this.reader.load(draftStream(id), draftDecider), viewer);
  }
}
