import type { FastifyReply } from 'fastify';
import type { RecordErrors, RecordState } from '@chancery/diplomacy';
import type { LoadedStream } from '@chancery/event-sourcing';
import { canSee } from '@chancery/identity';
import { etagOf } from './if-match';
import type { Viewer } from './viewer';

/** A record read back from its stream: its facts as they stand, how they got there, and its revision. */
export type RecordView<R> = R & {
  id: string;
  status: 'recorded' | 'retracted';
  retractionReason: string | null;
  corrections: { changes: Record<string, unknown>; reason: string }[];
  revision: number;
  position: number;
};

/**
 * A record above the viewer's clearance is answered exactly as one never recorded (404), so its
 * existence is not disclosed; its current classification decides (missing counts as confidential).
 */
export function recordView<R extends object>(
  reply: FastifyReply,
  id: string,
  loaded: LoadedStream<RecordState<R>>,
  errors: RecordErrors,
  viewer: Viewer,
): RecordView<R> {
  const { state, revision, position } = loaded;
  if (state.status === 'empty' || revision === null || position === null) throw errors.notFound(id);
  const { classification } = state.record as { classification?: string };
  if (!canSee(viewer, classification)) throw errors.notFound(id);
  void reply.header('ETag', etagOf(revision));
  return {
    ...state.record,
    id,
    status: state.status,
    retractionReason: state.status === 'retracted' ? state.retractionReason : null,
    corrections: state.corrections,
    revision,
    position,
  };
}
