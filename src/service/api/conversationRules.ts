import {
  acceptProposal,
  addTopic,
  agreeAgenda,
  allowedEvents,
  applyConversationEvent,
  declineProposal,
  isAgendaAgreed,
  moveTopic,
  removeTopic,
  topicId,
  type Agenda,
  type Conclusion,
  type Concept,
  type ConversationEvent,
  type Party,
} from '../../domain';
import { ApiError } from '../http/problem';
import type { ConversationRecord } from '../records/kinds';
import { proposedTopic } from './domainTopics';

/**
 * The glue between a request and the domain: each function turns an API body into domain operations on the
 * stored conversation. The rules themselves (who may do what, in which state, the goals topic last) are the
 * domain's; a refusal is its DomainError, which the error handler renders as problem+json.
 */

export type AgendaChange =
  | { action: 'propose'; topicId: string; title: string; reason?: string | undefined }
  | { action: 'accept' | 'decline' | 'withdraw' | 'remove'; topicId: string }
  | { action: 'move'; topicId: string; toIndex: number }
  | { action: 'agree' };

/** The agenda can change until the state machine has recorded it as agreed (planned or booked). */
const AGENDA_OPEN: readonly ConversationRecord['status'][] = ['planned', 'booked'];

/** Once both agreed the agenda of a booked conversation, the conversation moves on to `agendaAgreed`. */
function advanceIfAgreed(c: ConversationRecord, at: Date): ConversationRecord {
  if (!isAgendaAgreed(c.agenda) || !allowedEvents(c).includes('agreeAgenda')) return c;
  return { ...c, ...applyConversationEvent(c, { type: 'agreeAgenda', agenda: c.agenda }, at) };
}

function agendaAfter(
  agenda: Agenda,
  party: Party,
  change: AgendaChange,
  concept: Concept | undefined,
  at: Date,
) {
  switch (change.action) {
    case 'propose':
      return addTopic(agenda, party, proposedTopic(concept, change.topicId, change.title), at, change.reason);
    case 'accept':
      return acceptProposal(agenda, party, topicId(change.topicId), at);
    case 'decline':
    case 'withdraw':
      return declineProposal(agenda, party, topicId(change.topicId), at);
    case 'remove':
      return removeTopic(agenda, party, topicId(change.topicId), at);
    case 'move':
      return moveTopic(agenda, party, topicId(change.topicId), change.toIndex, at);
    case 'agree':
      return agreeAgenda(agenda, party, at);
  }
}

export function changeAgenda(
  c: ConversationRecord,
  party: Party,
  change: AgendaChange,
  concept: Concept | undefined,
  at: Date,
): ConversationRecord {
  if (!AGENDA_OPEN.includes(c.status))
    throw new ApiError('invalid_state', `The agenda of a ${c.status} conversation is settled`);
  return advanceIfAgreed({ ...c, agenda: agendaAfter(c.agenda, party, change, concept, at) }, at);
}

export type StatusChange =
  | { event: 'book' | 'rebook'; slot: { start: string; end: string }; calendarEventId?: string | undefined }
  | { event: 'agreeAgenda' | 'hold' | 'conclude' | 'followUp' }
  | { event: 'cancel'; reason: string };

function eventOf(
  c: ConversationRecord,
  change: StatusChange,
  conclusion: Conclusion | undefined,
): ConversationEvent {
  switch (change.event) {
    case 'book':
    case 'rebook':
      return {
        type: change.event,
        slot: change.slot,
        ...(change.calendarEventId ? { calendarEventId: change.calendarEventId } : {}),
      };
    case 'agreeAgenda':
      return { type: 'agreeAgenda', agenda: c.agenda };
    case 'conclude':
      if (!conclusion) throw new ApiError('not_found', 'There is no conclusion to conclude with');
      return { type: 'conclude', conclusion };
    case 'cancel':
      return { type: 'cancel', reason: change.reason };
    case 'hold':
    case 'followUp':
      return { type: change.event };
  }
}

/** One step of the domain's state machine; a booking of an already agreed agenda moves straight on. */
export function applyStatusChange(
  c: ConversationRecord,
  change: StatusChange,
  conclusion: Conclusion | undefined,
  at: Date,
): ConversationRecord {
  const next = { ...c, ...applyConversationEvent(c, eventOf(c, change, conclusion), at) };
  return change.event === 'book' || change.event === 'rebook' ? advanceIfAgreed(next, at) : next;
}
