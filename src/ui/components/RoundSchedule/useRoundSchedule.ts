import { useCallback, useEffect, useState } from 'react';
import type { MusFailure, Outcome } from '../../../application/mus/musCall';
import type { ScheduleProposal } from '../../../application/ports/MusApiPort';
import {
  freeTimes,
  loadRound,
  moveConversation,
  proposeSchedule,
  scheduleView,
  weekOf,
  type ScheduledConversation,
} from '../../../application/rounds/roundSchedule';
import type {
  Moving,
  RoundScheduleHookResult,
  RoundScheduleProps,
  RoundScheduleState,
} from './RoundSchedule.types';

/** The round's schedule through the use cases: the latest proposal, a new one, a move to a free time. */
export function useRoundSchedule({ ports, roundId, people }: RoundScheduleProps): RoundScheduleHookResult {
  const [state, setState] = useState<RoundScheduleState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [week, setWeek] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [actionFailure, setActionFailure] = useState<MusFailure | undefined>(undefined);
  const [moving, setMoving] = useState<Moving | undefined>(undefined);
  const [moved, setMoved] = useState<ScheduledConversation | undefined>(undefined);

  useEffect(() => {
    let active = true;
    void loadRound(ports, roundId).then((result) => {
      if (!active) return;
      if (!result.ok) return setState({ status: 'failed', failure: result.failure });
      const saved = result.value.round.value.proposal;
      const proposal = saved ? scheduleView(saved, people) : undefined;
      setState({ status: 'ready', round: result.value, proposal });
      setWeek((w) => w ?? proposal?.weeks[0] ?? weekOf(`${result.value.round.value.window.start}T12:00:00`));
    });
    return () => {
      active = false;
    };
  }, [ports, roundId, people, attempt]);

  /** Show a new proposal (after proposing or moving); true when there is one. */
  const show = useCallback(
    (result: Outcome<ScheduleProposal>) => {
      setBusy(false);
      if (!result.ok) {
        setActionFailure(result.failure);
        return undefined;
      }
      setActionFailure(undefined);
      const proposal = scheduleView(result.value, people);
      setState((s) => (s.status === 'ready' ? { ...s, proposal } : s));
      return proposal;
    },
    [people],
  );

  const propose = useCallback(() => {
    setBusy(true);
    setMoved(undefined);
    void proposeSchedule(ports, roundId).then((result) => {
      const proposal = show(result);
      if (proposal?.weeks[0]) setWeek(proposal.weeks[0]);
    });
  }, [ports, roundId, show]);

  /** The free times of a conversation being moved (again after a refused move: they changed). */
  const loadOptions = useCallback(
    (slot: ScheduledConversation) => {
      setMoving({ slot, options: { status: 'loading' } });
      void freeTimes(ports, roundId, slot.conversationId).then((result) =>
        setMoving((m) =>
          m?.slot.conversationId !== slot.conversationId
            ? m
            : {
                slot,
                options: result.ok
                  ? { status: 'ready', times: result.value }
                  : { status: 'failed', failure: result.failure },
              },
        ),
      );
    },
    [ports, roundId],
  );

  const startMove = useCallback(
    (slot: ScheduledConversation) => {
      setActionFailure(undefined);
      setMoved(undefined);
      loadOptions(slot);
    },
    [loadOptions],
  );

  const moveTo = useCallback(
    (start: string) => {
      if (!moving) return;
      setBusy(true);
      void moveConversation(ports, roundId, moving.slot.conversationId, start).then((result) => {
        const proposal = show(result);
        if (!proposal) return loadOptions(moving.slot);
        const now = proposal.slots.find((s) => s.conversationId === moving.slot.conversationId);
        setMoving(undefined);
        setMoved(now);
        if (now) setWeek(weekOf(now.start));
      });
    },
    [ports, roundId, moving, show, loadOptions],
  );

  return {
    state,
    week,
    busy,
    actionFailure,
    moving,
    moved,
    retry: useCallback(() => {
      setState({ status: 'loading' });
      setAttempt((n) => n + 1);
    }, []),
    propose,
    showWeek: setWeek,
    startMove,
    moveTo,
    cancelMove: useCallback(() => setMoving(undefined), []),
  };
}
