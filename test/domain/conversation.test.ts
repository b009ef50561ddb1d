import { agreeAgenda, createAgenda } from '../../src/domain/agenda';
import { createConclusion, signConclusion, writeSummary } from '../../src/domain/conclusion';
import {
  allowedEvents,
  applyConversationEvent,
  ConversationSchema,
  hasMeetingStarted,
  planConversation,
  type Conversation,
  type ConversationEvent,
} from '../../src/domain/conversation';
import { DomainError } from '../../src/domain/errors';
import { hasMeetingEverStarted, requireConclusionAllowed } from '../../src/domain/meeting';
import { concept, convId, employee, leader, rId, at } from './fixtures';

/** Booked at at(10), starting between the agenda's agreement and the talk (the happy path holds at at(14)). */
const slot = { start: '2025-03-03T08:12:30.000Z', end: '2025-03-03T09:12:30.000Z' };
const agreedAgenda = agreeAgenda(
  agreeAgenda(createAgenda(convId, concept, at()), 'leader', at(1)),
  'employee',
  at(2),
);
const conclusionSignedByBoth = () => {
  let c = createConclusion({
    conversationId: convId,
    leaderId: leader,
    employeeId: employee,
    topics: concept.topics,
    at: at(),
  });
  c = writeSummary(c, concept.topics[0]!.id, 'Et godt år.', at(1));
  return signConclusion(signConclusion(c, 'leader', leader, at(2)), 'employee', employee, at(3));
};

const planned = () =>
  planConversation({
    id: convId,
    roundId: rId,
    conceptId: concept.id,
    leaderId: leader,
    employeeId: employee,
    at: at(),
  });

function run(events: ConversationEvent[], from: Conversation = planned()): Conversation {
  return events.reduce((c, e, i) => applyConversationEvent(c, e, at(10 + i)), from);
}

const happyPath: ConversationEvent[] = [
  { type: 'book', slot, calendarEventId: 'evt-1' },
  { type: 'agreeAgenda', agenda: agreedAgenda },
  { type: 'submitPreparation', side: 'employee' },
  { type: 'submitPreparation', side: 'leader' },
  { type: 'hold' },
  { type: 'conclude', conclusion: conclusionSignedByBoth() },
  { type: 'followUp' },
];

describe('the conversation state machine', () => {
  it('walks the whole way from planned to followed up, recording each step', () => {
    const seen: string[] = [];
    happyPath.reduce((c, e, i) => {
      const next = applyConversationEvent(c, e, at(10 + i));
      seen.push(next.status);
      return next;
    }, planned());
    expect(seen).toEqual([
      'booked',
      'agendaAgreed',
      'agendaAgreed',
      'prepared',
      'held',
      'concluded',
      'followedUp',
    ]);
    const done = run(happyPath);
    expect(done.history).toHaveLength(7);
    expect(done.preparedAt.employee).toBe(at(12).toISOString());
    expect(done.calendarEventId).toBe('evt-1');
    expect(ConversationSchema.parse(JSON.parse(JSON.stringify(done)))).toEqual(done);
  });

  it('refuses illegal steps with a typed error and leaves the conversation as it was', () => {
    const c = planned();
    const attempt = () => applyConversationEvent(c, { type: 'hold' }, at(1));
    expect(attempt).toThrow(DomainError);
    expect(attempt).toThrow(
      expect.objectContaining({
        code: 'conversation.illegalTransition',
        details: { from: 'planned', event: 'hold' },
      }),
    );
    expect(c.status).toBe('planned');
    const booked = run([{ type: 'book', slot }]);
    expect(() => applyConversationEvent(booked, { type: 'hold' }, at(2))).toThrow(
      expect.objectContaining({ code: 'conversation.illegalTransition' }),
    );
    expect(() => applyConversationEvent(booked, { type: 'followUp' }, at(2))).toThrow(
      expect.objectContaining({ code: 'conversation.illegalTransition' }),
    );
  });

  it('needs an agenda agreed by both, a conclusion signed by both, and a sane slot', () => {
    const booked = run([{ type: 'book', slot }]);
    const half = agreeAgenda(createAgenda(convId, concept, at()), 'leader', at(1));
    expect(() => applyConversationEvent(booked, { type: 'agreeAgenda', agenda: half }, at(3))).toThrow(
      expect.objectContaining({ code: 'conversation.agendaNotAgreed' }),
    );
    const held = run(happyPath.slice(1, 5), booked);
    const unsigned = createConclusion({
      conversationId: convId,
      leaderId: leader,
      employeeId: employee,
      topics: [],
      at: at(),
    });
    expect(() => applyConversationEvent(held, { type: 'conclude', conclusion: unsigned }, at(30))).toThrow(
      expect.objectContaining({ code: 'conversation.conclusionNotSigned' }),
    );
    expect(() => run([{ type: 'book', slot: { start: slot.end, end: slot.start } }])).toThrow(
      expect.objectContaining({ code: 'conversation.invalidSlot' }),
    );
  });

  it('refuses a side preparing twice, and may be held with only one side prepared', () => {
    const agreed = run(happyPath.slice(0, 3));
    expect(() =>
      applyConversationEvent(agreed, { type: 'submitPreparation', side: 'employee' }, at(20)),
    ).toThrow(expect.objectContaining({ code: 'conversation.alreadyPrepared' }));
    expect(applyConversationEvent(agreed, { type: 'hold' }, at(20)).status).toBe('held');
  });

  it('cancels and rebooks, resuming where it was with a new slot', () => {
    const prepared = run(happyPath.slice(0, 4));
    const cancelled = applyConversationEvent(prepared, { type: 'cancel', reason: 'Sygdom' }, at(30));
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.cancellation).toEqual({ at: at(30).toISOString(), reason: 'Sygdom' });
    expect(allowedEvents(cancelled)).toEqual(['rebook']);
    const newSlot = { start: '2025-03-12T09:00:00Z', end: '2025-03-12T10:00:00Z' };
    const rebooked = applyConversationEvent(
      cancelled,
      { type: 'rebook', slot: newSlot, calendarEventId: 'evt-2' },
      at(31),
    );
    expect(rebooked.status).toBe('prepared');
    expect(rebooked.slot).toEqual({ start: '2025-03-12T09:00:00.000Z', end: '2025-03-12T10:00:00.000Z' });
    expect(rebooked.calendarEventId).toBe('evt-2');
    expect(rebooked.cancellation).toBeNull();

    const fromPlanned = run([
      { type: 'cancel', reason: '' },
      { type: 'rebook', slot },
    ]);
    expect(fromPlanned.status).toBe('booked');
    const moved = run([
      { type: 'book', slot, calendarEventId: 'e' },
      { type: 'rebook', slot: newSlot },
    ]);
    expect(moved.status).toBe('booked');
    expect(moved.calendarEventId).toBe('e');
  });

  it('cannot be cancelled once held', () => {
    const held = run(happyPath.slice(0, 5));
    expect(() => applyConversationEvent(held, { type: 'cancel', reason: 'x' }, at(40))).toThrow(
      expect.objectContaining({ code: 'conversation.illegalTransition' }),
    );
  });

  it('refuses to book or rebook a slot that has already started, on the clock it is given', () => {
    const past = { start: at(5).toISOString(), end: at(65).toISOString() };
    expect(() => applyConversationEvent(planned(), { type: 'book', slot: past }, at(10))).toThrow(
      expect.objectContaining({ code: 'conversation.slotInPast' }),
    );
    const agreed = run(happyPath.slice(0, 2));
    expect(() => applyConversationEvent(agreed, { type: 'rebook', slot: past }, at(11))).toThrow(
      expect.objectContaining({ code: 'conversation.slotInPast' }),
    );
    const cancelled = applyConversationEvent(agreed, { type: 'cancel', reason: '' }, at(11));
    expect(() => applyConversationEvent(cancelled, { type: 'rebook', slot: past }, at(12))).toThrow(
      expect.objectContaining({ code: 'conversation.slotInPast' }),
    );
    expect(agreed.slot).toEqual(slot);
  });

  it('is held only once its slot has started, not when a party says so', () => {
    const agreed = run(happyPath.slice(0, 2));
    expect(() => applyConversationEvent(agreed, { type: 'hold' }, at(12))).toThrow(
      expect.objectContaining({ code: 'conversation.notStarted' }),
    );
    expect(applyConversationEvent(agreed, { type: 'hold' }, at(13)).status).toBe('held');
  });

  it('has started when the clock passes the start of a slot booked in the future, whatever the status', () => {
    const agreed = run(happyPath.slice(0, 2));
    expect(hasMeetingStarted(agreed, at(12))).toBe(false);
    expect(hasMeetingStarted(agreed, at(13))).toBe(true);
    expect(hasMeetingStarted(planned(), at(1000))).toBe(false);
    const claimedHeld: Conversation = { ...agreed, status: 'held' };
    expect(hasMeetingStarted(claimedHeld, at(12))).toBe(false);
    // A slot written as already started when booked (an old record) never counts as started.
    const bookedLate: Conversation = {
      ...agreed,
      history: agreed.history.map((h) => (h.event === 'book' ? { ...h, at: at(20).toISOString() } : h)),
    };
    expect(hasMeetingStarted(bookedLate, at(30))).toBe(false);
  });

  it('stays started once it has started, even when the meeting is moved later', () => {
    const agreed = run(happyPath.slice(0, 2));
    const later = { start: '2025-03-10T08:00:00.000Z', end: '2025-03-10T09:00:00.000Z' };
    const moved = applyConversationEvent(agreed, { type: 'rebook', slot: later }, at(20));
    expect(moved.startedAt).toBe(slot.start);
    expect(hasMeetingStarted(moved, at(21))).toBe(false);
    expect(hasMeetingEverStarted(moved, at(21))).toBe(true);
    const cancelled = applyConversationEvent(agreed, { type: 'cancel', reason: 'Syg' }, at(20));
    expect(hasMeetingEverStarted(cancelled, at(21))).toBe(true);
    // Moved before its start: it never started.
    const early = applyConversationEvent(agreed, { type: 'rebook', slot: later }, at(11));
    expect(early.startedAt).toBeNull();
    expect(hasMeetingEverStarted(early, at(13))).toBe(false);
    // A record written before this field reads as never started.
    const { startedAt: _old, ...before } = JSON.parse(JSON.stringify(agreed));
    expect(ConversationSchema.parse(before).startedAt).toBeNull();
  });

  it('takes a conclusion only at or after the meeting, never while planned, booked or cancelled', () => {
    const notStarted = expect.objectContaining({ code: 'conversation.notStarted' });
    expect(() => requireConclusionAllowed(planned(), at(100))).toThrow(notStarted);
    expect(() => requireConclusionAllowed(run(happyPath.slice(0, 1)), at(100))).toThrow(notStarted);
    const agreed = run(happyPath.slice(0, 2));
    expect(() => requireConclusionAllowed(agreed, at(12))).toThrow(notStarted);
    expect(() => requireConclusionAllowed(agreed, at(13))).not.toThrow();
    expect(() => requireConclusionAllowed(run(happyPath.slice(0, 5)), at(14))).not.toThrow();
    expect(() => requireConclusionAllowed(run(happyPath), at(100))).not.toThrow();
    const cancelled = applyConversationEvent(agreed, { type: 'cancel', reason: 'Syg' }, at(13));
    expect(() => requireConclusionAllowed(cancelled, at(14))).toThrow(notStarted);
  });
});
