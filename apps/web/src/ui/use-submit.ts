import { useRef, useState } from 'react';
import { ApiError, newKey } from '../api/client';

/**
 * A form's submission: busy while in flight, the API's error kept with its field messages, and one
 * Idempotency-Key per form fill, so a retry after a lost answer cannot record the thing twice.
 */
export function useSubmit<T>(send: (idempotencyKey: string) => Promise<T>) {
  const key = useRef(newKey());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<T | null>(null);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      const result = await send(key.current);
      setDone(result);
      key.current = newKey();
      return result;
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'CLIENT', (e as Error).message));
      return null;
    } finally {
      setBusy(false);
    }
  };
  const reset = () => {
    setDone(null);
    setError(null);
  };
  return { submit, busy, error, done, reset, fields: error?.fields ?? {} };
}
