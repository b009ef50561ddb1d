import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '../auth/authPlugin';
import { ApiError } from '../http/problem';
import { goalSchema, idSchema, shortTextSchema, titleSchema } from '../records/schemas';
import { conversationFor, ifMatch, versioned, type ApiContext } from './context';
import { conversationParams, errorResponses, ifMatchHeader, secured, versionedSchema } from './schemas';

const goalParams = conversationParams.extend({ goalId: idSchema });
const progress = z.enum(['not_started', 'in_progress', 'done']);
const goalBody = z.object({
  title: titleSchema,
  description: shortTextSchema.default(''),
  activities: shortTextSchema.default(''),
  deadline: z.iso.date().optional(),
  progress: progress.default('not_started'),
});
const followUpBody = z.object({ text: shortTextSchema, progress });

/** Development goals (one record each) and their follow-ups during the year. */
export function registerGoals(app: FastifyInstance, ctx: ApiContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { goals } = ctx.records;

  async function goalOf(conversationId: string, goalId: string) {
    const goal = await goals.get(goalId);
    if (!goal || goal.value.conversationId !== conversationId)
      throw new ApiError('not_found', 'No such goal');
    return goal;
  }

  api.get(
    '/api/conversations/:conversationId/goals',
    {
      schema: {
        ...secured(['goals']),
        params: conversationParams,
        response: { 200: z.array(versionedSchema(goalSchema)), ...errorResponses },
      },
    },
    async (request) => {
      const { conversation } = await conversationFor(
        ctx,
        callerOf(request),
        request.params.conversationId,
        'goals',
      );
      return (await goals.find('conversationId', conversation.key)).map((g) => ({
        etag: g.etag,
        value: g.value,
      }));
    },
  );

  api.post(
    '/api/conversations/:conversationId/goals',
    {
      schema: {
        ...secured(['goals']),
        params: conversationParams,
        body: goalBody,
        response: { 201: versionedSchema(goalSchema), ...errorResponses },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const { conversation } = await conversationFor(ctx, caller, request.params.conversationId, 'goals');
      if ((await goals.find('conversationId', conversation.key)).length >= 30)
        throw new ApiError('validation_failed', 'At most 30 goals');
      const id = randomUUID();
      const { deadline, ...rest } = request.body;
      const goal = await goals.create(id, {
        schemaVersion: 1,
        id,
        conversationId: conversation.key,
        ...rest,
        ...(deadline ? { deadline } : {}),
        followUps: [],
        updatedBy: caller.userId,
        updatedAt: ctx.now().toISOString(),
      });
      reply.status(201);
      return versioned(reply, goal);
    },
  );

  api.put(
    '/api/conversations/:conversationId/goals/:goalId',
    {
      schema: {
        ...secured(['goals']),
        params: goalParams,
        headers: ifMatchHeader,
        body: goalBody,
        response: { 200: versionedSchema(goalSchema), ...errorResponses },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const base = ifMatch(request);
      const { conversation } = await conversationFor(ctx, caller, request.params.conversationId, 'goals');
      const goal = await goalOf(conversation.key, request.params.goalId);
      const { deadline, ...rest } = request.body;
      const next = await goals.updateFrom(goal, base, (g) => {
        const { deadline: _old, ...kept } = g;
        return {
          ...kept,
          ...rest,
          ...(deadline ? { deadline } : {}),
          updatedBy: caller.userId,
          updatedAt: ctx.now().toISOString(),
        };
      });
      return versioned(reply, next);
    },
  );

  api.post(
    '/api/conversations/:conversationId/goals/:goalId/follow-ups',
    {
      schema: {
        ...secured(['goals']),
        summary: 'Record a follow-up on a goal (needs the goal’s If-Match)',
        params: goalParams,
        headers: ifMatchHeader,
        body: followUpBody,
        response: { 200: versionedSchema(goalSchema), ...errorResponses },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const base = ifMatch(request);
      const { conversation } = await conversationFor(ctx, caller, request.params.conversationId, 'follow-up');
      const goal = await goalOf(conversation.key, request.params.goalId);
      const now = ctx.now().toISOString();
      const next = await goals.updateFrom(goal, base, (g) => {
        if (g.followUps.length >= 100) throw new ApiError('validation_failed', 'At most 100 follow-ups');
        const followUp = { at: now, by: caller.userId, ...request.body };
        return {
          ...g,
          progress: request.body.progress,
          followUps: [...g.followUps, followUp],
          updatedAt: now,
        };
      });
      return versioned(reply, next);
    },
  );
}
