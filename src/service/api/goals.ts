import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  agreeGoal,
  createGoal,
  editGoal,
  goalId,
  GoalCategorySchema,
  GoalStatusSchema,
  personId,
  recordFollowUp,
  ResponsibleSchema,
  setActivityDone,
  type DevelopmentGoal,
  type Party,
} from '../../domain';
import { ApiError } from '../http/problem';
import { clientIdOf, ifMatch, values, versioned, type ApiContext } from './context';
import {
  change,
  conversationParams,
  errorResponses,
  idempotencyHeader,
  input,
  records,
  route,
  versionedSchema,
} from './schemas';

const goalParams = conversationParams.extend({ goalId: input.id });
const goalContent = z.object({
  goal: input.shortText.min(1),
  activities: z.array(input.shortText.min(1)).max(input.limits.goals),
  deadline: z.iso.date(),
  responsible: ResponsibleSchema,
  /** What the goal develops (HR counts goals by it); null clears it. */
  category: GoalCategorySchema.nullable().optional(),
});
const newGoalBody = goalContent.extend({
  /** The client's id for the goal (or send an `Idempotency-Key`): a repeated create answers the first goal. */
  goalId: z.uuid().optional(),
  activities: goalContent.shape.activities.default([]),
  responsible: ResponsibleSchema.default('both'),
});
const one = versionedSchema(records.goal);

interface ChangeInput<B> {
  readonly body: B;
  readonly party: Party;
  readonly userId: string;
}

/**
 * Development goals (the domain's `DevelopmentGoal`, one record each): both parties agree each goal (with
 * time); editing the goal, activities, deadline or responsible clears both agreements; progress and
 * follow-ups do not.
 */
export function goalRoutes(app: FastifyInstance, ctx: ApiContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { goals } = ctx.records;

  const list = route('goals', 'The conversation’s development goals', conversationParams, z.array(one));
  api.get('/goals', { schema: list }, async ({ conversation }) =>
    values(await goals.find('conversationId', conversation.key)),
  );

  const create = {
    ...route('goals', 'A new goal (the first of a repeated request only)', conversationParams, one),
    headers: idempotencyHeader,
    body: newGoalBody,
    response: { 201: one, ...errorResponses },
  };
  api.post('/goals', { schema: create }, async (request, reply) => {
    const { conversation } = request;
    const { goalId: requested, ...content } = request.body;
    const id = goalId(clientIdOf(request, requested));
    const existing = await goals.get(id);
    if (existing && existing.value.conversationId !== conversation.key) throw new ApiError('already_exists');
    if (!existing && (await goals.find('conversationId', conversation.key)).length >= input.limits.goals)
      throw new ApiError('validation_failed', `At most ${input.limits.goals} goals`);
    const { employeeId, id: conversationId } = conversation.value;
    const made = createGoal({ ...content, id, conversationId, employeeId, at: ctx.now() });
    reply.status(201);
    return versioned(reply, existing ?? (await goals.createOnce(id, made)));
  });

  /** One change of an existing goal of this conversation, with If-Match, by a domain operation. */
  function goalChange<B extends z.ZodType>(
    method: 'PUT' | 'POST',
    path: string,
    summary: string,
    body: B,
    apply: (goal: DevelopmentGoal, input: ChangeInput<z.infer<B>>) => DevelopmentGoal,
  ) {
    api.route({
      method,
      url: path,
      schema: { ...change('goals', summary, goalParams, one), body },
      handler: async (request, reply) => {
        const { conversation, access, caller } = request;
        const goal = await goals.get(request.params.goalId);
        if (!goal || goal.value.conversationId !== conversation.key)
          throw new ApiError('not_found', 'No such goal');
        const input = { body: request.body as z.infer<B>, party: access.party, userId: caller.userId };
        return versioned(reply, await goals.updateFrom(goal, ifMatch(request), (g) => apply(g, input)));
      },
    });
  }

  goalChange(
    'PUT',
    '/goals/:goalId',
    'Edit what is agreed (goal, activities, deadline, responsible); a change clears both agreements',
    goalContent.partial(),
    (g, { body }) => {
      const changes = Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
      return editGoal(g, changes, ctx.now());
    },
  );

  goalChange(
    'POST',
    '/goals/:goalId/agree',
    'I agree the goal as it stands (each party, with time)',
    z.object({}).default({}),
    (g, { party }) => agreeGoal(g, party, ctx.now()),
  );

  goalChange(
    'POST',
    '/goals/:goalId/activities',
    'Mark an activity done or not (progress; keeps the agreement)',
    z.object({ index: z.number().int().min(0).max(input.limits.goals), done: z.boolean() }),
    (g, { body }) => setActivityDone(g, body.index, body.done, ctx.now()),
  );

  goalChange(
    'POST',
    '/goals/:goalId/follow-ups',
    'Record a follow-up on a goal: a note and the status it has now (needs the goal’s If-Match)',
    z.object({ note: input.shortText.default(''), status: GoalStatusSchema }),
    (g, { body, userId }) => {
      if (g.followUps.length >= 100) throw new ApiError('validation_failed', 'At most 100 follow-ups');
      return recordFollowUp(g, { by: personId(userId), note: body.note, status: body.status }, ctx.now());
    },
  );
}
