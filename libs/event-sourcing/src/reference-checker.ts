import { Injectable } from '@nestjs/common';
import { DomainError } from '@chancery/diplomacy';
import { isRetraction, LiveRecords } from './live-records';
import { StreamReader } from './stream-reader';

/** A record a command points at: the request field naming it and the stream that must hold it. */
export type Reference = { field: string; streamId: string };

/** One or more referenced records do not exist (or were retracted): a broken rule, so 422. */
export class UnknownReferenceError extends DomainError {
  constructor(readonly missing: Reference[]) {
    super(
      'RECORD.UNKNOWN_REFERENCE',
      `unknown or retracted: ${missing.map((m) => `${m.field} (${m.streamId})`).join(', ')}`,
      missing,
    );
  }
}

/**
 * Handlers check what a command refers to before deciding: a pledge by a party that does not
 * exist must fail, and the pure domain cannot look it up itself.
 */
@Injectable()
export class ReferenceChecker {
  constructor(
    private readonly reader: StreamReader,
    private readonly live: LiveRecords,
  ) {}

  async requireExisting(references: Reference[]): Promise<void> {
    const unknown = [...new Set(references.map((r) => r.streamId))].filter(
      (streamId) => !this.live.has(streamId),
    );
    if (unknown.length === 0) return;
    const mark = this.live.mark();
    const found = await Promise.all(unknown.map((streamId) => this.reader.last(streamId)));
    const dead = new Set<string>();
    unknown.forEach((streamId, index) => {
      // The last event tells liveness: a retraction is always the last event of its stream.
      const last = found[index];
      if (last && !isRetraction(last.type)) this.live.remember(streamId, mark);
      else dead.add(streamId);
    });
    const missing = [
      ...new Map(
        references.filter((r) => dead.has(r.streamId)).map((r) => [`${r.field}|${r.streamId}`, r]),
      ).values(),
    ];
    if (missing.length > 0) throw new UnknownReferenceError(missing);
  }
}
