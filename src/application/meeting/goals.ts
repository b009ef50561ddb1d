import { succeeded, authorized, type Outcome } from '../mus/musCall';
import type { GoalEdit, NewGoal, VersionedGoal } from '../ports/MeetingApiPort';
import type { MeetingPorts } from './openMeeting';

/** What the goal form holds: the goal, its activities one a line, the deadline, who is responsible, a category. */
export interface GoalDraft {
  readonly goal: string;
  readonly activities: string;
  readonly deadline: string;
  readonly responsible: NewGoal['responsible'];
  /** What the goal develops ('' for not said). */
  readonly category?: NonNullable<NewGoal['category']> | '';
}

export const emptyGoalDraft: GoalDraft = { goal: '', activities: '', deadline: '', responsible: 'both' };

/** Which field of a goal draft is missing, if any. Pure. */
export function goalDraftProblem(draft: GoalDraft): 'goalMissing' | 'deadlineMissing' | undefined {
  if (draft.goal.trim() === '') return 'goalMissing';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.deadline)) return 'deadlineMissing';
  return undefined;
}

/** A goal's content as the API takes it: activities one a line, empty lines dropped. Pure. */
export function goalContent(draft: GoalDraft): Required<Omit<GoalEdit, 'category'>> & GoalEdit {
  return {
    goal: draft.goal.trim(),
    activities: draft.activities
      .split('\n')
      .map((a) => a.trim())
      .filter((a) => a !== ''),
    deadline: draft.deadline,
    responsible: draft.responsible ?? 'both',
    // A category chosen, or cleared ('' → null); a draft that never had one says nothing.
    ...(draft.category === undefined ? {} : { category: draft.category || null }),
  };
}

/** The draft of an existing goal (to edit it). Pure. */
export const draftOf = (goal: VersionedGoal['value']): GoalDraft => ({
  goal: goal.goal,
  activities: goal.activities.map((a) => a.description).join('\n'),
  deadline: goal.deadline,
  responsible: goal.responsible,
  category: goal.category ?? '',
});

/** Add a goal; `goalId` is the client's id, so sending it again after a dropped answer makes one goal. */
export function addGoal(
  ports: MeetingPorts,
  conversationId: string,
  goalId: string,
  draft: GoalDraft,
): Promise<Outcome<VersionedGoal>> {
  return authorized(ports, ports.meetingApi).addGoal(conversationId, { goalId, ...goalContent(draft) });
}

/** Edit a goal (clears both agreements: the service's rule). */
export function editGoal(
  ports: MeetingPorts,
  conversationId: string,
  goal: VersionedGoal,
  draft: GoalDraft,
): Promise<Outcome<VersionedGoal>> {
  return authorized(ports, ports.meetingApi).editGoal(
    conversationId,
    goal.value.id,
    goal.etag,
    goalContent(draft),
  );
}

/** I agree the goal as it stands. */
export function agreeGoal(
  ports: MeetingPorts,
  conversationId: string,
  goal: VersionedGoal,
): Promise<Outcome<VersionedGoal>> {
  return authorized(ports, ports.meetingApi).agreeGoal(conversationId, goal.value.id, goal.etag);
}

/** The goals as they are now (after a change was refused as stale, or when the other party changed one). */
export async function reloadGoals(
  ports: MeetingPorts,
  conversationId: string,
): Promise<Outcome<readonly VersionedGoal[]>> {
  const goals = await authorized(ports, ports.meetingApi).goals(conversationId);
  return goals.ok ? succeeded(goals.value) : goals;
}
