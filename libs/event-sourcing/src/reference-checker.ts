import { Injectable } from '@nestjs/common';
import { DomainError } from '@chancery/diplomacy';
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
  constructor(private readonly reader: StreamReader) {}

  async requireExisting(references: Reference[]): Promise<void> {
    const distinct = [...new Map(references.map((r) => [`${r.field}|${r.streamId}`, r])).values()];
    const found = await Promise.all(
      distinct.map((reference) => this.reader.last(reference.streamId)),
    );
    // A retraction is always the last event of its stream, so the last event tells liveness.
    const missing = distinct.filter(
      (_, index) => !found[index] || found[index]!.type.endsWith('Retracted'),
    );
    if (missing.length > 0) throw new UnknownReferenceError(missing);
  }
}
