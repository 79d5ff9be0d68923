import { Injectable } from '@nestjs/common';
import { DomainError } from '@chancery/diplomacy';
import type { Clearance } from '@chancery/identity';
import { isRetraction, LiveRecords } from './live-records';
import { classificationOfStream, isVisibleTo } from './record-clearance';
import { StreamReader } from './stream-reader';

/** A record a command points at: the request field naming it and the stream that must hold it. */
export type Reference = { field: string; streamId: string };

/**
 * One or more referenced records do not exist, were retracted or are above the acting user's
 * clearance (told apart from the others by nothing): a broken rule, so 422.
 */
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
 * exist must fail, and the pure domain cannot look it up itself. A record the acting user may
 * not see is, for them, one that does not exist.
 */
@Injectable()
export class ReferenceChecker {
  constructor(
    private readonly reader: StreamReader,
    private readonly live: LiveRecords,
  ) {}

  async requireExisting(references: Reference[], user: { clearance: Clearance }): Promise<void> {
    const missing = new Set<string>();
    const unknown: string[] = [];
    for (const { streamId } of references) {
      const remembered = this.live.lookup(streamId);
      if (remembered === undefined) {
        if (!unknown.includes(streamId)) unknown.push(streamId);
      } else if (!isVisibleTo(user, remembered)) missing.add(streamId);
    }
    if (unknown.length > 0) {
      const mark = this.live.mark();
      // The whole stream, since a correction may have changed the classification it was recorded with.
      const found = await Promise.all(unknown.map((streamId) => this.reader.events(streamId)));
      unknown.forEach((streamId, index) => {
        const events = found[index];
        const last = events.at(-1);
        // A retraction is always the last event of its stream.
        if (!last || isRetraction(last.type)) return missing.add(streamId);
        const classification = classificationOfStream(streamId, events);
        this.live.remember(streamId, classification, mark);
        if (!isVisibleTo(user, classification)) missing.add(streamId);
      });
    }
    if (missing.size === 0) return;
    throw new UnknownReferenceError([
      ...new Map(
        references
          .filter((r) => missing.has(r.streamId))
          .map((r) => [`${r.field}|${r.streamId}`, r]),
      ).values(),
    ]);
  }
}
