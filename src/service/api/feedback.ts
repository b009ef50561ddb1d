import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '../auth/authPlugin';
import { ApiError } from '../http/problem';
import { personId } from '../../domain';
import { evaluationSchema, idSchema, musTestSchema, shortTextSchema } from '../records/schemas';
import { conversationFor, createOrUpdate, versioned, type ApiContext } from './context';
import { musTestAnswers, musTestAnswersBody, musTestScore, musTestScoreSchema } from './musTestScoring';
import { conversationParams, errorResponses, ifMatchHeader, secured, versionedSchema } from './schemas';

/** MUS-testen (the leader's self-evaluation of a round) and each party's evaluation of a conversation. */
export function registerFeedback(app: FastifyInstance, ctx: ApiContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { rounds, musTests, evaluations } = ctx.records;

  api.put(
    '/api/rounds/:roundId/mus-test',
    {
      schema: {
        ...secured(['feedback']),
        summary:
          'The leader’s MUS-testen answers for a round (statement id → aldrig … altid, or 20 numbers 1 = Aldrig … 5 = Altid); the answer carries the score per section and in total with band texts',
        params: z.object({ roundId: idSchema }),
        headers: ifMatchHeader,
        body: z.object({ answers: musTestAnswersBody }),
        response: {
          200: versionedSchema(musTestSchema).extend({ score: musTestScoreSchema }),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const round = await rounds.require(request.params.roundId);
      if (round.value.leaderId !== caller.userId) throw new ApiError('forbidden', 'Not your round');
      const answers = musTestAnswers(request.body.answers);
      const score = musTestScore(answers);
      const saved = await createOrUpdate(musTests, request, `${round.key}:${caller.userId}`, () => ({
        schemaVersion: 1 as const,
        roundId: round.key,
        leaderId: personId(caller.userId),
        year: new Date(round.value.createdAt).getUTCFullYear(),
        answers,
        submittedAt: ctx.now().toISOString(),
      }));
      return { ...versioned(reply, saved), score };
    },
  );

  api.put(
    '/api/conversations/:conversationId/evaluation',
    {
      schema: {
        ...secured(['feedback']),
        summary: 'My evaluation of the conversation (1-5 and a comment)',
        params: conversationParams,
        headers: ifMatchHeader,
        body: z.object({ rating: z.number().int().min(1).max(5), comment: shortTextSchema.default('') }),
        response: { 200: versionedSchema(evaluationSchema), ...errorResponses },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const { conversation, access } = await conversationFor(
        ctx,
        caller,
        request.params.conversationId,
        'evaluation',
      );
      const saved = await createOrUpdate(evaluations, request, `${conversation.key}:${access.party}`, () => ({
        schemaVersion: 1 as const,
        roundId: conversation.value.roundId,
        conversationId: conversation.key,
        party: access.party,
        ...request.body,
        submittedAt: ctx.now().toISOString(),
      }));
      return versioned(reply, saved);
    },
  );
}
