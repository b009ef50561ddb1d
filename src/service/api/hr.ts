import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import { ConversationStatusSchema, roundCoverage, signedVersion } from '../../domain';
import { ApiError } from '../http/problem';
import { versioned, type ApiContext } from './context';
import { aggregates, evaluationFigure, musTestFigure } from './hrFigures';
import { conversationParams, input, records, route, versionedSchema } from './schemas';
import { joiningReads } from './hrReads';

const coverageRow = z.object({
  roundId: z.string(),
  roundTitle: z.string(),
  leaderId: z.string(),
  conversations: z.number().int(),
  /** How many conversations are in each of the domain's states. */
  byStatus: z.record(ConversationStatusSchema, z.number().int()),
});
type CoverageRow = z.infer<typeof coverageRow>;
const noParams = z.object({});

/**
 * Which group a figure is about. No two groups of one measure overlap, so no figure can be subtracted from a
 * combination of others (differencing); one group's figures over time are kept apart by the domain's
 * `figureToShow`. MUS-testen: all leaders (a round has one leader). Employees' evaluations: one round's
 * conversations (rounds hold different conversations). Leaders' evaluations: all rounds.
 */
const musTestFilter = z.object({});
const evaluationFilter = z
  .object({
    roundId: input.id.optional(),
    /** Whose evaluations: the employees' (default) or the leaders'; never both mixed in one figure. */
    party: z.enum(['employee', 'leader']).default('employee'),
  })
  .refine((q) => (q.party === 'employee') === (q.roundId !== undefined), {
    message: "The employees' evaluations are per round (roundId); the leaders' are across all rounds",
    path: ['roundId'],
  });
/**
 * A CSV cell, quoted, with csv-stringify's own formula guard (`escape_formulas`: a leading `= + - @`, tab or
 * carriage return, also full-width, gets a `'`). That guard looks at the first character only, so invisible
 * leading characters a spreadsheet skips (NUL and other controls, zero-width spaces, a BOM) are dropped first.
 */
export function csvCell(value: string | number): string {
  const text = String(value).replace(/^[\p{Cc}\p{Cf}\p{Z}]+/u, '');
  const options = {
    quoted: true,
    quoted_empty: true,
    escape_formulas: true,
    record_delimiter: 'unix',
  } as const;
  return stringify([[text]], options).slice(0, -1);
}

/** HR (the scope checked it): coverage per round (counts only), aggregates of 5 or more, consented conclusions, audit. */
export function hrRoutes(app: FastifyInstance, context: ApiContext): void {
  // Whole-list reads join one under way (the HR tab sends its requests at once).
  const ctx = joiningReads(context);
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { rounds, conversations, conclusions, audit } = ctx.records;

  /** The domain's round coverage, one row per round. */
  async function coverage(): Promise<CoverageRow[]> {
    const [all, convs] = await Promise.all([rounds.all(), conversations.all()]);
    return all.map(({ value: round }) => {
      const { byStatus } = roundCoverage(
        round,
        convs.map((c) => c.value),
      );
      return {
        roundId: round.id,
        roundTitle: round.title,
        leaderId: round.leaderId,
        conversations: Object.values(byStatus).reduce((sum, n) => sum + n, 0),
        byStatus,
      };
    });
  }

  api.get(
    '/coverage',
    {
      schema: route(
        'hr',
        'Coverage per round: how many conversations are in each state',
        noParams,
        z.array(coverageRow),
      ),
    },
    () => coverage(),
  );

  api.get(
    '/coverage.csv',
    { schema: route('hr', 'Coverage as CSV (text/csv)', noParams, z.string()) },
    async (_request, reply) => {
      const rows = await coverage();
      const states = ConversationStatusSchema.options;
      const header = ['roundId', 'roundTitle', 'leaderId', 'conversations', ...states];
      const cells = (r: CoverageRow) => [
        r.roundId,
        r.roundTitle,
        r.leaderId,
        r.conversations,
        ...states.map((st) => r.byStatus[st]),
      ];
      const lines = [header.map(csvCell).join(','), ...rows.map((r) => cells(r).map(csvCell).join(','))];
      reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="mus-coverage.csv"');
      return `${lines.join('\r\n')}\r\n`;
    },
  );

  api.get(
    '/aggregates/mus-test',
    {
      schema: {
        ...route('hr', 'MUS-testen of 5 or more leaders', noParams, aggregates),
        querystring: musTestFilter,
      },
    },
    () => musTestFigure(ctx),
  );

  api.get(
    '/aggregates/evaluations',
    {
      schema: {
        ...route(
          'hr',
          'The average rating of one party (employees by default), 5 or more people',
          noParams,
          aggregates,
        ),
        querystring: evaluationFilter,
      },
    },
    (request) => evaluationFigure(ctx, request.query),
  );

  api.get(
    '/conversations/:conversationId/conclusion',
    {
      schema: route(
        'hr',
        'The version both signed of a conclusion the employee consented to file (audited); never drafts or unsigned amendments',
        conversationParams,
        versionedSchema(records.conclusion),
      ),
    },
    async (request, reply) => {
      // No conversation, no conclusion, no consent, nothing signed: one and the same 404.
      const conversation = await conversations.get(request.params.conversationId);
      const conclusion = conversation && (await conclusions.get(conversation.key));
      if (!conversation || !conclusion) throw new ApiError('not_found');
      await ctx.policy.hrReadsConclusion(request.caller, conversation.value, conclusion.value);
      // Consent covers what both signed, not a draft or an amendment still being written.
      const signed = signedVersion(conclusion.value);
      if (!signed) throw new ApiError('not_found');
      return versioned(reply, { ...conclusion, value: { ...conclusion.value, versions: [signed] } });
    },
  );

  api.get(
    '/audit',
    {
      schema: route(
        'hr',
        'Every read by someone other than the two parties',
        noParams,
        z.array(records.audit),
      ),
    },
    async () => (await audit.all()).map((a) => a.value).sort((a, b) => a.at.localeCompare(b.at)),
  );
}
