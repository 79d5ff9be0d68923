/**
 * Adds a waiter (made with its `resolve`) to `waiters` and waits for it to be resolved, at most
 * `timeoutMs`; true when it was. The waiter is removed either way.
 */
export async function waitWithin<W>(
  waiters: Set<W>,
  make: (resolve: () => void) => W,
  timeoutMs: number,
): Promise<boolean> {
  let waiter!: W;
  const reached = new Promise<boolean>((resolve) => (waiter = make(() => resolve(true))));
  waiters.add(waiter);
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<boolean>(
    (resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)),
  );
  try {
    return await Promise.race([reached, timedOut]);
  } finally {
    clearTimeout(timer);
    waiters.delete(waiter);
  }
}
