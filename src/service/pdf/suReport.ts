/**
 * The SU report (samarbejdsudvalget evaluates MUS every year) as a PDF, Danish or English: how far the
 * rounds have come, in total and per leader (counts only), the development needs across the round, and
 * MUS-testen and the leaders' evaluation; every aggregate only where the rules show it (5 or more people, no
 * differencing), else a line saying so. pdfmake with the Roboto fonts of the conclusion form (`fonts.ts`).
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Aggregate, Needs } from '../api/hrFigures';
import type { OverviewRow } from '../api/hrOverview';
import { pdfmake } from './fonts';

export type ReportLanguage = 'da' | 'en';

/** What the report shows; an undefined figure is one the rules do not let be shown. */
export interface SuReport {
  readonly language: ReportLanguage;
  readonly at: Date;
  readonly rows: readonly OverviewRow[];
  readonly needs: Needs | undefined;
  readonly musTest: Aggregate | undefined;
  readonly leaderRating: Aggregate | undefined;
}

/** The report's words, each in Danish and English. */
const WORDS = {
  title: ['MUS-rapport til samarbejdsudvalget (SU)', 'MUS report for the joint consultation committee (SU)'],
  made: [
    'Udarbejdet {0}. Kun antal og tal for grupper på mindst 5 personer.',
    'Made {0}. Counts only, and figures only for groups of 5 or more people.',
  ],
  coverage: ['Hvor langt er runderne', 'How far the rounds have come'],
  leader: ['Leder', 'Leader'],
  total: ['I alt', 'Total'],
  needs: ['Udviklingsbehov på tværs af runderne', 'Development needs across the rounds'],
  topic: ['Emne', 'Topic'],
  conversations: ['Samtaler', 'Conversations'],
  ownTopics: ['Egne emner', 'Own topics'],
  goals: ['Udviklingsmål', 'Development goals'],
  musTest: ['MUS-testen (ledere)', 'MUS-testen (leaders)'],
  musTestValue: ['{0} af 100 point i gennemsnit ({1} ledere)', '{0} of 100 points on average ({1} leaders)'],
  leaderRating: ['Ledernes evaluering af samtalerne', 'The leaders’ evaluation of the conversations'],
  rating: ['{0} af 5 i gennemsnit ({1} personer)', '{0} of 5 on average ({1} people)'],
  hidden: ['Vises kun for grupper på mindst 5 personer.', 'Shown only for groups of 5 or more people.'],
  page: ['Side {0} af {1}', 'Page {0} of {1}'],
  notBooked: ['Ikke booket', 'Not booked'],
  booked: ['Booket', 'Booked'],
  held: ['Holdt', 'Held'],
  signed: ['Underskrevet', 'Signed'],
  withPlan: ['Med plan', 'With a plan'],
  overdue: ['Forsinket', 'Overdue'],
  notStarted: ['Ikke startet', 'Not started'],
  inProgress: ['I gang', 'In progress'],
  achieved: ['Nået', 'Achieved'],
  dropped: ['Droppet', 'Dropped'],
  employee: ['Medarbejder', 'Employee'],
  both: ['Begge', 'Both'],
  count: ['Antal', 'Number'],
} as const satisfies Record<string, readonly [da: string, en: string]>;
type Word = keyof typeof WORDS;

/** The words of one language: `w(key, ...values)` fills `{0}`, `{1}`; an unknown key is shown as it is. */
const wordsOf =
  (language: ReportLanguage) =>
  (key: string, ...values: (string | number)[]) => {
    const pair = (WORDS as Record<string, readonly [string, string]>)[key];
    const text = pair ? pair[language === 'da' ? 0 : 1] : key;
    return values.reduce<string>((out, v, i) => out.replace(`{${i}}`, String(v)), text);
  };

const COUNTS = ['conversations', 'notBooked', 'booked', 'held', 'signed', 'withPlan', 'overdue'] as const;

const grid = (header: string[], body: (string | number)[][]): Content => ({
  table: {
    headerRows: 1,
    widths: ['*', ...header.slice(1).map(() => 'auto' as const)],
    body: [header.map((text) => ({ text, bold: true })), ...body.map((r) => r.map(String))],
  },
  layout: 'lightHorizontalLines',
  margin: [0, 0, 0, 10],
});

/** The pdfmake document of the report (pure). */
export function suReportDocument(report: SuReport): TDocumentDefinitions {
  const w = wordsOf(report.language);
  const word = (key: Word) => w(key);
  const heading = (text: string): Content => ({ text, style: 'heading' });
  const hidden: Content = { text: word('hidden'), italics: true };
  const perLeader = new Map<string, (number | string)[]>();
  for (const r of report.rows) {
    const sums = perLeader.get(r.leaderName) ?? [r.leaderName, ...COUNTS.map(() => 0)];
    COUNTS.forEach((k, i) => (sums[i + 1] = Number(sums[i + 1]) + r[k]));
    perLeader.set(r.leaderName, sums);
  }
  const total = [word('total'), ...COUNTS.map((k) => report.rows.reduce((s, r) => s + r[k], 0))];
  const { needs, musTest, leaderRating } = report;
  // Goal statuses and who is responsible are the domain's codes; `leader` is the same word as the column's.
  const tallies = (counts: Record<string, number>) => Object.entries(counts).map(([k, n]) => [w(k), n]);
  const needsContent: Content[] = needs
    ? [
        grid(
          [word('topic'), word('conversations')],
          [
            ...needs.topics.map((n) => [n.title[report.language], n.conversations]),
            [word('ownTopics'), needs.ownTopics],
          ],
        ),
        grid([word('goals'), word('count')], tallies(needs.goalsByStatus)),
        grid([word('goals'), word('count')], tallies(needs.goalsByResponsible)),
      ]
    : [hidden];
  const made = new Intl.DateTimeFormat(report.language === 'da' ? 'da-DK' : 'en-GB', {
    dateStyle: 'long',
    timeZone: 'Europe/Copenhagen',
  }).format(report.at);
  return {
    info: { title: word('title'), creator: 'MUS', producer: 'MUS' },
    pageSize: 'A4',
    pageMargins: [48, 56, 48, 56],
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.2 },
    styles: {
      title: { fontSize: 18, bold: true },
      heading: { fontSize: 13, bold: true, margin: [0, 12, 0, 6] },
    },
    footer: (page, pages) => ({
      text: w('page', page, pages),
      alignment: 'right',
      margin: [48, 16, 48, 0],
      fontSize: 8,
    }),
    content: [
      { text: word('title'), style: 'title' },
      { text: w('made', made), margin: [0, 2, 0, 10] },
      heading(word('coverage')),
      grid([word('leader'), ...COUNTS.map(word)], [...perLeader.values(), total]),
      heading(word('needs')),
      ...needsContent,
      heading(word('musTest')),
      musTest?.musTest
        ? { text: w('musTestValue', musTest.musTest.averageTotal, musTest.respondents) }
        : hidden,
      heading(word('leaderRating')),
      leaderRating?.evaluations
        ? { text: w('rating', leaderRating.evaluations.averageRating, leaderRating.respondents) }
        : hidden,
    ],
  };
}

/** Renders the report to PDF bytes. */
export function renderSuReport(report: SuReport): Promise<Buffer> {
  return pdfmake.createPdf(suReportDocument(structuredClone(report))).getBuffer();
}
