import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '../auth/authPlugin';
import { ApiError } from '../http/problem';
import { conversationSchema, idSchema, isoDateTimeSchema, titleSchema } from '../records/schemas';
import { conversationFor, ifMatch, versioned, type ApiContext } from './context';
import { conversationParams, errorResponses, ifMatchHeader, secured, versionedSchema } from './schemas';

const one = versionedSchema(conversationSchema);

const agendaChange = z.discriminatedUnion('action', [
  z.object({ action: z.literal('propose'), topicId: idSchema, title: titleSchema }),
  z.object({ action: z.literal('accept'), topicId: idSchema }),
  z.object({ action: z.literal('withdraw'), topicId: idSchema }),
]);

const statusChange = z.object({
  status: z.enum(['booked', 'started', 'concluded', 'cancelled']),
  scheduledStart: isoDateTimeSchema.optional(),
});

const ALLOWED: Record<string, readonly string[]> = {
  planned: ['booked', 'started', 'cancelled'],
  booked: ['booked', 'started', 'cancelled'],
  started: ['concluded'],
  concluded: [],
  cancelled: [],
};

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
        summary: 'Propose, accept or withdraw a topic on the agenda',
        params: conversationParams,
        headers: ifMatchHeader,
        body: agendaChange,
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
        'agenda',
      );
      if (conversation.value.status === 'concluded' || conversation.value.status === 'cancelled')
        throw new ApiError('invalid_state');
      const change = request.body;
      const next = await conversations.update(conversation.key, base, (c) => {
        const agenda = c.agenda.filter(
          (item) => change.action !== 'withdraw' || item.topicId !== change.topicId,
        );
        const item = agenda.find((a) => a.topicId === change.topicId);
        if (change.action === 'propose') {
          if (item) throw new ApiError('already_exists', 'The topic is on the agenda');
          if (agenda.length >= 30) throw new ApiError('validation_failed', 'At most 30 topics');
          agenda.push({
            topicId: change.topicId,
            title: change.title,
            proposedBy: access.party,
            acceptedBy: [access.party],
          });
        } else if (change.action === 'accept') {
          if (!item) throw new ApiError('not_found', 'No such topic on the agenda');
          if (!item.acceptedBy.includes(access.party)) item.acceptedBy.push(access.party);
        }
        return { ...c, agenda };
      });
      return versioned(reply, next);
    },
  );

  api.post(
    '/api/conversations/:conversationId/status',
    {
      schema: {
        ...secured(['conversations']),
        summary: 'Book, start, conclude or cancel (the leader)',
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
      const { status, scheduledStart } = request.body;
      if (access.party !== 'leader' && status !== 'started')
        throw new ApiError('forbidden', 'Only the leader');
      const next = await conversations.update(conversation.key, base, (c) => {
        if (!ALLOWED[c.status]?.includes(status))
          throw new ApiError('invalid_state', `${c.status} → ${status}`);
        return {
          ...c,
          status,
          ...(scheduledStart ? { scheduledStart } : {}),
          ...(status === 'started' ? { startedAt: ctx.now().toISOString() } : {}),
        };
      });
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
      const next = await conversations.update(conversation.key, base, (c) => {
        const others = c.consentedLeaderIds.filter((id) => id !== leaderId);
        return { ...c, consentedLeaderIds: consent ? [...others, leaderId].slice(-10) : others };
      });
      return versioned(reply, next);
    },
  );
}
