import { useCallback, useEffect, useState } from 'react';
import {
  loadHrOverview,
  loadRoundEvaluations,
  type Figure,
  type HrOverview,
} from '../../../application/hr/hrOverview';
import type { MusFailure, MusPorts } from '../../../application/mus/musCall';

export type HrOverviewState =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly failure: MusFailure }
  | { readonly status: 'ready'; readonly overview: HrOverview };

/** Loads the overview; opening a leader asks for the employees' evaluation of each of their rounds. */
export function useHrOverview(ports: MusPorts) {
  const [state, setState] = useState<HrOverviewState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const [evaluations, setEvaluations] = useState<ReadonlyMap<string, Figure>>(new Map());
  useEffect(() => {
    let active = true;
    void loadHrOverview(ports).then((r) => {
      if (active)
        setState(r.ok ? { status: 'ready', overview: r.value } : { status: 'failed', failure: r.failure });
    });
    return () => {
      active = false;
    };
  }, [ports, attempt]);
  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  const toggle = useCallback(
    (leaderId: string, roundIds: readonly string[]) => {
      setOpen((o) => {
        const next = new Set(o);
        if (!next.delete(leaderId)) next.add(leaderId);
        return next;
      });
      void loadRoundEvaluations(ports, roundIds).then((r) => {
        if (r.ok) setEvaluations((e) => new Map([...e, ...r.value]));
      });
    },
    [ports],
  );
  return { state, retry, open, toggle, evaluations };
}
