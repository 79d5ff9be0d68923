import type { Position } from '@kurrent/kurrentdb-client';

/**
 * The port's `position` is the commit position as a JS number. Commit and prepare are equal for the
 * self-committed events a KurrentDB node writes, and a number is exact up to 2^53 bytes of
 * transaction log (8 PiB), beyond any node we will run; past it we refuse rather than round.
 */
export function toPortPosition(position: Position | undefined): number {
  if (!position) throw new RangeError('KurrentDB returned an event without a position');
  if (position.commit > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new RangeError(
      `log position ${position.commit} exceeds 2^53 and cannot be represented exactly`,
    );
  }
  return Number(position.commit);
}

export function toLogPosition(position: number): Position {
  const at = BigInt(position);
  return { commit: at, prepare: at };
}

export function toPortRevision(revision: bigint): number {
  return Number(revision);
}
