import ExcelJS from 'exceljs';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ApiContext } from './context';
import { csvCell } from './hr';
import {
  evaluationFigure,
  figureOrNone,
  musTestFigure,
  roundEvaluationFigures,
  type Aggregate,
  type Parties,
} from './hrFigures';
import { COUNTED, roundOverview, type OverviewRow } from './hrOverview';
import { joiningReads, readingOnce } from './hrReads';
import { route } from './schemas';

type Language = 'da' | 'en';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HEADERS: Record<Language, Record<string, string>> = {
  da: {
    leaderName: 'Leder',
    roundTitle: 'Runde',
    year: 'År',
    windowEnd: 'Slutdato',
    conversations: 'Personer',
    notBooked: 'Ikke booket',
    booked: 'Booket',
    held: 'Holdt',
    signed: 'Underskrevet',
    cancelled: 'Aflyst',
    withPlan: 'Med udviklingsplan',
    overdue: 'Forsinket',
    employeeRating: 'Medarbejdernes evaluering (1-5)',
    respondents: 'Antal svar',
    hidden: 'Under 5 personer',
    measure: 'Mål',
    value: 'Værdi',
    musTest: 'MUS-testen, gennemsnit i alt (af 100)',
    leaderRating: 'Ledernes evaluering (1-5)',
    rounds: 'Runder',
    figures: 'Samlede tal',
  },
  en: {
    leaderName: 'Leader',
    roundTitle: 'Round',
    year: 'Year',
    windowEnd: 'Ends',
    conversations: 'People',
    notBooked: 'Not booked',
    booked: 'Booked',
    held: 'Held',
    signed: 'Signed',
    cancelled: 'Cancelled',
    withPlan: 'With a development plan',
    overdue: 'Overdue',
    employeeRating: 'Employees’ evaluation (1-5)',
    respondents: 'Answers',
    hidden: 'Under 5 people',
    measure: 'Measure',
    value: 'Value',
    musTest: 'MUS-testen, average total (of 100)',
    leaderRating: 'Leaders’ evaluation (1-5)',
    rounds: 'Rounds',
    figures: 'Figures',
  },
};

const COLUMNS = ['leaderName', 'roundTitle', 'year', 'windowEnd', 'conversations', ...COUNTED] as const;

/** The export: every round's counts, each round's employees' evaluation and the all-leaders figures (5+ only). */
interface Export {
  readonly rows: readonly (OverviewRow & { employeeRating: Aggregate | undefined })[];
  readonly musTest: Aggregate | undefined;
  readonly leaderRating: Aggregate | undefined;
}

async function exportOf(request: ApiContext): Promise<Export> {
  // Each list read once for the whole export.
  const ctx = readingOnce(request);
  const [rows, convs] = await Promise.all([roundOverview(ctx), ctx.records.conversations.all()]);
  const parties: Parties = new Map(convs.map((c) => [c.key, c.value]));
  // One read of the evaluations and of the published figures for all the rounds (not one per round).
  const [ratings, musTest, leaderRating] = await Promise.all([
    roundEvaluationFigures(
      ctx,
      rows.map((r) => r.roundId),
      parties,
    ),
    figureOrNone(() => musTestFigure(ctx)),
    figureOrNone(() => evaluationFigure(ctx, { party: 'leader' }, parties)),
  ]);
  return { rows: rows.map((r) => ({ ...r, employeeRating: ratings.get(r.roundId) })), musTest, leaderRating };
}

/** The table of rounds as cells: a header row, then one row per round; a figure under 5 people says so. */
function table(data: Export, language: Language): (string | number)[][] {
  const h = HEADERS[language];
  const rating = (a: Aggregate | undefined) => a?.evaluations?.averageRating ?? h.hidden!;
  return [
    [...COLUMNS.map((c) => h[c]!), h.employeeRating!],
    ...data.rows.map((r) => [...COLUMNS.map((c) => r[c]), rating(r.employeeRating)]),
  ];
}

/** The all-rounds figures as (measure, value, answers) rows; each only for 5 or more people. */
function figures(data: Export, language: Language): (string | number)[][] {
  const h = HEADERS[language];
  return [
    [h.measure!, h.value!, h.respondents!],
    [h.musTest!, data.musTest?.musTest?.averageTotal ?? h.hidden!, data.musTest?.respondents ?? ''],
    [
      h.leaderRating!,
      data.leaderRating?.evaluations?.averageRating ?? h.hidden!,
      data.leaderRating?.respondents ?? '',
    ],
  ];
}

/** The overview as an Excel workbook: a sheet of rounds and a sheet of the all-rounds figures. */
async function workbook(data: Export, language: Language): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'MUS';
  const h = HEADERS[language];
  for (const [name, rows] of [
    [h.rounds!, table(data, language)],
    [h.figures!, figures(data, language)],
  ] as const) {
    const sheet = book.addWorksheet(name);
    // Values only, never formulas: a text starting with `=` stays text in a string cell.
    sheet.addRows(rows);
    sheet.getRow(1).font = { bold: true };
    sheet.columns.forEach((c) => (c.width = 18));
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The query of a file HR downloads: its language, Danish (default) or English. */
export const languageQuery = z.object({ lang: z.enum(['da', 'en']).default('da') });

/** Sends a file to download. */
export function sendFile(reply: FastifyReply, type: string, name: string, bytes: Buffer | string) {
  return reply.type(type).header('content-disposition', `attachment; filename="${name}"`).send(bytes);
}

/**
 * `GET /api/hr/overview.csv` and `.xlsx`: the round overview with the employees' evaluation per round, and
 * MUS-testen and the leaders' evaluation; every aggregate by the same rules as on screen (5 or more people,
 * no differencing), counts only. HR only (the scope checked it).
 */
export function hrExportRoutes(app: FastifyInstance, context: ApiContext): void {
  // Whole-list reads join one under way (the HR tab sends its requests at once).
  const ctx = joiningReads(context);
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/overview.csv',
    {
      schema: {
        ...route('hr', 'The round overview as CSV (text/csv; 5+ rule)', z.object({}), z.string()),
        querystring: languageQuery,
      },
    },
    async (request, reply) => {
      const rows = table(await exportOf(ctx), request.query.lang);
      const csv = `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
      return sendFile(reply, 'text/csv; charset=utf-8', 'mus-overblik.csv', csv);
    },
  );
  api.get(
    '/overview.xlsx',
    {
      schema: {
        ...route(
          'hr',
          'The round overview and figures as an Excel workbook (5+ rule)',
          z.object({}),
          z.string().describe(XLSX),
        ),
        querystring: languageQuery,
      },
    },
    async (request, reply) => {
      const body = await workbook(await exportOf(ctx), request.query.lang);
      return sendFile(reply, XLSX, 'mus-overblik.xlsx', body);
    },
  );
}
