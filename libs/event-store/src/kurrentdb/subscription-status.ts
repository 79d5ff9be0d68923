export type SubscriptionState = 'connecting' | 'catching-up' | 'live' | 'reconnecting';

export interface SubscriptionStatus {
  id: number;
  state: SubscriptionState;
  /** When the subscription entered this state (ms since epoch). */
  since: number;
  /** Why it is reconnecting: the last error, in words. */
  reason?: string;
  /** Position of the last event delivered, where a resubscription resumes from. */
  lastPosition?: number;
  attempts: number;
}

/**
 * What every open subscription is doing, for the health check: a subscription that is
 * reconnecting, or has been trying to connect for too long, makes the store not ready.
 */
export class SubscriptionStatusRegistry {
  private readonly statuses = new Map<number, SubscriptionStatus>();
  private nextId = 1;

  constructor(
    private readonly stallAfterMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  open(): number {
    const id = this.nextId++;
    this.statuses.set(id, { id, state: 'connecting', since: this.now(), attempts: 0 });
    return id;
  }

  update(id: number, change: Partial<Omit<SubscriptionStatus, 'id' | 'since'>>): void {
    const current = this.statuses.get(id);
    if (!current) return;
    const since = change.state && change.state !== current.state ? this.now() : current.since;
    this.statuses.set(id, { ...current, ...change, since });
  }

  close(id: number): void {
    this.statuses.delete(id);
  }

  list(): SubscriptionStatus[] {
    return [...this.statuses.values()];
  }

  /** Subscriptions that are not delivering: reconnecting, or stuck connecting past the stall limit. */
  troubled(): SubscriptionStatus[] {
    const now = this.now();
    return this.list().filter(
      (s) =>
        s.state === 'reconnecting' ||
        (s.state === 'connecting' && now - s.since > this.stallAfterMs),
    );
  }
}

export function describeTrouble(status: SubscriptionStatus, now = Date.now()): string {
  const seconds = Math.round((now - status.since) / 1000);
  const where =
    status.lastPosition === undefined ? 'from its start' : `after position ${status.lastPosition}`;
  return status.state === 'reconnecting'
    ? `subscription ${status.id} reconnecting for ${seconds}s (attempt ${status.attempts}, resuming ${where}): ${status.reason ?? 'connection lost'}`
    : `subscription ${status.id} stalled: not confirmed by the server after ${seconds}s`;
}
