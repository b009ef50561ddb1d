import { useCallback, useEffect, useState } from 'react';
import type { MusPorts } from '../../../application/mus/musCall';
import { loadRounds } from '../../../application/rounds/roundStatus';
import type { RoundListState } from './RoundList.types';

/** The leader's rounds, newest first; `retry()` loads them again. */
export function useRoundList(ports: MusPorts): { state: RoundListState; retry: () => void } {
  const [state, setState] = useState<RoundListState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let active = true;
    void loadRounds(ports).then((result) => {
      if (!active) return;
      setState(
        result.ok ? { status: 'ready', rounds: result.value } : { status: 'failed', failure: result.failure },
      );
    });
    return () => {
      active = false;
    };
  }, [ports, attempt]);
  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  return { state, retry };
}
