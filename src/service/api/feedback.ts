import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { evaluateConversation, hasMeetingEverStarted, personId, roundId } from '../../domain';
import type { ConversationRecord } from '../records/kinds';
import { ApiError } from '../http/problem';
import { ifMatchOf, versioned, type ApiContext } from './context';
import { musTestAnswers, musTestAnswersBody, musTestScore, musTestScoreSchema } from './musTestScoring';
import { change, conversationParams, input, records, route, versionedSchema } from './schemas';

const MUS_TEST =
  'The leader’s MUS-testen answers for a round (statement id → aldrig … altid, or 20 numbers 1 = Aldrig … 5 = Altid); the answer carries the score per section and in total with band texts';
const roundParams = z.object({ roundId: input.id });
const musTestBody = z.object({ answers: musTestAnswersBody });
const musTestAnswered = versionedSchema(records.musTest)
  .extend({ score: musTestScoreSchema })
  .meta({ id: 'ScoredMusTestAnswers' });

/** MUS-testen: the leader's self-evaluation of a round. */
export function musTestRoutes(app: FastifyInstance, ctx: ApiContext): void {
  const schema = { ...change('feedback', MUS_TEST, roundParams, musTestAnswered), body: musTestBody };
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.put('/api/rounds/:roundId/mus-test', { schema }, async (request, reply) => {
    const { caller } = request;
    const round = await ctx.records.rounds.get(request.params.roundId);
    // Someone else's round is the same 404 as none: nobody learns which rounds exist.
    if (!round || round.value.leaderId !== caller.userId) throw new ApiError('not_found');
    const answers = musTestAnswers(request.body.answers);
    const score = musTestScore(answers);
    const key = `${round.key}:${caller.userId}`;
    const saved = await ctx.records.musTests.write(key, ifMatchOf(request), () => ({
      schemaVersion: 1 as const,
      roundId: roundId(round.key),
      leaderId: personId(caller.userId),
      year: round.value.year,
      answers,
      submittedAt: ctx.now().toISOString(),
    }));
    return { ...versioned(reply, saved), score };
  });

  const mine = z.array(musTestAnswered);
  api.get(
    '/api/mus-tests',
    {
      schema: route(
        'feedback',
        'My MUS-testen, newest first, each with its score (year over year)',
        z.object({}),
        mine,
      ),
    },
    async ({ caller }) => {
      const own = await ctx.records.musTests.find('leaderId', caller.userId);
      return own
        .filter((m) => m.value.leaderId === caller.userId)
        .sort((a, b) => b.value.year - a.value.year || b.value.submittedAt.localeCompare(a.value.submittedAt))
        .map((m) => ({ etag: m.etag, value: m.value, score: musTestScore(m.value.answers) }));
    },
  );
}

const EVALUATION = 'My evaluation of the conversation (1-5 and a comment)';
const evaluationBody = z.object({
  rating: z.number().int().min(1).max(5),
  comment: input.shortText.default(''),
});
const evaluated = versionedSchema(records.evaluation);
const evaluationView = z.object({
  /** The talk has begun (its meeting has started on the service's clock) or is held: the evaluation is open. */
  due: z.boolean(),
  mine: evaluated.nullable(),
});

/**
 * The evaluation is about the talk, so it opens with it, as the conclusion does: once the meeting has started
 * on the service's clock (`hasMeetingEverStarted`), or the conversation is held, concluded or followed up.
 * Reading (`due`) and writing ask the same rule.
 */
function evaluationDue(c: ConversationRecord, now: Date): boolean {
  if (c.status === 'held' || c.status === 'concluded' || c.status === 'followedUp') return true;
  return c.status !== 'cancelled' && hasMeetingEverStarted(c, now);
}

/** Each party's evaluation of a conversation (1-5 and a comment); only aggregates are ever shown to HR. */
export function evaluationRoutes(app: FastifyInstance, ctx: ApiContext): void {
  const schema = { ...change('feedback', EVALUATION, conversationParams, evaluated), body: evaluationBody };
  const api = app.withTypeProvider<ZodTypeProvider>();
  const view = route(
    'feedback',
    'Whether my evaluation is open, and mine if given',
    conversationParams,
    evaluationView,
  );
  api.get('/evaluation', { schema: view }, async ({ conversation, access }) => {
    // A consented (read-only) leader has no evaluation of their own here, and never sees the other's.
    ctx.policy.requireWritable(access);
    const mine = await ctx.records.evaluations.get(`${conversation.key}:${access.party}`);
    return {
      due: evaluationDue(conversation.value, ctx.now()),
      mine: mine ? { etag: mine.etag, value: mine.value } : null,
    };
  });
  api.put('/evaluation', { schema }, async (request, reply) => {
    const { conversation, access } = request;
    // Only after the talk: an evaluation written before it would be about a conversation not yet held.
    if (!evaluationDue(conversation.value, ctx.now())) throw new ApiError('evaluation_not_open');
    const saved = await ctx.records.evaluations.write(
      `${conversation.key}:${access.party}`,
      ifMatchOf(request),
      () =>
        evaluateConversation({
          roundId: conversation.value.roundId,
          conversationId: conversation.value.id,
          party: access.party,
          ...request.body,
          at: ctx.now(),
        }),
    );
    return versioned(reply, saved);
  });
}
