/** Tells waiting subscriptions that this process has committed new events. */
export class CommitSignal {
  private commits = 0;
  private readonly waiters = new Set<() => void>();

  /** Changes on every commit: compare before and after a read to know whether one slipped in. */
  get count(): number {
    return this.commits;
  }

  notify(): void {
    this.commits++;
    for (const wake of [...this.waiters]) wake();
  }

  /**
   * Resolves on the next commit, after `timeoutMs` (the poll that notices other processes'
   * writes), or when `cancel` is called, whichever comes first.
   */
  wait(timeoutMs: number): { done: Promise<void>; cancel(): void } {
    let cancel!: () => void;
    const done = new Promise<void>((resolve) => {
      const timer = setTimeout(() => cancel(), timeoutMs);
      cancel = () => {
        clearTimeout(timer);
        this.waiters.delete(cancel);
        resolve();
      };
      this.waiters.add(cancel);
    });
    return { done, cancel };
  }
}
