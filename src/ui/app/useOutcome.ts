import { useCallback, useEffect, useState } from 'react';
import type { MusFailure, Outcome } from '../../application/mus/musCall';

/** What a loaded outcome looks like to a component: still loading, failed (why), or ready (the value). */
export type Loaded<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly failure: MusFailure }
  | { readonly status: 'ready'; readonly value: T };

/**
 * Runs `load` (a use case; keep it stable with `useCallback`) when mounted, when `load` changes and on
 * `retry`; shows `loading` until the latest run has answered, and drops the answers of older runs.
 */
export function useOutcome<T>(load: () => Promise<Outcome<T>>): { state: Loaded<T>; retry: () => void } {
  const [run, setRun] = useState(0);
  const [answer, setAnswer] = useState<{ run: number; load: typeof load; outcome: Outcome<T> }>();
  useEffect(() => {
    let latest = true;
    void load().then((outcome) => latest && setAnswer({ run, load, outcome }));
    return () => {
      latest = false;
    };
  }, [load, run]);
  const retry = useCallback(() => setRun((n) => n + 1), []);
  if (!answer || answer.run !== run || answer.load !== load) return { state: { status: 'loading' }, retry };
  const { outcome } = answer;
  return {
    state: outcome.ok
      ? { status: 'ready', value: outcome.value }
      : { status: 'failed', failure: outcome.failure },
    retry,
  };
}
