import { z } from 'zod';
import { isAgendaAgreed, type Agenda } from './agenda';
import { isConclusionLocked, type Conclusion } from './conclusion';
import { DomainError } from './errors';
import {
  ConceptIdSchema,
  ConversationIdSchema,
  InstantSchema,
  PersonIdSchema,
  RoundIdSchema,
  instant,
  recordSchema,
  type ConceptId,
  type ConversationId,
  type Party,
  type PersonId,
  type RoundId,
} from './ids';

/**
 * A conversation (one MUS between a leader and an employee, or a GRUS with a group) and its state machine:
 * planned → booked → agendaAgreed → prepared → held → concluded → followedUp; cancel and rebook. The talk may be
 * held when the agenda is agreed even if a side has not submitted its preparation (people do turn up
 * unprepared), but never before the agenda is agreed.
 */
export const ConversationStatusSchema = z.enum([
  'planned',
  'booked',
  'agendaAgreed',
  'prepared',
  'held',
  'concluded',
  'followedUp',
  'cancelled',
]);
export type ConversationStatus = z.infer<typeof ConversationStatusSchema>;

export const SlotSchema = z.object({ start: InstantSchema, end: InstantSchema });
export type Slot = z.infer<typeof SlotSchema>;

const EventTypeSchema = z.enum([
  'book',
  'agreeAgenda',
  'submitPreparation',
  'hold',
  'conclude',
  'followUp',
  'cancel',
  'rebook',
]);
export type ConversationEventType = z.infer<typeof EventTypeSchema>;

export const ConversationSchema = recordSchema({
  id: ConversationIdSchema,
  roundId: RoundIdSchema,
  conceptId: ConceptIdSchema,
  leaderId: PersonIdSchema,
  /** Leaders who held the conversation before a change of manager, with when they handed it over. */
  formerLeaders: z.array(z.object({ leaderId: PersonIdSchema, until: InstantSchema })).default([]),
  employeeId: PersonIdSchema,
  /** For a group conversation (GRUS/TUS): the members; `employeeId` is the group's representative who signs. */
  groupMemberIds: z.array(PersonIdSchema),
  status: ConversationStatusSchema,
  slot: SlotSchema.nullable(),
  calendarEventId: z.string().nullable(),
  preparedAt: z.object({ leader: InstantSchema.nullable(), employee: InstantSchema.nullable() }),
  agendaAgreedAt: InstantSchema.nullable(),
  heldAt: InstantSchema.nullable(),
  /**
   * The first time the meeting had started on the server's clock (the start of a slot booked while it was in
   * the future), recorded by the next event and kept when the meeting is moved: what became visible then
   * stays visible (see `hasMeetingEverStarted`).
   */
  startedAt: InstantSchema.nullable().default(null),
  concludedAt: InstantSchema.nullable(),
  followUpsAt: z.array(InstantSchema),
  cancellation: z.object({ at: InstantSchema, reason: z.string().max(2000) }).nullable(),
  statusBeforeCancel: ConversationStatusSchema.nullable(),
  history: z.array(
    z.object({
      event: EventTypeSchema,
      from: ConversationStatusSchema,
      to: ConversationStatusSchema,
      at: InstantSchema,
    }),
  ),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
});
export type Conversation = z.infer<typeof ConversationSchema>;

export type ConversationEvent =
  | { type: 'book'; slot: Slot; calendarEventId?: string }
  | { type: 'agreeAgenda'; agenda: Agenda }
  | { type: 'submitPreparation'; side: Party }
  | { type: 'hold' }
  | { type: 'conclude'; conclusion: Conclusion }
  | { type: 'followUp' }
  | { type: 'cancel'; reason: string }
  | { type: 'rebook'; slot: Slot; calendarEventId?: string };

const allowed: Readonly<Record<ConversationStatus, readonly ConversationEventType[]>> = {
  planned: ['book', 'cancel'],
  booked: ['agreeAgenda', 'cancel', 'rebook'],
  agendaAgreed: ['submitPreparation', 'hold', 'cancel', 'rebook'],
  prepared: ['hold', 'cancel', 'rebook'],
  held: ['conclude'],
  concluded: ['followUp'],
  followedUp: ['followUp'],
  cancelled: ['rebook'],
};

/** The events the conversation accepts in its current state (for enabling buttons). */
export const allowedEvents = (c: Pick<Conversation, 'status'>): readonly ConversationEventType[] =>
  allowed[c.status];

export interface PlanConversationInput {
  id: ConversationId;
  roundId: RoundId;
  conceptId: ConceptId;
  leaderId: PersonId;
  employeeId: PersonId;
  groupMemberIds?: readonly PersonId[];
  at: Date;
}

export function planConversation(input: PlanConversationInput): Conversation {
  const { at: when, groupMemberIds = [], ...parties } = input;
  const at = instant(when);
  return {
    schemaVersion: 1,
    ...parties,
    formerLeaders: [],
    groupMemberIds: [...groupMemberIds],
    status: 'planned',
    slot: null,
    calendarEventId: null,
    preparedAt: { leader: null, employee: null },
    agendaAgreedAt: null,
    heldAt: null,
    startedAt: null,
    concludedAt: null,
    followUpsAt: [],
    cancellation: null,
    statusBeforeCancel: null,
    history: [],
    createdAt: at,
    updatedAt: at,
  };
}

/** A slot must end after it starts, and start after `now`: nobody books (or rebooks to) the past. */
function checkSlot(slot: Slot, now: Date): Slot {
  const start = Date.parse(slot.start);
  const end = Date.parse(slot.end);
  if (!(Number.isFinite(start) && Number.isFinite(end) && end > start)) {
    throw new DomainError('conversation.invalidSlot', 'A slot must end after it starts.', { ...slot });
  }
  if (start <= now.getTime()) {
    throw new DomainError('conversation.slotInPast', 'A slot must start in the future.', {
      ...slot,
      now: now.toISOString(),
    });
  }
  return { start: new Date(start).toISOString(), end: new Date(end).toISOString() };
}

/**
 * Whether the meeting has started at `now` (the server's clock, never the client's): its booked slot's start
 * has passed, and that slot was booked while it was still in the future (its last book/rebook came before its
 * start). Status alone never counts: it is something a party can change.
 */
export function hasMeetingStarted(c: Pick<Conversation, 'slot' | 'history'>, now: Date): boolean {
  if (c.slot === null) return false;
  const start = Date.parse(c.slot.start);
  if (!Number.isFinite(start) || now.getTime() < start) return false;
  const booking = [...c.history].reverse().find((h) => h.event === 'book' || h.event === 'rebook');
  return booking !== undefined && Date.parse(booking.at) < start;
}

/**
 * Applies one event at `atDate`, which is `now` on the server's clock (the domain has none): a slot must be
 * booked in the future, and the talk can be held only once its slot has started. Refuses with a DomainError;
 * the conversation passed in is never changed.
 */
export function applyConversationEvent(
  c: Conversation,
  event: ConversationEvent,
  atDate: Date,
): Conversation {
  if (!allowed[c.status].includes(event.type)) {
    throw new DomainError(
      'conversation.illegalTransition',
      `Cannot ${event.type} a conversation that is ${c.status}.`,
      {
        from: c.status,
        event: event.type,
      },
    );
  }
  const at = instant(atDate);
  const next = nextState(c, event, at, atDate);
  const startedAt = c.startedAt ?? (c.slot && hasMeetingStarted(c, atDate) ? c.slot.start : null);
  return {
    ...next,
    startedAt,
    updatedAt: at,
    history: [...c.history, { event: event.type, from: c.status, to: next.status, at }],
  };
}

function nextState(c: Conversation, event: ConversationEvent, at: string, now: Date): Conversation {
  switch (event.type) {
    case 'book':
      return {
        ...c,
        status: 'booked',
        slot: checkSlot(event.slot, now),
        calendarEventId: event.calendarEventId ?? null,
      };
    case 'rebook': {
      const slot = checkSlot(event.slot, now);
      const status = c.status === 'cancelled' ? resumeAfterCancel(c.statusBeforeCancel) : c.status;
      const eventId = event.calendarEventId ?? (c.status === 'cancelled' ? null : c.calendarEventId);
      return { ...c, status, slot, calendarEventId: eventId, cancellation: null, statusBeforeCancel: null };
    }
    case 'cancel':
      return {
        ...c,
        status: 'cancelled',
        cancellation: { at, reason: event.reason },
        statusBeforeCancel: c.status,
      };
    case 'agreeAgenda':
      if (event.agenda.conversationId !== c.id || !isAgendaAgreed(event.agenda)) {
        throw new DomainError('conversation.agendaNotAgreed', 'Both parties must agree the agenda first.');
      }
      return { ...c, status: 'agendaAgreed', agendaAgreedAt: at };
    case 'submitPreparation': {
      if (c.preparedAt[event.side] !== null) {
        throw new DomainError('conversation.alreadyPrepared', `The ${event.side} has already prepared.`, {
          side: event.side,
        });
      }
      const preparedAt = { ...c.preparedAt, [event.side]: at };
      const both = preparedAt.leader !== null && preparedAt.employee !== null;
      return { ...c, preparedAt, status: both ? 'prepared' : c.status };
    }
    case 'hold':
      if (!hasMeetingStarted(c, now)) {
        throw new DomainError(
          'conversation.notStarted',
          'The talk can be held only once its slot has started.',
          {
            start: c.slot?.start ?? '',
            now: now.toISOString(),
          },
        );
      }
      return { ...c, status: 'held', heldAt: at };
    case 'conclude':
      if (event.conclusion.conversationId !== c.id || !isConclusionLocked(event.conclusion)) {
        throw new DomainError(
          'conversation.conclusionNotSigned',
          'Both parties must sign the conclusion first.',
        );
      }
      return { ...c, status: 'concluded', concludedAt: at };
    case 'followUp':
      return { ...c, status: 'followedUp', followUpsAt: [...c.followUpsAt, at] };
  }
}

/** After a cancellation, a rebooking resumes where the conversation was (a planned one becomes booked). */
function resumeAfterCancel(before: ConversationStatus | null): ConversationStatus {
  return before === null || before === 'planned' || before === 'cancelled' ? 'booked' : before;
}
