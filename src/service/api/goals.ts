import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  agreeGoal,
  createGoal,
  editGoal,
  goalId,
  GoalStatusSchema,
  personId,
  recordFollowUp,
  ResponsibleSchema,
  setActivityDone,
} from '../../domain';
import { callerOf } from '../auth/authPlugin';
import { ApiError } from '../http/problem';
import { goalSchema, idSchema, LIMITS, shortTextSchema } from '../records/schemas';
import { conversationFor, conversationForWrite, ifMatch, versioned, type ApiContext } from './context';
import { conversationParams, errorResponses, ifMatchHeader, secured, versionedSchema } from './schemas';

const goalParams = conversationParams.extend({ goalId: idSchema });
const goalContent = z.object({
  goal: shortTextSchema.min(1),
  activities: z.array(shortTextSchema.min(1)).max(LIMITS.goals),
  deadline: z.iso.date(),
  responsible: ResponsibleSchema,
});
const newGoalBody = goalContent.extend({
  activities: goalContent.shape.activities.default([]),
  responsible: ResponsibleSchema.default('both'),
});
const followUpBody = z.object({ note: shortTextSchema.default(''), status: GoalStatusSchema });
const activityBody = z.object({ index: z.number().int().min(0).max(LIMITS.goals), done: z.boolean() });
const one = versionedSchema(goalSchema);

/**
 * Development goals (one record each) by the domain's rules: both parties agree each goal (with time); editing
 * the goal, activities, deadline or responsible clears both agreements; progress and follow-ups do not.
 */
export function registerGoals(app: FastifyInstance, ctx: ApiContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { goals } = ctx.records;

  async function goalOf(conversationId: string, id: string) {
    const goal = await goals.get(id);
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
        response: { 200: z.array(one), ...errorResponses },
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
        body: newGoalBody,
        response: { 201: one, ...errorResponses },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const { conversation } = await conversationForWrite(
        ctx,
        caller,
        request.params.conversationId,
        'goals',
      );
      if ((await goals.find('conversationId', conversation.key)).length >= LIMITS.goals)
        throw new ApiError('validation_failed', `At most ${LIMITS.goals} goals`);
      const id = goalId(randomUUID());
      const goal = await goals.create(
        id,
        createGoal({
          ...request.body,
          id,
          conversationId: conversation.value.id,
          employeeId: conversation.value.employeeId,
          at: ctx.now(),
        }),
      );
      reply.status(201);
      return versioned(reply, goal);
    },
  );

  /** One change of an existing goal, with If-Match, by a domain operation. */
  function changeGoal(
    path: string,
    summary: string,
    body: z.ZodType,
    change: (
      g: z.infer<typeof goalSchema>,
      input: { body: unknown; party: 'leader' | 'employee'; userId: string },
    ) => z.infer<typeof goalSchema>,
  ) {
    api.post(
      path,
      {
        schema: {
          ...secured(['goals']),
          summary,
          params: goalParams,
          headers: ifMatchHeader,
          body,
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
          'goals',
        );
        const goal = await goalOf(conversation.key, request.params.goalId);
        const next = await goals.updateFrom(goal, base, (g) =>
          change(g, { body: request.body, party: access.party, userId: caller.userId }),
        );
        return versioned(reply, next);
      },
    );
  }

  api.put(
    '/api/conversations/:conversationId/goals/:goalId',
    {
      schema: {
        ...secured(['goals']),
        summary:
          'Edit what is agreed (goal, activities, deadline, responsible); a change clears both agreements',
        params: goalParams,
        headers: ifMatchHeader,
        body: goalContent.partial(),
        response: { 200: one, ...errorResponses },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const base = ifMatch(request);
      const { conversation } = await conversationForWrite(
        ctx,
        caller,
        request.params.conversationId,
        'goals',
      );
      const goal = await goalOf(conversation.key, request.params.goalId);
      const { goal: text, activities, deadline, responsible } = request.body;
      const changes = {
        ...(text !== undefined ? { goal: text } : {}),
        ...(activities !== undefined ? { activities } : {}),
        ...(deadline !== undefined ? { deadline } : {}),
        ...(responsible !== undefined ? { responsible } : {}),
      };
      const next = await goals.updateFrom(goal, base, (g) => editGoal(g, changes, ctx.now()));
      return versioned(reply, next);
    },
  );

  changeGoal(
    '/api/conversations/:conversationId/goals/:goalId/agree',
    'I agree the goal as it stands (each party, with time)',
    z.object({}).default({}),
    (g, { party }) => agreeGoal(g, party, ctx.now()),
  );

  changeGoal(
    '/api/conversations/:conversationId/goals/:goalId/activities',
    'Mark an activity done or not (progress; keeps the agreement)',
    activityBody,
    (g, { body }) => {
      const { index, done } = activityBody.parse(body);
      return setActivityDone(g, index, done, ctx.now());
    },
  );

  changeGoal(
    '/api/conversations/:conversationId/goals/:goalId/follow-ups',
    'Record a follow-up on a goal: a note and the status it has now (needs the goal’s If-Match)',
    followUpBody,
    (g, { body, userId }) => {
      if (g.followUps.length >= 100) throw new ApiError('validation_failed', 'At most 100 follow-ups');
      const { note, status } = followUpBody.parse(body);
      return recordFollowUp(g, { by: personId(userId), note, status }, ctx.now());
    },
  );
}
