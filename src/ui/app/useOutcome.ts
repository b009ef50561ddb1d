import { useCallback } from 'react';
import type { Outcome } from '../../application/mus/musCall';
import { useLoaded, type LoadState } from './useLoaded';

/** What a loaded outcome looks like to a component: still loading, failed (why), or ready (the value). */
export type Loaded<T> = LoadState<{ readonly value: T }>;

/**
 * Runs `load` (a use case; keep it stable with `useCallback`) when mounted, when `load` changes and on
 * `retry`; shows `loading` until the latest run has answered, and drops the answers of older runs.
 */
export function useOutcome<T>(load: () => Promise<Outcome<T>>): { state: Loaded<T>; retry: () => void } {
  const loadState = useCallback(async (): Promise<Loaded<T>> => {
    const outcome = await load();
    return outcome.ok
      ? { status: 'ready', value: outcome.value }
      : { status: 'failed', failure: outcome.failure };
  }, [load]);
  const { state, reload } = useLoaded(loadState);
  return { state, retry: reload };
}
