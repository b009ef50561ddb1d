import { useCallback, useState } from 'react';
import type { MusFailure } from '../../../application/mus/musCall';
import {
  answerMusTest,
  loadMusTest,
  unanswered,
  type MusTestAnswer,
} from '../../../application/musTest/musTest';
import { useLoaded } from '../../app/useLoaded';
import type { MusTestHookResult, MusTestProps, MusTestState } from './MusTest.types';

/** Load the round and results; fill in the sheet; hand it in and show the new result with the earlier ones. */
export function useMusTest({ ports }: MusTestProps): MusTestHookResult {
  const load = useCallback(async (): Promise<MusTestState> => {
    const result = await loadMusTest(ports);
    return result.ok
      ? { status: 'ready', overview: result.value }
      : { status: 'failed', failure: result.failure };
  }, [ports]);
  const { state, reload: retry } = useLoaded(load);
  const [answers, setAnswers] = useState<Record<string, MusTestAnswer>>({});
  const [missing, setMissing] = useState(0);
  const [busy, setBusy] = useState(false);
  const [submitFailure, setSubmitFailure] = useState<MusFailure | undefined>(undefined);

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
      retry();
    });
  }, [ports, round, answers, retry]);

  return { state, answers, choose, missing, busy, submitFailure, submit, retry };
}
