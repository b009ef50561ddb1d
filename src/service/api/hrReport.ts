import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { renderSuReport } from '../pdf/suReport';
import type { ApiContext } from './context';
import { evaluationFigure, figureOrNone, musTestFigure, needs, needsFigure } from './hrFigures';
import { languageQuery, sendFile } from './hrExports';
import { roundOverview } from './hrOverview';
import { route } from './schemas';

/**
 * `GET /api/hr/aggregates/needs` (development needs across the rounds, 5 or more employees) and
 * `GET /api/hr/su-report.pdf` (the SU report, Danish or English). HR only (the scope checked it).
 */
export function hrReportRoutes(app: FastifyInstance, ctx: ApiContext): void {
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
      const [rows, needsShown, musTest, leaderRating] = await Promise.all([
        roundOverview(ctx),
        figureOrNone(() => needsFigure(ctx)),
        figureOrNone(() => musTestFigure(ctx)),
        figureOrNone(() => evaluationFigure(ctx, { party: 'leader' })),
      ]);
      const language = request.query.lang;
      const bytes = await renderSuReport({
        language,
        at: ctx.now(),
        rows,
        needs: needsShown,
        musTest,
        leaderRating,
      });
      return sendFile(reply, 'application/pdf', `MUS-SU-rapport-${language}.pdf`, bytes);
    },
  );
}
