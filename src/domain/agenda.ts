import { z } from 'zod';
import type { Concept } from './concept';
import { DomainError } from './errors';
import {
  ConversationIdSchema,
  InstantSchema,
  PartySchema,
  instant,
  recordSchema,
  type ConversationId,
  type Party,
  type TopicId,
} from './ids';
import { TopicSchema, followsOrderingRule, isGoalsTopic, orderTopics, type Topic } from './topic';

/**
 * The agenda of one conversation: the ordered topics. The leader sets it up from the concept and may add,
 * remove and move topics; the employee may propose topics, which the leader accepts or declines; both then agree
 * the agenda. Every change clears earlier agreement, and after every operation the goals topic is last.
 * Items carry a snapshot of the topic, so a later change of the concept does not rewrite an agreed agenda.
 */
export const AgendaItemSchema = z.object({
  topic: TopicSchema,
  status: z.enum(['proposed', 'accepted']),
  proposedBy: PartySchema,
  /** Why the proposer wants the topic (an employee's proposal), as they wrote it. */
  reason: z.string().max(2000).optional(),
});
export type AgendaItem = z.infer<typeof AgendaItemSchema>;

export const AgendaSchema = recordSchema({
  conversationId: ConversationIdSchema,
  items: z
    .array(AgendaItemSchema)
    .refine((items) => followsOrderingRule(items.map((i) => i.topic)), 'The goals topic must be last.'),
  agreement: z.object({ leader: InstantSchema.nullable(), employee: InstantSchema.nullable() }),
  updatedAt: InstantSchema,
});
export type Agenda = z.infer<typeof AgendaSchema>;

export function createAgenda(
  conversationId: ConversationId,
  concept: Pick<Concept, 'topics'>,
  at: Date,
): Agenda {
  return {
    schemaVersion: 1,
    conversationId,
    items: orderItems(concept.topics.map((topic) => ({ topic, status: 'accepted', proposedBy: 'leader' }))),
    agreement: { leader: null, employee: null },
    updatedAt: instant(at),
  };
}

const orderItems = (items: readonly AgendaItem[]): AgendaItem[] =>
  orderTopics(items.map((item) => ({ ...item, role: item.topic.role }))).map(
    ({ role: _role, ...item }) => item,
  );

function changed(agenda: Agenda, items: readonly AgendaItem[], at: Date): Agenda {
  return {
    ...agenda,
    items: orderItems(items),
    agreement: { leader: null, employee: null },
    updatedAt: instant(at),
  };
}

function find(agenda: Agenda, topicId: TopicId): AgendaItem {
  const item = agenda.items.find((i) => i.topic.id === topicId);
  if (!item)
    throw new DomainError('agenda.unknownTopic', `Topic ${topicId} is not on the agenda.`, { topicId });
  return item;
}

function leaderOnly(party: Party, action: string): void {
  if (party !== 'leader')
    throw new DomainError('agenda.notAllowed', `Only the leader may ${action}.`, { party });
}

/** The leader adds a topic directly; the employee proposes it (the leader then accepts or declines). */
export function addTopic(agenda: Agenda, party: Party, topic: Topic, at: Date, reason?: string): Agenda {
  if (agenda.items.some((i) => i.topic.id === topic.id)) {
    throw new DomainError('agenda.duplicateTopic', `Topic ${topic.id} is already on the agenda.`, {
      topicId: topic.id,
    });
  }
  if (isGoalsTopic(topic) && agenda.items.some((i) => isGoalsTopic(i.topic))) {
    throw new DomainError('agenda.duplicateTopic', 'The agenda already has a goals topic.', {
      topicId: topic.id,
    });
  }
  const why = reason?.trim();
  const item: AgendaItem = {
    topic,
    status: party === 'leader' ? 'accepted' : 'proposed',
    proposedBy: party,
    ...(why ? { reason: why } : {}),
  };
  return changed(agenda, [...agenda.items, item], at);
}

export function acceptProposal(agenda: Agenda, party: Party, topicId: TopicId, at: Date): Agenda {
  leaderOnly(party, 'accept a proposed topic');
  if (find(agenda, topicId).status !== 'proposed') {
    throw new DomainError('agenda.notProposed', `Topic ${topicId} is not a pending proposal.`, { topicId });
  }
  return changed(
    agenda,
    agenda.items.map((i) => (i.topic.id === topicId ? { ...i, status: 'accepted' as const } : i)),
    at,
  );
}

/** The leader declines a proposal; the employee may withdraw their own proposal. */
export function declineProposal(agenda: Agenda, party: Party, topicId: TopicId, at: Date): Agenda {
  const item = find(agenda, topicId);
  if (item.status !== 'proposed') {
    throw new DomainError('agenda.notProposed', `Topic ${topicId} is not a pending proposal.`, { topicId });
  }
  if (party === 'employee' && item.proposedBy !== 'employee') leaderOnly(party, 'decline a proposal');
  return changed(
    agenda,
    agenda.items.filter((i) => i.topic.id !== topicId),
    at,
  );
}

/** The leader removes an accepted topic; the goals topic can never be removed. */
export function removeTopic(agenda: Agenda, party: Party, topicId: TopicId, at: Date): Agenda {
  leaderOnly(party, 'remove a topic');
  if (isGoalsTopic(find(agenda, topicId).topic)) {
    throw new DomainError('agenda.goalsTopicRequired', 'The development goals topic cannot be removed.', {
      topicId,
    });
  }
  return changed(
    agenda,
    agenda.items.filter((i) => i.topic.id !== topicId),
    at,
  );
}

/** The leader moves a topic to a position; the goals topic stays last whatever is asked. */
export function moveTopic(agenda: Agenda, party: Party, topicId: TopicId, toIndex: number, at: Date): Agenda {
  leaderOnly(party, 'reorder the agenda');
  const item = find(agenda, topicId);
  const rest = agenda.items.filter((i) => i !== item);
  const index = Math.max(0, Math.min(Math.trunc(toIndex), rest.length));
  return changed(agenda, [...rest.slice(0, index), item, ...rest.slice(index)], at);
}

/** A party agrees the agenda as it stands; refused while a proposal is pending. */
export function agreeAgenda(agenda: Agenda, party: Party, at: Date): Agenda {
  const pending = agenda.items.filter((i) => i.status === 'proposed').map((i) => i.topic.id);
  if (pending.length > 0) {
    throw new DomainError('agenda.pendingProposals', 'Accept or decline the proposed topics first.', {
      topicIds: pending,
    });
  }
  return { ...agenda, agreement: { ...agenda.agreement, [party]: instant(at) } };
}

export const isAgendaAgreed = (agenda: Agenda): boolean =>
  agenda.agreement.leader !== null &&
  agenda.agreement.employee !== null &&
  agenda.items.every((i) => i.status === 'accepted');

/** The agreed (accepted) topics in conversation order. */
export const agreedTopics = (agenda: Agenda): Topic[] =>
  agenda.items.filter((i) => i.status === 'accepted').map((i) => i.topic);
