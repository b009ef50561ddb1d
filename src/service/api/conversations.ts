import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiError } from '../http/problem';
import { applyStatusChange, changeAgenda } from './conversationRules';
import { ifMatch, values, versioned, type ApiContext } from './context';
import { conversationsOf } from './groupRules';
import { followMeeting } from './meetings';
import { markPrepared } from './preparation';
import { change, conversationParams, input, records, route, versionedSchema } from './schemas';

const one = versionedSchema(records.conversation);

const agendaChange = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('propose'),
    topicId: input.id,
    title: input.title,
    /** Why the proposer wants the topic; the leader sees it in the planner. */
    reason: input.shortText.optional(),
  }),
  z.object({ action: z.literal('accept'), topicId: input.id }),
  z.object({ action: z.literal('decline'), topicId: input.id }),
  z.object({ action: z.literal('withdraw'), topicId: input.id }),
  z.object({ action: z.literal('remove'), topicId: input.id }),
  z.object({
    action: z.literal('move'),
    topicId: input.id,
    toIndex: z.number().int().min(0).max(input.limits.topics),
  }),
  z.object({ action: z.literal('agree') }),
]);

const slotSchema = z.object({ start: input.dateTime, end: input.dateTime });
const calendarEventId = z.string().max(input.limits.short).optional();

/** The domain's conversation events (its state machine decides which one is possible now). */
const statusChange = z.discriminatedUnion('event', [
  z.object({ event: z.literal('book'), slot: slotSchema, calendarEventId }),
  z.object({ event: z.literal('rebook'), slot: slotSchema, calendarEventId }),
  z.object({ event: z.literal('agreeAgenda') }),
  z.object({ event: z.literal('hold') }),
  z.object({ event: z.literal('conclude') }),
  z.object({ event: z.literal('followUp') }),
  z.object({ event: z.literal('cancel'), reason: input.shortText.default('') }),
]);

/** Events either party may send; every other event is the leader's. */
const EITHER_PARTY: readonly string[] = ['agreeAgenda', 'hold'];

/** `GET /api/conversations`: the caller's own conversations, as employee, as leader or as a group's member. */
export function conversationListRoutes(app: FastifyInstance, ctx: ApiContext): void {
  const schema = route(
    'conversations',
    'My conversations (as employee or as leader)',
    z.object({}),
    z.array(one),
  );
  app.withTypeProvider<ZodTypeProvider>().get('/api/conversations', { schema }, async ({ caller }) => {
    const visible = [];
    for (const c of await conversationsOf(ctx, caller)) {
      const ok = await ctx.policy.conversationAccess(caller, c.value, 'list').then(
        () => true,
        () => false,
      );
      if (ok) visible.push(c);
    }
    return values(visible);
  });
}

/** One conversation (its two parties only; the scope decided): the agenda, its state, the handover consent. */
export function conversationRoutes(app: FastifyInstance, ctx: ApiContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { conversations } = ctx.records;
  const write = (summary: string) => change('conversations', summary, conversationParams, one);

  const read = route('conversations', 'The conversation', conversationParams, one);
  api.get('/', { schema: read }, async (request, reply) => versioned(reply, request.conversation));

  const agenda =
    'Propose, accept, decline, withdraw, remove or move a topic, or agree the agenda (the goals topic stays last)';
  api.post('/agenda', { schema: { ...write(agenda), body: agendaChange } }, async (request, reply) => {
    const { conversation, access } = request;
    const concept = (await ctx.records.concepts.get(conversation.value.conceptId))?.value;
    const next = await conversations.updateFrom(conversation, ifMatch(request), (c) =>
      changeAgenda(c, access.party, request.body, concept, ctx.now()),
    );
    if (next.value.status !== 'agendaAgreed') return versioned(reply, next);
    // Preparations submitted before the agenda was agreed now count in the state machine.
    for (const side of ['leader', 'employee'] as const) {
      const prepared = await ctx.records.preparations.get(`${conversation.key}:${side}`);
      if (prepared?.value.submittedAt) await markPrepared(ctx, conversation.key, side);
    }
    return versioned(reply, await conversations.require(conversation.key));
  });

  const status =
    'A step of the conversation (book, agreeAgenda, hold, conclude, followUp, cancel, rebook); an impossible step is 409';
  api.post('/status', { schema: { ...write(status), body: statusChange } }, async (request, reply) => {
    const { conversation, access, body: step } = request;
    if (access.party !== 'leader' && !EITHER_PARTY.includes(step.event))
      throw new ApiError('forbidden', 'Only the leader');
    const conclusion =
      step.event === 'conclude' ? (await ctx.records.conclusions.get(conversation.key))?.value : undefined;
    const etag = ifMatch(request);
    const apply = (c: typeof conversation.value) => applyStatusChange(c, step, conclusion, ctx.now());
    // The meeting follows first (moved, or cancelled in both calendars), then the record: a retry repeats both.
    const after =
      ctx.booking && etag === conversation.etag
        ? await followMeeting(ctx, ctx.booking, request.caller, conversation.value, apply)
        : undefined;
    const next = await conversations.updateFrom(conversation, etag, (c) => after ?? apply(c));
    return versioned(reply, next);
  });

  const handover = 'The employee consents (or not) that a leader other than the current manager keeps access';
  const consentBody = z.object({ leaderId: input.id, consent: z.boolean() });
  api.post('/handover', { schema: { ...write(handover), body: consentBody } }, async (request, reply) => {
    const { conversation, access } = request;
    if (access.party !== 'employee') throw new ApiError('forbidden', 'Only the employee consents');
    const { leaderId, consent } = request.body;
    // Withdrawing is always possible; consent only for a leader of this conversation or the current manager.
    if (consent) await ctx.policy.requireHandoverCandidate(conversation.value, leaderId);
    const next = await conversations.updateFrom(conversation, ifMatch(request), (c) => {
      const others = c.consentedLeaderIds.filter((id) => id !== leaderId);
      return { ...c, consentedLeaderIds: consent ? [...others, leaderId].slice(-10) : others };
    });
    return versioned(reply, next);
  });
}
