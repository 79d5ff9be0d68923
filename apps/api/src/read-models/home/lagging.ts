import type { ProjectionStatus } from '@chancery/projections';

/** An event waiting longer than this is a lag worth telling people about, not a write in flight. */
export const LAG_NOTICE_SECONDS = 5;

/**
 * The read models whose figures may be missing recent changes: halted, failing, catching up or
 * stale, or live with an event waiting more than LAG_NOTICE_SECONDS.
 */
export function lagging(status: readonly ProjectionStatus[]) {
  return status
    .filter(
      (s) => s.state !== 'live' || (s.eventsBehind > 0 && s.secondsBehind > LAG_NOTICE_SECONDS),
    )
    .map(({ name, state, eventsBehind, eventsBehindAtLeast, secondsBehind }) => ({
      name,
      state,
      eventsBehind,
      eventsBehindAtLeast,
      secondsBehind,
    }));
}
