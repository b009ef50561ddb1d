import type {
  EvaluationView,
  GoalStatus,
  Person,
  VersionedConversation,
  VersionedEvaluation,
  VersionedGoal,
} from '../ports/MusApiPort';
import { handoverCandidate } from './handover';
import { succeeded, authorized, type MusPorts, type Outcome } from '../mus/musCall';

/** Which side of the conversations to follow up: mine as employee, or my reports' as leader. */
export type FollowUpSide = 'employee' | 'leader';

/** One conversation: before the talk "Siden sidst"; after it the evaluation (open or given) and open goals. */
export interface ConversationFollowUp {
  readonly record: VersionedConversation;
  /** The other party's name (the leader for an employee, the employee for a leader). */
  readonly otherName: string;
  readonly evaluation: EvaluationView;
  /** Goals not achieved or dropped yet, earliest deadline first. */
  readonly goals: readonly VersionedGoal[];
  /** The employee's new manager, when the conversation is still with the former leader (ask to hand over). */
  readonly handoverTo?: Person;
  /** Before the talk: "Siden sidst", the previous conversation's goals and their status. */
  readonly sinceLast: readonly VersionedGoal[];
}

/** Before the talk: planned or booked, agenda agreed or prepared. */
const BEFORE: readonly string[] = ['planned', 'booked', 'agendaAgreed', 'prepared'];

const OPEN: readonly GoalStatus[] = ['notStarted', 'inProgress'];
const isOpen = (g: VersionedGoal) => OPEN.includes(g.value.status);

/**
 * The caller's conversations on one side with what follows the talk: only those with an evaluation open or
 * given, or open goals. `people` names the other party (the caller's leader, or direct reports).
 */
export async function loadFollowUp(
  ports: MusPorts,
  side: FollowUpSide,
  me: { readonly id: string; readonly people: readonly Person[] },
): Promise<Outcome<ConversationFollowUp[]>> {
  const all = await authorized(ports, ports.musApi).conversations();
  if (!all.ok) return all;
  const mine = all.value.filter(
    (c) =>
      c.value.status !== 'cancelled' && (side === 'leader' ? c.value.leaderId : c.value.employeeId) === me.id,
  );
  const rows: ConversationFollowUp[] = [];
  for (const record of mine) {
    const id = record.value.id;
    const before = BEFORE.includes(record.value.status);
    const [evaluation, goals, since] = await Promise.all([
      authorized(ports, ports.musApi).evaluation(id),
      authorized(ports, ports.musApi).goals(id),
      before ? authorized(ports, ports.musApi).sinceLast(id) : undefined,
    ]);
    if (!evaluation.ok) return evaluation;
    if (!goals.ok) return goals;
    if (since && !since.ok) return since;
    const sinceLast = since?.value.goals ?? [];
    const open = goals.value.filter(isOpen).sort((a, b) => a.value.deadline.localeCompare(b.value.deadline));
    if (!evaluation.value.due && !evaluation.value.mine && open.length === 0 && sinceLast.length === 0)
      continue;
    const otherId = side === 'leader' ? record.value.employeeId : record.value.leaderId;
    const handoverTo = side === 'employee' ? handoverCandidate(record, me.people[0]) : undefined;
    const otherName = me.people.find((p) => p.id === otherId)?.displayName ?? '';
    const row = { record, otherName, evaluation: evaluation.value, goals: open, sinceLast };
    rows.push(handoverTo ? { ...row, handoverTo } : row);
  }
  return succeeded(rows);
}

/** My evaluation of a conversation (1-5 and a comment), given once. */
export function evaluate(
  ports: MusPorts,
  conversationId: string,
  rating: number,
  comment: string,
): Promise<Outcome<VersionedEvaluation>> {
  return authorized(ports, ports.musApi).evaluate(conversationId, { rating, comment });
}

/** A follow-up on a goal: its status now and a note, on the version read (a stale one is refused). */
export function followUpGoal(
  ports: MusPorts,
  goal: VersionedGoal,
  change: { readonly status: GoalStatus; readonly note: string },
): Promise<Outcome<VersionedGoal>> {
  return authorized(ports, ports.musApi).followUpGoal(goal.value.conversationId, goal.value.id, goal.etag, {
    ...change,
  });
}
