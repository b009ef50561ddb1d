import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { renderSuReport } from '../pdf/suReport';
import type { ApiContext } from './context';
import {
  aggregates,
  evaluationFigure,
  figureOrNone,
  musTestFigure,
  roundEvaluationFigures,
} from './hrFigures';
import { needs, needsFigure } from './hrNeeds';
import { languageQuery, sendFile } from './hrExports';
import { roundOverview, type OverviewRow } from './hrOverview';
import { joiningReads, readingOnce } from './hrReads';
import { route } from './schemas';

const roundRating = z.object({
  roundId: z.string(),
  roundTitle: z.string(),
  year: z.number().int(),
  /** The employees' evaluation; absent where the rules do not show it (under 5 people, differencing). */
  rating: aggregates.optional(),
});

/**
 * `GET /api/hr/aggregates/needs` (development needs across the rounds, 5 or more employees),
 * `GET /api/hr/aggregates/evaluations/rounds` (every round's employees' evaluation, 5 or more) and
 * `GET /api/hr/su-report.pdf` (the SU report, Danish or English). HR only (the scope checked it).
 */
export function hrReportRoutes(app: FastifyInstance, context: ApiContext): void {
  // Whole-list reads join one under way (the HR tab sends its requests at once).
  const ctx = joiningReads(context);
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/aggregates/needs',
    {
      schema: route(
        'hr',
        'Development needs of the conversations held: topics and goals, 5 or more employees',
        z.object({}),
        needs,
      ),
    },
    () => needsFigure(ctx),
  );
  /** Every round's employees' evaluation where shown, newest year first. */
  async function roundRatings(once: ApiContext, rows: readonly OverviewRow[]) {
    const figures = await roundEvaluationFigures(
      once,
      rows.map((r) => r.roundId),
    );
    return rows
      .map((r) => ({
        roundId: r.roundId,
        roundTitle: r.roundTitle,
        year: r.year,
        rating: figures.get(r.roundId),
      }))
      .sort((a, b) => b.year - a.year || a.roundTitle.localeCompare(b.roundTitle, 'da'));
  }
  api.get(
    '/aggregates/evaluations/rounds',
    {
      schema: route(
        'hr',
        "Every round's employees' evaluation, each only for 5 or more people",
        z.object({}),
        z.array(roundRating),
      ),
    },
    async () => {
      const once = readingOnce(ctx);
      return roundRatings(once, await roundOverview(once));
    },
  );
  api.get(
    '/su-report.pdf',
    {
      schema: {
        ...route(
          'hr',
          'The SU report as a PDF, Danish or English',
          z.object({}),
          z.string().describe('application/pdf'),
        ),
        querystring: languageQuery,
      },
    },
    async (request, reply) => {
      // Each list read once for the whole report.
      const once = readingOnce(ctx);
      const rows = await roundOverview(once);
      const [needsShown, musTest, leaderRating, rated] = await Promise.all([
        figureOrNone(() => needsFigure(once)),
        figureOrNone(() => musTestFigure(once)),
        figureOrNone(() => evaluationFigure(once, { party: 'leader' })),
        roundRatings(once, rows),
      ]);
      const language = request.query.lang;
      const bytes = await renderSuReport({
        language,
        at: ctx.now(),
        rows,
        needs: needsShown,
        musTest,
        leaderRating,
        roundRatings: rated.map((r) => ({ title: r.roundTitle, year: r.year, rating: r.rating })),
      });
      return sendFile(reply, 'application/pdf', `MUS-SU-rapport-${language}.pdf`, bytes);
    },
  );
}
