import type { Send } from './importer';

/** How long the import keeps asking while the API answers 503 ("loading, retry in a moment"). */
const UNAVAILABLE_PATIENCE_MS = 120_000;

/**
 * A 503 is the API saying a read model or the directory is still loading: ask again after its
 * Retry-After (1 s when it names none). Every record has a client-chosen id, so asking again
 * never writes twice.
 */
export function patientSend(send: Send, patienceMs = UNAVAILABLE_PATIENCE_MS): Send {
  return async (...args) => {
    const giveUpAt = Date.now() + patienceMs;
    for (;;) {
      const reply = await send(...args);
      if (reply.status !== 503 || Date.now() >= giveUpAt) return reply;
      const seconds = Number(reply.headers['retry-after']);
      await new Promise((r) => setTimeout(r, (Number.isFinite(seconds) ? seconds : 1) * 1000));
    }
  };
}
