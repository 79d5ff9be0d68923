import { useRef, useState } from 'react';
import { ApiError, newKey } from '../api/client';
import { toFieldMessages, type Messages } from './messages';

/**
 * A form's submission: checked in the browser first (nothing is sent while a field is wrong), busy
 * while in flight, the API's field errors turned into what to do, and one Idempotency-Key per form
 * fill, so a retry after a lost answer cannot record the thing twice.
 */
export function useSubmit<T>(
  send: (idempotencyKey: string) => Promise<T>,
  { check, messages = {} }: { check?: () => Record<string, string>; messages?: Messages } = {},
) {
  const key = useRef(newKey());
  const inFlight = useRef(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<T | null>(null);
  const submit = async () => {
    if (inFlight.current) return null;
    const problems = Object.fromEntries(Object.entries(check?.() ?? {}).filter(([, m]) => m));
    if (Object.keys(problems).length) {
      setError(new ApiError(0, 'FORM.INVALID', 'Some fields need attention.', problems));
      return null;
    }
    inFlight.current = true;
    setBusy(true);
    setError(null);
    try {
      const result = await send(key.current);
      setDone(result);
      key.current = newKey();
      return result;
    } catch (e) {
      if (!(e instanceof ApiError)) setError(new ApiError(0, 'CLIENT', (e as Error).message));
      else
        setError(
          e.code === 'FORM.INVALID'
            ? e
            : new ApiError(e.status, e.code, e.message, toFieldMessages(e.fields, messages)),
        );
      return null;
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  };
  const reset = () => {
    setDone(null);
    setError(null);
  };
  return { submit, busy, error, done, reset, fields: error?.fields ?? {} };
}
