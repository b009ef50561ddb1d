import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  aggregateMusTest,
  latestMusTestPerLeader,
  MUS_TEST_MIN_GROUP,
  scoreMusTest,
  signedVersion,
  type ConversationStatus,
} from '../../domain';
import { ApiError } from '../http/problem';
import { callerOf } from '../auth/authPlugin';
import { auditSchema, conclusionSchema, idSchema } from '../records/schemas';
import { versioned, type ApiContext } from './context';
import { conversationParams, errorResponses, secured, versionedSchema } from './schemas';

const coverageRow = z.object({
  roundId: z.string(),
  roundTitle: z.string(),
  leaderId: z.string(),
  conversations: z.number().int(),
  /** How many conversations are in each of the domain's states. */
  planned: z.number().int(),
  booked: z.number().int(),
  agendaAgreed: z.number().int(),
  prepared: z.number().int(),
  held: z.number().int(),
  concluded: z.number().int(),
  followedUp: z.number().int(),
  cancelled: z.number().int(),
});
type CoverageRow = z.infer<typeof coverageRow>;

const roundFilter = z.object({ roundId: idSchema.optional() });
const evaluationFilter = roundFilter.extend({
  /** Whose evaluations: the employees' (default) or the leaders'; never both mixed in one figure. */
  party: z.enum(['employee', 'leader']).default('employee'),
});
const aggregates = z.object({
  respondents: z.number().int(),
  /** The domain's aggregate (5 or more leaders): average total and average per section. */
  musTest: z
    .object({
      leaders: z.number().int(),
      averageTotal: z.number(),
      averageBySection: z.record(z.string(), z.number()),
    })
    .optional(),
  evaluations: z.object({ averageRating: z.number() }).optional(),
});

/** A CSV cell: quoted, and a leading formula character defused (no spreadsheet injection). */
export function csvCell(value: string | number): string {
  const text = String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * One rating per person (their latest evaluation), so that the group size counts people, not records.
 * Evaluations whose author is unknown (the conversation is gone) are left out.
 */
export function latestRatingPerAuthor<E extends { rating: number; submittedAt: string }>(
  all: readonly E[],
  authorOf: (e: E) => string | undefined,
): number[] {
  const latest = new Map<string, E>();
  for (const e of all) {
    const author = authorOf(e);
    if (author === undefined) continue;
    const seen = latest.get(author);
    if (!seen || seen.submittedAt < e.submittedAt) latest.set(author, e);
  }
  return [...latest.values()].map((e) => e.rating);
}

/** HR: coverage per round (no content), aggregates for groups of 5 or more, consented conclusions, audit. */
export function registerHr(app: FastifyInstance, ctx: ApiContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { rounds, conversations, musTests, evaluations, conclusions, audit } = ctx.records;

  async function coverage(): Promise<CoverageRow[]> {
    const [all, convs] = await Promise.all([rounds.all(), conversations.all()]);
    return all.map(({ value: r }) => {
      const mine = convs.filter((c) => c.value.roundId === r.id);
      const count = (s: ConversationStatus) => mine.filter((c) => c.value.status === s).length;
      return {
        roundId: r.id,
        roundTitle: r.title,
        leaderId: r.leaderId,
        conversations: mine.length,
        planned: count('planned'),
        booked: count('booked'),
        agendaAgreed: count('agendaAgreed'),
        prepared: count('prepared'),
        held: count('held'),
        concluded: count('concluded'),
        followedUp: count('followedUp'),
        cancelled: count('cancelled'),
      };
    });
  }

  api.get(
    '/api/hr/coverage',
    { schema: { ...secured(['hr']), response: { 200: z.array(coverageRow), ...errorResponses } } },
    async (request) => {
      await ctx.policy.requireHr(callerOf(request));
      return coverage();
    },
  );

  api.get(
    '/api/hr/coverage.csv',
    {
      schema: {
        ...secured(['hr']),
        summary: 'Coverage as CSV (text/csv)',
        response: { 200: z.string(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await ctx.policy.requireHr(callerOf(request));
      const rows = await coverage();
      const header = Object.keys(coverageRow.shape);
      const lines = [
        header.map(csvCell).join(','),
        ...rows.map((r) => header.map((k) => csvCell(r[k as keyof CoverageRow])).join(',')),
      ];
      reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="mus-coverage.csv"');
      return `${lines.join('\r\n')}\r\n`;
    },
  );

  api.get(
    '/api/hr/aggregates/mus-test',
    {
      schema: {
        ...secured(['hr']),
        querystring: roundFilter,
        response: { 200: aggregates, ...errorResponses },
      },
    },
    async (request) => {
      await ctx.policy.requireHr(callerOf(request));
      const { roundId } = request.query;
      const records = (roundId ? await musTests.find('roundId', roundId) : await musTests.all()).map(
        (m) => m.value,
      );
      // One answer per leader (the latest): five rounds of one leader are still one leader.
      const answers = latestMusTestPerLeader(records);
      const musTest = aggregateMusTest(answers.map((a) => scoreMusTest(a.answers)));
      if (!musTest) {
        const detail = `${answers.length} leaders answered; at least ${MUS_TEST_MIN_GROUP} are needed`;
        throw new ApiError('group_too_small', detail);
      }
      return { respondents: answers.length, musTest };
    },
  );

  api.get(
    '/api/hr/aggregates/evaluations',
    {
      schema: {
        ...secured(['hr']),
        summary:
          'The average rating of one party (employees by default), shown for 5 or more distinct people',
        querystring: evaluationFilter,
        response: { 200: aggregates, ...errorResponses },
      },
    },
    async (request) => {
      await ctx.policy.requireHr(callerOf(request));
      const { roundId, party } = request.query;
      const [found, convs] = await Promise.all([
        roundId ? evaluations.find('roundId', roundId) : evaluations.all(),
        conversations.all(),
      ]);
      const byId = new Map(convs.map((c) => [c.key, c.value]));
      const ratings = latestRatingPerAuthor(
        found.map((e) => e.value).filter((e) => e.party === party),
        (e) => {
          const c = byId.get(e.conversationId);
          return c && (e.party === 'leader' ? c.leaderId : c.employeeId);
        },
      );
      ctx.policy.requireGroupSize(ratings.length);
      return {
        respondents: ratings.length,
        evaluations: { averageRating: round2(ratings.reduce((s, r) => s + r, 0) / ratings.length) },
      };
    },
  );

  api.get(
    '/api/hr/conversations/:conversationId/conclusion',
    {
      schema: {
        ...secured(['hr']),
        summary:
          'The version both signed of a conclusion the employee consented to file (audited); never drafts or unsigned amendments',
        params: conversationParams,
        response: { 200: versionedSchema(conclusionSchema), ...errorResponses },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      await ctx.policy.requireHr(caller);
      const conversation = await conversations.require(request.params.conversationId);
      const conclusion = await conclusions.require(conversation.key);
      await ctx.policy.hrReadsConclusion(caller, conversation.value, conclusion.value);
      // Consent covers what both signed, not a draft or an amendment still being written.
      const signed = signedVersion(conclusion.value);
      if (!signed) throw new ApiError('not_found', 'No version of the conclusion is signed by both');
      return versioned(reply, { ...conclusion, value: { ...conclusion.value, versions: [signed] } });
    },
  );

  api.get(
    '/api/hr/audit',
    { schema: { ...secured(['hr']), response: { 200: z.array(auditSchema), ...errorResponses } } },
    async (request) => {
      await ctx.policy.requireHr(callerOf(request));
      return (await audit.all()).map((a) => a.value).sort((a, b) => a.at.localeCompare(b.at));
    },
  );
}
