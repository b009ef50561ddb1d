import { useCallback, useEffect, useState } from 'react';
import type { MusFailure } from '../../../application/mus/musCall';
import {
  answerMusTest,
  loadMusTest,
  unanswered,
  type MusTestAnswer,
} from '../../../application/musTest/musTest';
import type { MusTestHookResult, MusTestProps, MusTestState } from './MusTest.types';

/** Load the round and results; fill in the sheet; hand it in and show the new result with the earlier ones. */
export function useMusTest({ ports }: MusTestProps): MusTestHookResult {
  const [state, setState] = useState<MusTestState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [answers, setAnswers] = useState<Record<string, MusTestAnswer>>({});
  const [missing, setMissing] = useState(0);
  const [busy, setBusy] = useState(false);
  const [submitFailure, setSubmitFailure] = useState<MusFailure | undefined>(undefined);

  useEffect(() => {
    let active = true;
    void loadMusTest(ports).then((result) => {
      if (!active) return;
      setState(
        result.ok
          ? { status: 'ready', overview: result.value }
          : { status: 'failed', failure: result.failure },
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

  const choose = useCallback((statementId: string, answer: MusTestAnswer) => {
    setAnswers((a) => ({ ...a, [statementId]: answer }));
  }, []);

  const round = state.status === 'ready' ? state.overview.round : undefined;
  const submit = useCallback(() => {
    if (!round) return;
    const left = unanswered(answers).length;
    setMissing(left);
    if (left > 0) return;
    setBusy(true);
    void answerMusTest(ports, round.value.id, answers).then((result) => {
      setBusy(false);
      setSubmitFailure(result.ok ? undefined : result.failure);
      if (!result.ok) return;
      setAnswers({});
      setAttempt((n) => n + 1);
    });
  }, [ports, round, answers]);

  return { state, answers, choose, missing, busy, submitFailure, submit, retry };
}
