/**
 * Which reminders are due on a day (pure: the records and the day come in). Each has a key that names what it
 * is about, so the job sends it once (`reminders.ts` keeps the keys it sent). The kinds:
 * - `goalDeadline`: an open goal's deadline is near or passed (the domain's `goalsDueForFollowUp`), to both;
 * - `checkInDue`: the mid-year check-in ("MUS-opfølgning") of a signed conclusion with open goals, to both,
 *   unless the check-in is booked (a conversation that follows it up, `followUpOf`, past planning);
 * - `signed`: the other party signed the conclusion, to the one whose signature is missing;
 * - `topicProposed`: the employee proposed a topic, to the leader.
 */
import {
  goalsDueForFollowUp,
  signedVersion,
  type CalendarDate,
  type Conclusion,
  type DevelopmentGoal,
  type LocalizedText,
  type Party,
} from '../../domain';
import type { ConversationRecord } from '../records/kinds';

export const REMINDER_KINDS = ['goalDeadline', 'checkInDue', 'signed', 'topicProposed'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** Which reminders the organisation sends, and how many days ahead of a deadline or check-in. */
export interface ReminderPolicy {
  readonly kinds: readonly ReminderKind[];
  readonly deadlineDays: number;
  readonly checkInDays: number;
}

export interface Reminder {
  /** Sent once per key: the kind, what it is about (with its date or version) and the recipient. */
  readonly key: string;
  readonly kind: ReminderKind;
  readonly party: Party;
  readonly recipientId: string;
  readonly conversationId: string;
  /** What the text names: the goal, the topic's title, the signer, or the date of the check-in. */
  readonly about: LocalizedText;
}

/** Days after the talk that the check-in falls when the conclusion names no follow-up date: mid-year. */
const MID_YEAR_DAYS = 182;

const addDays = (day: string, days: number): CalendarDate =>
  new Date(Date.parse(`${day.slice(0, 10)}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * When the two meet again about the goals: the follow-up date both signed, or half a year after the talk.
 * Undefined before the conversation is concluded.
 */
export function checkInDate(
  conversation: Pick<ConversationRecord, 'heldAt' | 'concludedAt'>,
  conclusion: Conclusion | undefined,
): CalendarDate | undefined {
  const signed = conclusion && signedVersion(conclusion);
  if (!signed) return undefined;
  const held = conversation.heldAt ?? conversation.concludedAt ?? signed.updatedAt;
  return signed.followUpDate ?? addDays(held, MID_YEAR_DAYS);
}

/** Whether the conversation has a goal not yet achieved or dropped. */
export const hasOpenGoals = (goals: readonly DevelopmentGoal[], conversationId: string): boolean =>
  goals.some(
    (g) => g.conversationId === conversationId && (g.status === 'notStarted' || g.status === 'inProgress'),
  );

/**
 * Who is reminded on a side: the leader, or the employee; in a group conversation (GRUS) what concerns the
 * group (its goals' deadlines, the check-in) goes to every member, and only signing to the representative.
 */
const recipients = (c: ConversationRecord, party: Party, kind: ReminderKind): readonly string[] =>
  party === 'leader'
    ? [c.leaderId]
    : kind === 'signed'
      ? [c.employeeId]
      : [...new Set([c.employeeId, ...c.groupMemberIds])];
const both: readonly Party[] = ['employee', 'leader'];

/** The reminders due on `today` under the organisation's policy, each once by its key. */
export function dueReminders(
  world: {
    readonly conversations: readonly ConversationRecord[];
    readonly goals: readonly DevelopmentGoal[];
    readonly conclusions: readonly Conclusion[];
  },
  today: CalendarDate,
  policy: ReminderPolicy,
): Reminder[] {
  const live = new Map(world.conversations.filter((c) => c.status !== 'cancelled').map((c) => [c.id, c]));
  const conclusionOf = new Map(world.conclusions.map((c) => [c.conversationId, c]));
  const checkInBooked = new Set(
    [...live.values()].flatMap((c) => (c.followUpOf && c.status !== 'planned' ? [c.followUpOf] : [])),
  );
  const out: Reminder[] = [];
  const add = (
    kind: ReminderKind,
    c: ConversationRecord,
    party: Party,
    what: string,
    about: string | LocalizedText,
  ) => {
    for (const recipientId of recipients(c, party, kind))
      out.push({
        key: `${kind}:${c.id}:${what}:${recipientId}`,
        kind,
        party,
        recipientId,
        conversationId: c.id,
        about: typeof about === 'string' ? { da: about, en: about } : about,
      });
  };
  const on = (kind: ReminderKind) => policy.kinds.includes(kind);

  if (on('goalDeadline'))
    for (const g of goalsDueForFollowUp(world.goals, today, policy.deadlineDays)) {
      const c = live.get(g.conversationId);
      if (c) for (const party of both) add('goalDeadline', c, party, `${g.id}:${g.deadline}`, g.goal);
    }
  for (const c of live.values()) {
    const conclusion = conclusionOf.get(c.id);
    const checkIn = checkInDate(c, conclusion);
    if (
      on('checkInDue') &&
      checkIn &&
      !checkInBooked.has(c.id) &&
      hasOpenGoals(world.goals, c.id) &&
      addDays(today, policy.checkInDays) >= checkIn
    )
      for (const party of both) add('checkInDue', c, party, checkIn, checkIn);
    const latest = conclusion?.versions.at(-1);
    if (on('signed') && latest) {
      const { leader, employee } = latest.signatures;
      if (leader && !employee) add('signed', c, 'employee', `v${latest.version}`, leader.name ?? '');
      if (employee && !leader) add('signed', c, 'leader', `v${latest.version}`, employee.name ?? '');
    }
    if (on('topicProposed'))
      for (const item of c.agenda.items)
        if (item.status === 'proposed' && item.proposedBy === 'employee')
          add('topicProposed', c, 'leader', item.topic.id, item.topic.title);
  }
  return out;
}
