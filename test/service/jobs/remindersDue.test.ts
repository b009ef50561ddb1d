import {
  addTopic,
  createAgenda,
  createConclusion,
  createGoal,
  createOwnTopic,
  goalId,
  conversationId as convIdOf,
  planConversation,
  recordFollowUp,
  setFollowUpDate,
  topicId,
  signConclusion,
  writeSummary,
} from '../../../src/domain';
import type { ConversationRecord } from '../../../src/service/records/kinds';
import { dueReminders, REMINDER_KINDS, type ReminderPolicy } from '../../../src/service/jobs/remindersDue';
import { loadReminderSettings } from '../../../src/service/jobs/remindersSettings';
import { reminderText } from '../../../src/service/jobs/remindersTexts';
import { at, concept, convId, employee, leader, rId } from '../../domain/fixtures';

const ALL: ReminderPolicy = { kinds: REMINDER_KINDS, deadlineDays: 14, checkInDays: 7 };

function world() {
  const conversation: ConversationRecord = {
    ...planConversation({
      id: convId,
      roundId: rId,
      conceptId: concept.id,
      leaderId: leader,
      employeeId: employee,
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
    goal: 'Lære at lede møder',
    activities: ['Kursus'],
    deadline: '2025-06-30',
    responsible: 'both',
    at: at(),
  });
  return { conversation, goal, conversations: [conversation], goals: [goal], conclusions: [] };
}

const kindsAndRecipients = (due: ReturnType<typeof dueReminders>) =>
  due.map((r) => [r.kind, r.recipientId]).sort();

describe('which reminders are due', () => {
  it('a goal’s deadline near: both parties, once per goal and deadline; none when far or when achieved', () => {
    const w = world();
    expect(dueReminders(w, '2025-06-01', ALL)).toEqual([]);
    const near = dueReminders(w, '2025-06-20', ALL);
    expect(kindsAndRecipients(near)).toEqual([
      ['goalDeadline', employee],
      ['goalDeadline', leader],
    ]);
    expect(near[0]!.about).toEqual({ da: 'Lære at lede møder', en: 'Lære at lede møder' });
    // The same goal on a later day is the same reminder (the same key): the job sends it once.
    expect(dueReminders(w, '2025-06-25', ALL).map((r) => r.key)).toEqual(near.map((r) => r.key));
    const achieved = recordFollowUp(w.goal, { by: employee, note: 'Nået', status: 'achieved' }, at(10));
    expect(dueReminders({ ...w, goals: [achieved] }, '2025-06-20', ALL)).toEqual([]);
  });

  it('the organisation’s settings decide which kinds are sent', () => {
    const w = world();
    expect(dueReminders(w, '2025-06-20', { ...ALL, kinds: ['signed', 'topicProposed'] })).toEqual([]);
    expect(dueReminders(w, '2025-06-10', { ...ALL, deadlineDays: 30 })).toHaveLength(2);
  });

  it('the other party signed: the one whose signature is missing, per version', () => {
    const w = world();
    const written = writeSummary(
      createConclusion({
        conversationId: convId,
        leaderId: leader,
        employeeId: employee,
        topics: concept.topics,
        at: at(),
      }),
      concept.topics[0]!.id,
      'God samtale',
      at(1),
    );
    const byLeader = signConclusion(written, 'leader', leader, at(2), 'Lone Leder');
    const due = dueReminders({ ...w, goals: [], conclusions: [byLeader] }, '2025-03-03', ALL);
    expect(kindsAndRecipients(due)).toEqual([['signed', employee]]);
    expect(reminderText('signed', due[0]!.about, 'da')).toBe(
      'Lone Leder har underskrevet konklusionen. Nu mangler din underskrift.',
    );
    const both = signConclusion(byLeader, 'employee', employee, at(3));
    expect(dueReminders({ ...w, goals: [], conclusions: [both] }, '2025-03-03', ALL)).toEqual([]);
  });

  it('the mid-year check-in: due a week before the agreed follow-up date while goals are open', () => {
    const w = world();
    const base = createConclusion({
      conversationId: convId,
      leaderId: leader,
      employeeId: employee,
      topics: concept.topics,
      at: at(),
    });
    const dated = setFollowUpDate(
      writeSummary(base, concept.topics[0]!.id, 'Godt', at(1)),
      '2025-09-15',
      at(1),
    );
    const signed = signConclusion(
      signConclusion(dated, 'leader', leader, at(2)),
      'employee',
      employee,
      at(3),
    );
    const farGoal = { ...w.goal, deadline: '2026-06-30' };
    const input = { ...w, goals: [farGoal], conclusions: [signed] };
    expect(dueReminders(input, '2025-09-01', ALL)).toEqual([]);
    const due = dueReminders(input, '2025-09-08', ALL);
    expect(kindsAndRecipients(due)).toEqual([
      ['checkInDue', employee],
      ['checkInDue', leader],
    ]);
    expect(reminderText('checkInDue', due[0]!.about, 'en')).toMatch(
      /time for your MUS check-in \(15 September 2025\)/,
    );
    const done = recordFollowUp(farGoal, { by: employee, note: '', status: 'dropped' }, at(5));
    expect(dueReminders({ ...input, goals: [done] }, '2025-09-08', ALL)).toEqual([]);
  });

  it('the mid-year check-in: not reminded once booked (a conversation following it up), still while only planned', () => {
    const w = world();
    const signed = signConclusion(
      signConclusion(
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
        'leader',
        leader,
        at(2),
      ),
      'employee',
      employee,
      at(3),
    );
    const goals = [{ ...w.goal, deadline: '2026-06-30' }];
    const checkIn: ConversationRecord = {
      ...w.conversation,
      id: convIdOf('check-in'),
      followUpOf: convId,
    };
    const day = '2025-09-01';
    const planned = dueReminders(
      { ...w, goals, conclusions: [signed], conversations: [w.conversation, checkIn] },
      day,
      ALL,
    );
    expect(kindsAndRecipients(planned)).toEqual([
      ['checkInDue', employee],
      ['checkInDue', leader],
    ]);
    const booked = { ...checkIn, status: 'booked' as const };
    const conversations = [w.conversation, booked];
    expect(dueReminders({ ...w, goals, conclusions: [signed], conversations }, day, ALL)).toEqual([]);
  });

  it('the employee proposed a topic: the leader, named by the topic; a cancelled conversation reminds nobody', () => {
    const w = world();
    const topic = createOwnTopic({ id: topicId('own-home'), title: 'Hjemmearbejde' });
    const agenda = addTopic(w.conversation.agenda, 'employee', topic, at(1), 'Jeg vil gerne tale om det');
    const proposed = { ...w.conversation, agenda };
    const due = dueReminders({ ...w, goals: [], conversations: [proposed] }, '2025-03-03', ALL);
    expect(kindsAndRecipients(due)).toEqual([['topicProposed', leader]]);
    const cancelled = { ...proposed, status: 'cancelled' as const };
    expect(dueReminders({ ...w, conversations: [cancelled] }, '2025-06-20', ALL)).toEqual([]);
  });
});

describe('the organisation’s reminder settings', () => {
  it('are all four kinds by default, none with "none", and a misspelt kind stops the service with its name', () => {
    expect(loadReminderSettings({})).toEqual({
      kinds: ['goalDeadline', 'checkInDue', 'signed', 'topicProposed'],
      deadlineDays: 14,
      checkInDays: 7,
      everySeconds: 3600,
    });
    expect(loadReminderSettings({ MUS_REMINDERS: 'none' }).kinds).toEqual([]);
    expect(loadReminderSettings({ MUS_REMINDERS: 'signed, checkInDue' }).kinds).toEqual([
      'signed',
      'checkInDue',
    ]);
    expect(() => loadReminderSettings({ MUS_REMINDERS: 'signed,birthday' })).toThrow(/MUS_REMINDERS/);
  });
});
