import { useCallback, useEffect, useState } from 'react';
import {
  addGoal,
  agreeGoal,
  editGoal,
  reloadGoals,
  type GoalDraft,
} from '../../../application/meeting/goals';
import type { MeetingLivePort } from '../../../application/meeting/live';
import type { MeetingPorts } from '../../../application/meeting/openMeeting';
import type { MusFailure } from '../../../application/mus/musCall';
import type { VersionedGoal } from '../../../application/ports/MeetingApiPort';

/**
 * The goals: add, edit (clears both agreements: the service's rule), agree. After any change, or a refusal
 * (e.g. the other party changed the goal first), the list is read again; the live layer hears "goals changed".
 */
export function useMeetingGoals(
  ports: MeetingPorts,
  conversationId: string,
  initial: readonly VersionedGoal[],
  live: MeetingLivePort | undefined,
) {
  const [goals, setGoals] = useState(initial);
  const [goalFailure, setFailure] = useState<MusFailure | undefined>(undefined);

  const reload = useCallback(async () => {
    const fresh = await reloadGoals(ports, conversationId);
    if (fresh.ok) setGoals(fresh.value);
  }, [ports, conversationId]);

  const after = useCallback(
    async (result: { ok: true } | { ok: false; failure: MusFailure }): Promise<boolean> => {
      setFailure(result.ok ? undefined : result.failure);
      await reload();
      if (result.ok) live?.publish({ field: { kind: 'goals' } });
      return result.ok;
    },
    [reload, live],
  );

  useEffect(
    () =>
      live?.subscribe((heard) => {
        if (heard.field.kind === 'goals') void reload();
      }),
    [live, reload],
  );

  return {
    goals,
    goalFailure,
    addGoal: useCallback(
      async (draft: GoalDraft) => after(await addGoal(ports, conversationId, crypto.randomUUID(), draft)),
      [ports, conversationId, after],
    ),
    editGoal: useCallback(
      async (goal: VersionedGoal, draft: GoalDraft) =>
        after(await editGoal(ports, conversationId, goal, draft)),
      [ports, conversationId, after],
    ),
    agreeGoal: useCallback(
      async (goal: VersionedGoal) => {
        await after(await agreeGoal(ports, conversationId, goal));
      },
      [ports, conversationId, after],
    ),
  };
}
