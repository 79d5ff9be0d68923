import { useCallback, useEffect, useState } from 'react';

export interface Resource<T> {
  data: T | null;
  error: Error | null;
  loading: boolean;
  reload(): void;
}

interface ResourceState<T> {
  key: string;
  data: T | null;
  error: Error | null;
  loading: boolean;
}

/**
 * What a page may show for `key`: an answer loaded for another key is never shown as this one's.
 * Between a change of key and its effect React renders once with the old state; without this the
 * page would show the old answer under the new question (“showing the 12 people” over every kind).
 */
export function viewOf<T>(state: ResourceState<T>, key: string): Omit<Resource<T>, 'reload'> {
  if (state.key !== key) return { data: null, error: null, loading: true };
  return { data: state.data, error: state.error, loading: state.loading };
}

/** Loads once per change of `key`; a stale answer (the key moved on) is dropped. */
export function useResource<T>(load: () => Promise<T>, key: string): Resource<T> {
  const [state, setState] = useState<ResourceState<T>>({ key, data: null, error: null, loading: true });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let current = true;
    setState((s) => ({ ...s, loading: true, error: null }));
    load().then(
      (data) => current && setState({ key, data, error: null, loading: false }),
      (error: Error) => current && setState({ key, data: null, error, loading: false }),
    );
    return () => {
      current = false;
    };
  }, [key, generation]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { ...viewOf(state, key), reload };
}
