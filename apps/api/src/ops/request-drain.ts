/** Counts the requests in flight, so a shutdown can wait for the last to be answered. */
export class RequestDrain {
  /** Set at shutdown: answers then carry `Connection: close`, so clients reconnect (and are refused). */
  closing = false;
  private inFlight = 0;
  private idle: (() => void) | null = null;

  started(): void {
    this.inFlight++;
  }

  finished(): void {
    if (--this.inFlight === 0) this.idle?.();
  }

  get pending(): number {
    return this.inFlight;
  }

  whenIdle(): Promise<void> {
    if (this.inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => (this.idle = resolve));
  }
}
