/**
 * Polls until `check` returns something truthy, and returns it: how a test waits for what settles
 * asynchronously (a projection, the directory, a worker). The bound only turns a hang into a clear
 * failure: it stays under jest's test timeout (120 s) and far above what a busy machine needs.
 */
export async function eventually<T>(
  check: () => Promise<T | undefined | null | false> | T | undefined | null | false,
  timeoutMs = 60_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
