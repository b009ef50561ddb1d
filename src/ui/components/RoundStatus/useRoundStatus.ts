import { useCallback, useEffect, useState } from 'react';
import type { MusFailure } from '../../../application/mus/musCall';
import {
  answerProposal,
  loadRoundStatus,
  roundConversationOf,
  type RoundConversation,
} from '../../../application/rounds/roundStatus';
import type { RoundStatusHookResult, RoundStatusProps, RoundStatusState } from './RoundStatus.types';

/** Load a round's conversations; answer an employee's proposal and show the conversation as it now is. */
export function useRoundStatus({ ports, roundId, people }: RoundStatusProps): RoundStatusHookResult {
  const [state, setState] = useState<RoundStatusState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [actionFailure, setActionFailure] = useState<MusFailure | undefined>(undefined);

  useEffect(() => {
    let active = true;
    void loadRoundStatus(ports, roundId, people).then((result) => {
      if (!active) return;
      setState(
        result.ok ? { status: 'ready', rows: result.value } : { status: 'failed', failure: result.failure },
      );
    });
    return () => {
      active = false;
    };
  }, [ports, roundId, people, attempt]);

  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  const refresh = useCallback(() => setAttempt((n) => n + 1), []);

  const answer = useCallback(
    (row: RoundConversation, topicId: string, accept: boolean) => {
      setBusy(true);
      void answerProposal(ports, row.record, topicId, accept).then((result) => {
        setBusy(false);
        if (!result.ok) {
          setActionFailure(result.failure);
          setAttempt((n) => n + 1);
          return;
        }
        setActionFailure(undefined);
        const updated = { ...roundConversationOf(result.value, people), preparedBy: row.preparedBy };
        setState((s) =>
          s.status === 'ready'
            ? {
                status: 'ready',
                rows: s.rows.map((r) => (r.record.value.id === updated.record.value.id ? updated : r)),
              }
            : s,
        );
      });
    },
    [ports, people],
  );

  return { state, busy, actionFailure, retry, refresh, answer };
}
