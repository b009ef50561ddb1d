import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '../auth/authPlugin';
import { ApiError } from '../http/problem';
import {
  LIMITS,
  conversationSchema,
  idSchema,
  isoDateTimeSchema,
  shortTextSchema,
  titleSchema,
} from '../records/schemas';
import { applyStatusChange, changeAgenda } from './conversationRules';
import { domainConclusionOf } from './conclusion';
import { markPrepared } from './preparation';
import { conversationFor, conversationForWrite, ifMatch, versioned, type ApiContext } from './context';
import { conversationParams, errorResponses, ifMatchHeader, secured, versionedSchema } from './schemas';

const one = versionedSchema(conversationSchema);

const agendaChange = z.discriminatedUnion('action', [
  z.object({ action: z.literal('propose'), topicId: idSchema, title: titleSchema }),
  z.object({ action: z.literal('accept'), topicId: idSchema }),
  z.object({ action: z.literal('decline'), topicId: idSchema }),
  z.object({ action: z.literal('withdraw'), topicId: idSchema }),
  z.object({ action: z.literal('remove'), topicId: idSchema }),
  z.object({
    action: z.literal('move'),
    topicId: idSchema,
    toIndex: z.number().int().min(0).max(LIMITS.topics),
  }),
  z.object({ action: z.literal('agree') }),
]);

const slotSchema = z.object({ start: isoDateTimeSchema, end: isoDateTimeSchema });
const calendarEventId = z.string().max(LIMITS.short).optional();

/** The domain's conversation events (its state machine decides which one is possible now). */
const statusChange = z.discriminatedUnion('event', [
  z.object({ event: z.literal('book'), slot: slotSchema, calendarEventId }),
  z.object({ event: z.literal('rebook'), slot: slotSchema, calendarEventId }),
  z.object({ event: z.literal('agreeAgenda') }),
  z.object({ event: z.literal('hold') }),
  z.object({ event: z.literal('conclude') }),
  z.object({ event: z.literal('followUp') }),
  z.object({ event: z.literal('cancel'), reason: shortTextSchema.default('') }),
]);

/** Events either party may send; every other event is the leader's. */
const EITHER_PARTY: readonly string[] = ['agreeAgenda', 'hold'];

/** Conversations (their two parties only), the agenda, the meeting's state and the handover consent. */
export function registerConversations(app: FastifyInstance, ctx: ApiContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { conversations } = ctx.records;

  api.get(
    '/api/conversations',
    { schema: { ...secured(['conversations']), response: { 200: z.array(one), ...errorResponses } } },
    async (request) => {
      const caller = callerOf(request);
      const [asEmployee, asLeader] = await Promise.all([
        conversations.find('employeeId', caller.userId),
        conversations.find('leaderId', caller.userId),
      ]);
      const visible = [];
      for (const c of [...asEmployee, ...asLeader]) {
        const ok = await ctx.policy.conversationAccess(caller, c.value, 'list').then(
          () => true,
          () => false,
        );
        if (ok) visible.push({ etag: c.etag, value: c.value });
      }
      return visible;
    },
  );

  api.get(
    '/api/conversations/:conversationId',
    {
      schema: {
        ...secured(['conversations']),
        params: conversationParams,
        response: { 200: one, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { conversation } = await conversationFor(
        ctx,
        callerOf(request),
        request.params.conversationId,
        'read',
      );
      return versioned(reply, conversation);
    },
  );

  api.post(
    '/api/conversations/:conversationId/agenda',
    {
      schema: {
        ...secured(['agenda']),
        summary:
          'Propose, accept, decline, withdraw, remove or move a topic, or agree the agenda (the goals topic stays last)',
        params: conversationParams,
        headers: ifMatchHeader,
        body: agendaChange,
        response: { 200: one, ...errorResponses },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const base = ifMatch(request);
      const { conversation, access } = await conversationForWrite(
        ctx,
        caller,
        request.params.conversationId,
        'agenda',
      );
      const concept = (await ctx.records.concepts.get(conversation.value.conceptId))?.value;
      const next = await conversations.update(conversation.key, base, (c) =>
        changeAgenda(c, access.party, request.body, concept, ctx.now()),
      );
      if (next.value.status !== 'agendaAgreed') return versioned(reply, next);
      // Preparations submitted before the agenda was agreed now count in the state machine.
      for (const side of ['leader', 'employee'] as const) {
        const prepared = await ctx.records.preparations.get(`${conversation.key}:${side}`);
        if (prepared?.value.submittedAt) await markPrepared(ctx, conversation.key, side);
      }
      return versioned(reply, await conversations.require(conversation.key));
    },
  );

  api.post(
    '/api/conversations/:conversationId/status',
    {
      schema: {
        ...secured(['conversations']),
        summary:
          'A step of the conversation (book, agreeAgenda, hold, conclude, followUp, cancel, rebook); an impossible step is 409',
        params: conversationParams,
        headers: ifMatchHeader,
        body: statusChange,
        response: { 200: one, ...errorResponses },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const base = ifMatch(request);
      const { conversation, access } = await conversationFor(
        ctx,
        caller,
        request.params.conversationId,
        'status',
      );
      const change = request.body;
      ctx.policy.requireWritable(access);
      if (access.party !== 'leader' && !EITHER_PARTY.includes(change.event))
        throw new ApiError('forbidden', 'Only the leader');
      const conclusion =
        change.event === 'conclude' ? await domainConclusionOf(ctx, conversation.value) : undefined;
      const next = await conversations.update(conversation.key, base, (c) =>
        applyStatusChange(c, change, conclusion, ctx.now()),
      );
      return versioned(reply, next);
    },
  );

  api.post(
    '/api/conversations/:conversationId/handover',
    {
      schema: {
        ...secured(['conversations']),
        summary: 'The employee consents (or not) that a leader other than the current manager keeps access',
        params: conversationParams,
        headers: ifMatchHeader,
        body: z.object({ leaderId: idSchema, consent: z.boolean() }),
        response: { 200: one, ...errorResponses },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const base = ifMatch(request);
      const { conversation, access } = await conversationFor(
        ctx,
        caller,
        request.params.conversationId,
        'handover',
      );
      if (access.party !== 'employee') throw new ApiError('forbidden', 'Only the employee consents');
      const { leaderId, consent } = request.body;
      // Withdrawing is always possible; consent only for a leader of this conversation or the current manager.
      if (consent) await ctx.policy.requireHandoverCandidate(conversation.value, leaderId);
      const next = await conversations.update(conversation.key, base, (c) => {
        const others = c.consentedLeaderIds.filter((id) => id !== leaderId);
        return { ...c, consentedLeaderIds: consent ? [...others, leaderId].slice(-10) : others };
      });
      return versioned(reply, next);
    },
  );
}
