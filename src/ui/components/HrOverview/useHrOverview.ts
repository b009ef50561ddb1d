import { useCallback, useState } from 'react';
import { loadHrOverview, loadRoundEvaluations, type Figure } from '../../../application/hr/hrOverview';
import type { MusPorts } from '../../../application/mus/musCall';
import { useOutcome } from '../../app/useOutcome';

/** Loads the overview; opening a leader asks for the employees' evaluation of each of their rounds. */
export function useHrOverview(ports: MusPorts) {
  const { state, retry } = useOutcome(useCallback(() => loadHrOverview(ports), [ports]));
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
