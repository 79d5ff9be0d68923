import type { FastifyReply } from 'fastify';
import { draftErrors, type DraftRecord, type DraftState } from '@chancery/diplomacy';
import type { LoadedStream } from '@chancery/event-sourcing';
import { canSee } from '@chancery/identity';
import { etagOf } from '../shared/if-match';
import type { Viewer } from '../shared/viewer';

export type DraftView = DraftRecord & { id: string; revision: number; position: number };

/** A draft as it stands; one above the viewer's clearance answers as one never made (404). */
export function draftView(
  reply: FastifyReply,
  id: string,
  loaded: LoadedStream<DraftState>,
  viewer: Viewer,
): DraftView {
  const { state, revision, position } = loaded;
  if (state.status === 'empty' || revision === null || position === null)
    throw draftErrors.notFound(id);
  if (!canSee(viewer, state.record.classification)) throw draftErrors.notFound(id);
  void reply.header('ETag', etagOf(revision));
  return { ...state.record, id, revision, position };
}
