import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { allowedEvents, applyConversationEvent, type Party } from '../../domain';
import { callerOf } from '../auth/authPlugin';
import { ApiError } from '../http/problem';
import { idSchema, LIMITS, longTextSchema, preparationSchema } from '../records/schemas';
import { conversationFor, conversationForWrite, createOrUpdate, versioned, type ApiContext } from './context';
import { conversationParams, errorResponses, ifMatchHeader, secured, versionedSchema } from './schemas';

const preparationView = z.object({
  mine: versionedSchema(preparationSchema).nullable(),
  other: z.object({
    submitted: z.boolean(),
    /** The other side's answers; null while hidden (until both submitted or the meeting started). */
    answers: z.record(z.string(), z.string()).nullable(),
  }),
});

const preparationBody = z.object({
  answers: z
    .record(idSchema, longTextSchema)
    .refine((a) => Object.keys(a).length <= LIMITS.topics, 'Too many topics'),
  submit: z.boolean().default(false),
});

/**
 * Records a submitted preparation in the conversation's state machine (the domain's `submitPreparation`:
 * agendaAgreed → prepared once both sides did), when the conversation is in a state that takes it. A
 * preparation submitted before the agenda was agreed is recorded when it is (see the agenda route).
 */
export async function markPrepared(ctx: ApiContext, key: string, side: Party): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const c = await ctx.records.conversations.require(key);
    if (!allowedEvents(c.value).includes('submitPreparation') || c.value.preparedAt[side] !== null) return;
    try {
      await ctx.records.conversations.updateFrom(c, c.etag, (v) => ({
        ...v,
        ...applyConversationEvent(v, { type: 'submitPreparation', side }, ctx.now()),
      }));
      return;
    } catch (error) {
      if (!(error instanceof ApiError && error.code === 'stale_record')) throw error;
    }
  }
}

/** Each side's preparation; the other side's stays hidden until both submitted or the meeting started. */
export function registerPreparation(app: FastifyInstance, ctx: ApiContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { preparations } = ctx.records;

  api.get(
    '/api/conversations/:conversationId/preparation',
    {
      schema: {
        ...secured(['preparation']),
        params: conversationParams,
        response: { 200: preparationView, ...errorResponses },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      const { conversation, access } = await conversationFor(
        ctx,
        caller,
        request.params.conversationId,
        'preparation',
      );
      const otherParty = access.party === 'leader' ? 'employee' : 'leader';
      const [ours, other] = await Promise.all([
        preparations.get(`${conversation.key}:${access.party}`),
        preparations.get(`${conversation.key}:${otherParty}`),
      ]);
      const visible = ctx.policy.otherPreparationVisible(
        conversation.value,
        access.party,
        ours?.value,
        other?.value,
      );
      // A consented (read-only) leader never sees another leader's preparation as their own.
      const mine = access.readOnly && ours?.value.authorId !== caller.userId ? undefined : ours;
      return {
        mine: mine ? { etag: mine.etag, value: mine.value } : null,
        other: {
          submitted: Boolean(other?.value.submittedAt),
          answers: visible && other ? other.value.answers : null,
        },
      };
    },
  );

  api.put(
    '/api/conversations/:conversationId/preparation',
    {
      schema: {
        ...secured(['preparation']),
        summary: 'Write (and optionally submit) my preparation; the first write needs no If-Match',
        params: conversationParams,
        headers: ifMatchHeader,
        body: preparationBody,
        response: { 200: versionedSchema(preparationSchema), ...errorResponses },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const { conversation, access } = await conversationForWrite(
        ctx,
        caller,
        request.params.conversationId,
        'preparation',
      );
      if (['concluded', 'followedUp', 'cancelled'].includes(conversation.value.status))
        throw new ApiError('invalid_state');
      const key = `${conversation.key}:${access.party}`;
      const otherKey = `${conversation.key}:${access.party === 'leader' ? 'employee' : 'leader'}`;
      const [ours, other] = await Promise.all([preparations.get(key), preparations.get(otherKey)]);
      // Once this side could see the other's preparation (the meeting started), its own is frozen.
      if (ctx.policy.otherPreparationVisible(conversation.value, access.party, ours?.value, other?.value))
        throw new ApiError('preparation_frozen');
      const { answers, submit } = request.body;
      const now = ctx.now().toISOString();
      const saved = await createOrUpdate(preparations, request, key, (current) => {
        // The domain's rule: a submitted preparation is frozen.
        if (current?.submittedAt) throw new ApiError('preparation_submitted');
        return {
          schemaVersion: 1 as const,
          conversationId: conversation.key,
          party: access.party,
          authorId: caller.userId,
          answers,
          ...(submit ? { submittedAt: now } : {}),
        };
      });
      if (saved.value.submittedAt) await markPrepared(ctx, conversation.key, access.party);
      return versioned(reply, saved);
    },
  );
}
