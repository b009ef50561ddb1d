import { useCallback, useEffect, useState } from 'react';
import type { MusFailure } from '../../application/mus/musCall';

/** What a section shows while its data loads. */
export interface Loading {
  readonly status: 'loading';
}

/**
 * What a section shows: loading, failed (with why: by default the service call's failure, which `NotReady`
 * explains), or ready (with what it loaded).
 */
export type LoadState<Ready extends object, Failed extends object = { readonly failure: MusFailure }> =
  Loading | ({ readonly status: 'failed' } & Failed) | ({ readonly status: 'ready' } & Ready);

/**
 * Runs `load` (keep it stable with `useCallback`) when mounted, when `load` changes and on `reload()`; the
 * state is `loading` until the latest run has answered, and the answers of older runs are dropped.
 * `useOutcome` is this for a use case's `Outcome`.
 */
export function useLoaded<S>(load: () => Promise<S>): { state: S | Loading; reload: () => void } {
  const [run, setRun] = useState(0);
  const [answer, setAnswer] = useState<{ run: number; load: typeof load; state: S }>();
  useEffect(() => {
    let latest = true;
    void load().then((state) => latest && setAnswer({ run, load, state }));
    return () => {
      latest = false;
    };
  }, [load, run]);
  const reload = useCallback(() => setRun((n) => n + 1), []);
  const current = answer && answer.run === run && answer.load === load;
  return { state: current ? answer.state : { status: 'loading' }, reload };
}
