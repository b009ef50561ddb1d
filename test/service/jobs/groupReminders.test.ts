/**
 * Reminders of a group conversation (GRUS): what concerns the whole group (a goal's deadline, the check-in)
 * goes to every member, each once; the signature is asked of the representative only, and a proposed topic
 * tells the leader only.
 */
import {
  addTopic,
  createAgenda,
  createConclusion,
  createGoal,
  createOwnTopic,
  goalId,
  personId,
  planConversation,
  signConclusion,
  topicId,
  writeSummary,
} from '../../../src/domain';
import { dueReminders, REMINDER_KINDS, type ReminderPolicy } from '../../../src/service/jobs/remindersDue';
import type { ConversationRecord } from '../../../src/service/records/kinds';
import { at, concept, convId, employee, leader, rId } from '../../domain/fixtures';

const ALL: ReminderPolicy = { kinds: REMINDER_KINDS, deadlineDays: 14, checkInDays: 7 };
const others = ['member-mia', 'member-max', 'member-mo'].map(personId);

const group: ConversationRecord = {
  ...planConversation({
    id: convId,
    roundId: rId,
    conceptId: concept.id,
    leaderId: leader,
    employeeId: employee,
    groupMemberIds: [employee, ...others],
    at: at(),
  }),
  agenda: createAgenda(convId, concept, at()),
  consentedLeaderIds: [],
  meeting: null,
};
const goal = createGoal({
  id: goalId('g-1'),
  conversationId: convId,
  employeeId: employee,
  goal: 'Dele viden hver fredag',
  activities: [],
  deadline: '2025-06-30',
  responsible: 'both',
  at: at(),
});
const signedBy = (...who: ('leader' | 'employee')[]) =>
  who.reduce(
    (c, party) => signConclusion(c, party, party === 'leader' ? leader : employee, at(2), 'Lone Leder'),
    writeSummary(
      createConclusion({
        conversationId: convId,
        leaderId: leader,
        employeeId: employee,
        topics: concept.topics,
        at: at(),
      }),
      concept.topics[0]!.id,
      'Godt',
      at(1),
    ),
  );

const recipients = (due: ReturnType<typeof dueReminders>, kind: string) =>
  due
    .filter((r) => r.kind === kind)
    .map((r) => r.recipientId)
    .sort();

describe('the reminders of a group conversation (GRUS)', () => {
  it('a goal’s deadline near: the leader and every member, each once (one key each)', () => {
    const due = dueReminders({ conversations: [group], goals: [goal], conclusions: [] }, '2025-06-20', ALL);
    expect(recipients(due, 'goalDeadline')).toEqual([leader, employee, ...others].sort());
    expect(new Set(due.map((r) => r.key)).size).toBe(due.length);
    const later = dueReminders({ conversations: [group], goals: [goal], conclusions: [] }, '2025-06-25', ALL);
    expect(later.map((r) => r.key).sort()).toEqual(due.map((r) => r.key).sort());
  });

  it('the check-in: the leader and every member', () => {
    const goals = [{ ...goal, deadline: '2026-06-30' }];
    const due = dueReminders(
      { conversations: [group], goals, conclusions: [signedBy('leader', 'employee')] },
      '2025-12-01',
      ALL,
    );
    expect(recipients(due, 'checkInDue')).toEqual([leader, employee, ...others].sort());
  });

  it('the leader signed: only the representative is asked to sign; a proposed topic tells the leader only', () => {
    const topic = createOwnTopic({ id: topicId('own-coffee'), title: 'Fredagskaffe' });
    const proposed = { ...group, agenda: addTopic(group.agenda, 'employee', topic, at(1), '') };
    const due = dueReminders(
      { conversations: [proposed], goals: [], conclusions: [signedBy('leader')] },
      '2025-03-03',
      ALL,
    );
    expect(recipients(due, 'signed')).toEqual([employee]);
    expect(recipients(due, 'topicProposed')).toEqual([leader]);
  });
});
