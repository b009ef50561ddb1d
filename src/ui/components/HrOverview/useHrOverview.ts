import { useCallback, useState } from 'react';
import { prefetchHrCharts } from '../../../application/hr/hrCharts';
import { loadHrOverview, loadRoundEvaluations, type Figure } from '../../../application/hr/hrOverview';
import type { MusPorts } from '../../../application/mus/musCall';
import { useOutcome } from '../../app/useOutcome';

/** Loads the overview (and the charts' figures alongside); opening a leader asks for the employees' evaluation of each of their rounds. */
export function useHrOverview(ports: MusPorts) {
  const { state, retry } = useOutcome(
    useCallback(() => {
      // The charts' figures are asked for now too, not once the overview is shown.
      prefetchHrCharts(ports);
      return loadHrOverview(ports);
    }, [ports]),
  );
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const [evaluations, setEvaluations] = useState<ReadonlyMap<string, Figure>>(new Map());
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
