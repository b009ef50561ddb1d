import { useCallback, useEffect, useState } from 'react';

/** What a section shows while its data loads. */
export interface Loading {
  readonly status: 'loading';
}

const LOADING: Loading = { status: 'loading' };

/** What a section shows: loading, failed (with why), or ready (with what it loaded). */
export type Loaded<Ready, Failed> =
  Loading | ({ readonly status: 'failed' } & Failed) | ({ readonly status: 'ready' } & Ready);

/**
 * The state of what a section loads: `loading` until `load` (memoised with `useCallback`) answers, again
 * whenever `load` changes or `reload()` asks (`refresh()` asks too, but shows what it has until the answer).
 * An answer that comes after the section left, or after a newer load began, is dropped.
 */
export function useLoaded<S>(load: () => Promise<S>): {
  state: S | Loading;
  reload: () => void;
  refresh: () => void;
} {
  const [state, setState] = useState<S | Loading>(LOADING);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let active = true;
    void load().then((loaded) => {
      if (active) setState(loaded);
    });
    return () => {
      active = false;
    };
  }, [load, attempt]);
  const refresh = useCallback(() => setAttempt((n) => n + 1), []);
  const reload = useCallback(() => {
    setState(LOADING);
    refresh();
  }, [refresh]);
  return { state, reload, refresh };
}
