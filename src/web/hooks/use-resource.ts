// Loads data for a page and keeps its loading, error and reload states together; stale answers are dropped.
import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react';

export type Resource<T> = {
  data: T | undefined;
  error: unknown;
  isLoading: boolean;
  reload(): void;
  /** Replace the data locally after a write, without asking the server again. */
  setData(update: T | ((current: T | undefined) => T)): void;
};

export function useResource<T>(load: (signal: AbortSignal) => Promise<T>, deps: DependencyList): Resource<T> {
  const [data, setDataState] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [isLoading, setIsLoading] = useState(true);
  const [attempt, setAttempt] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    const controller = new AbortController();
    setIsLoading(true);
    setError(undefined);
    loadRef.current(controller.signal).then(
      (value) => {
        if (controller.signal.aborted) return;
        setDataState(value);
        setIsLoading(false);
      },
      (reason: unknown) => {
        if (controller.signal.aborted) return;
        setError(reason);
        setIsLoading(false);
      },
    );
    return () => controller.abort();
    // The caller lists what the load depends on; `load` itself is read through a ref so inline functions do not refetch.
  }, [...deps, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const setData = useCallback((update: T | ((current: T | undefined) => T)) => {
    setDataState((current) => (typeof update === 'function' ? (update as (c: T | undefined) => T)(current) : update));
  }, []);
  return { data, error, isLoading, reload, setData };
}
