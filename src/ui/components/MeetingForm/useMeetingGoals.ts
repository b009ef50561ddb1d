import { useCallback, useEffect, useState } from 'react';
import {
  addGoal,
  agreeGoal,
  editGoal,
  reloadGoals,
  type GoalDraft,
} from '../../../application/meeting/goals';
import type { MeetingLivePort } from '../../../application/meeting/live';
import type { MeetingSnapshot } from '../../../application/meeting/meetingForm';
import type { MeetingPorts } from '../../../application/meeting/openMeeting';
import type { MusFailure } from '../../../application/mus/musCall';
import type { VersionedGoal } from '../../../application/ports/MeetingApiPort';

/** A goal's text as the other party is writing it (heard live; never saved by this side). */
export interface GoalText {
  readonly goal: string;
  readonly activities: string;
}

const EMPTY: GoalText = { goal: '', activities: '' };

/**
 * The goals: add, edit (clears both agreements: the service's rule), agree. After any change, or a refusal
 * (e.g. the other party changed the goal first), the list is read again, and the live layer hears "goals
 * changed". While a party writes a goal (a new one, or an edit), its text travels live and the other sees it
 * (`goalDrafts`, by goal id; `new` for the other party's new goal); only the service makes it a goal, and
 * agreement is only ever the service's.
 */
export function useMeetingGoals(
  ports: MeetingPorts,
  conversationId: string,
  snapshot: Pick<MeetingSnapshot, 'goals' | 'party'>,
  live: MeetingLivePort | undefined,
) {
  const [goals, setGoals] = useState(snapshot.goals);
  const [goalFailure, setFailure] = useState<MusFailure | undefined>(undefined);
  const [goalDrafts, setDrafts] = useState<Readonly<Record<string, GoalText>>>({});
  const other = snapshot.party === 'leader' ? 'employee' : 'leader';

  const reload = useCallback(async () => {
    const fresh = await reloadGoals(ports, conversationId);
    if (fresh.ok) setGoals(fresh.value);
  }, [ports, conversationId]);

  const draftGoal = useCallback(
    (goalId: string, draft: Pick<GoalDraft, 'goal' | 'activities'>) => {
      const id = goalId === 'new' ? `new-${snapshot.party}` : goalId;
      for (const part of ['goal', 'activities'] as const)
        live?.publish({ field: { kind: 'goal', goalId: id, part }, text: draft[part] });
    },
    [live, snapshot.party],
  );

  const after = useCallback(
    async (result: { ok: true } | { ok: false; failure: MusFailure }, written?: string): Promise<boolean> => {
      setFailure(result.ok ? undefined : result.failure);
      await reload();
      if (result.ok) {
        // The goal written is the service's now: its live draft is done.
        if (written) draftGoal(written, EMPTY);
        live?.publish({ field: { kind: 'goals' } });
      }
      return result.ok;
    },
    [reload, live, draftGoal],
  );

  useEffect(
    () =>
      live?.subscribe(({ field, text = '' }) => {
        if (field.kind === 'goals') void reload();
        if (field.kind !== 'goal') return;
        const id = field.goalId === `new-${other}` ? 'new' : field.goalId;
        if (id.startsWith('new-')) return;
        setDrafts((drafts) => {
          const next = { ...(drafts[id] ?? EMPTY), [field.part]: text };
          const { [id]: _gone, ...rest } = drafts;
          return next.goal === '' && next.activities === '' ? rest : { ...rest, [id]: next };
        });
      }),
    [live, reload, other],
  );

  return {
    goals,
    goalFailure,
    goalDrafts,
    draftGoal,
    addGoal: useCallback(
      async (draft: GoalDraft) =>
        after(await addGoal(ports, conversationId, crypto.randomUUID(), draft), 'new'),
      [ports, conversationId, after],
    ),
    editGoal: useCallback(
      async (goal: VersionedGoal, draft: GoalDraft) =>
        after(await editGoal(ports, conversationId, goal, draft), goal.value.id),
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
