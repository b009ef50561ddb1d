/**
 * The SU report (samarbejdsudvalget evaluates MUS every year) as a PDF, Danish or English: how far the
 * rounds have come, in total and per leader (counts only), the development needs across the round (by topic
 * and by goal category), MUS-testen per section with its reading, and the evaluations (each round's
 * employees', the leaders'), as bar charts with their numbers (`suCharts.ts`); every aggregate only where the
 * rules show it (5 or more people, no differencing), else a line saying so. pdfmake with the Roboto fonts of
 * the conclusion form (`fonts.ts`).
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Aggregate } from '../api/hrFigures';
import type { Needs } from '../api/hrNeeds';
import type { OverviewRow } from '../api/hrOverview';
import { pdfmake } from './fonts';
import { barChart, type Bar } from './suCharts';

export type ReportLanguage = 'da' | 'en';

/** What the report shows; an undefined figure is one the rules do not let be shown. */
export interface SuReport {
  readonly language: ReportLanguage;
  readonly at: Date;
  readonly rows: readonly OverviewRow[];
  readonly needs: Needs | undefined;
  readonly musTest: Aggregate | undefined;
  readonly leaderRating: Aggregate | undefined;
  /** Each round's employees' evaluation (undefined: not shown). */
  readonly roundRatings: readonly { title: string; year: number; rating: Aggregate | undefined }[];
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
  under5: ['Færre end 5 — vises ikke', 'Fewer than 5 — not shown'],
  byCategory: ['Udviklingsmål efter kategori', 'Development goals by category'],
  category: ['Kategori', 'Category'],
  professional: ['Faglig udvikling', 'Professional development'],
  personal: ['Personlig udvikling', 'Personal development'],
  collaboration: ['Samarbejde', 'Collaboration'],
  wellbeing: ['Trivsel', 'Well-being'],
  career: ['Talent- og karriereudvikling', 'Talent and career development'],
  none: ['Ingen kategori', 'No category'],
  section: ['Afsnit', 'Section'],
  points: ['Point (gns.)', 'Points (avg.)'],
  roundRatings: ['Medarbejdernes evaluering pr. runde (1-5)', 'The employees’ evaluation per round (1-5)'],
  round: ['Runde', 'Round'],
  ratingColumn: ['Gns. (1-5)', 'Avg. (1-5)'],
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
  // A new node each time: pdfmake lays a node out once, so one object used twice prints once.
  const hidden = (): Content => ({ text: word('hidden'), italics: true });
  const perLeader = new Map<string, (number | string)[]>();
  for (const r of report.rows) {
    const sums = perLeader.get(r.leaderName) ?? [r.leaderName, ...COUNTS.map(() => 0)];
    COUNTS.forEach((k, i) => (sums[i + 1] = Number(sums[i + 1]) + r[k]));
    perLeader.set(r.leaderName, sums);
  }
  const total = [word('total'), ...COUNTS.map((k) => report.rows.reduce((s, r) => s + r[k], 0))];
  const { needs, musTest, leaderRating } = report;
  // Goal statuses and who is responsible are the domain's codes; `leader` is the same word as the column's.
  const under5 = word('under5');
  const tallies = (counts: Record<string, number | null>) =>
    Object.entries(counts).map(([k, n]) => [w(k), n ?? under5]);
  const locale = report.language === 'da' ? 'da-DK' : 'en-GB';
  const number = (n: number) => n.toLocaleString(locale);
  const needsContent: Content[] = needs
    ? [
        barChart(
          [word('topic'), word('conversations')],
          [
            ...needs.topics.map((n) => ({ label: n.title[report.language], value: n.conversations })),
            { label: word('ownTopics'), value: needs.ownTopics },
          ],
          needs.respondents,
          under5,
        ),
        { text: word('byCategory'), bold: true, margin: [0, 4, 0, 4] },
        barChart(
          [word('category'), word('count')],
          needs.goalsByCategory.map((c) => ({ label: w(c.category), value: c.goals })),
          Math.max(1, ...needs.goalsByCategory.map((c) => c.goals ?? 0)),
          under5,
        ),
        grid([word('goals'), word('count')], tallies(needs.goalsByStatus)),
        grid([word('goals'), word('count')], tallies(needs.goalsByResponsible)),
      ]
    : [hidden()];
  const reading = musTest?.musTest?.reading;
  const musTestContent: Content[] = musTest?.musTest
    ? [
        { text: w('musTestValue', number(musTest.musTest.averageTotal), musTest.respondents) },
        ...(reading
          ? [
              barChart(
                [word('section'), word('points')],
                reading.sections.map((r) => ({
                  label: `${r.title[report.language]}: ${r.bandText[report.language]}`,
                  value: r.average,
                  shown: `${number(r.average)} / ${r.max}`,
                })),
                Math.max(...reading.sections.map((r) => r.max)),
                under5,
              ),
              { text: reading.note[report.language], italics: true, fontSize: 8 },
            ]
          : []),
      ]
    : [hidden()];
  const ratingBar = (label: string, a: Aggregate | undefined): Bar => {
    const value = a?.evaluations?.averageRating;
    return value === undefined
      ? { label, value: null }
      : { label, value, shown: w('rating', number(value), a?.respondents ?? 0) };
  };
  const ratings = barChart(
    [word('round'), word('ratingColumn')],
    report.roundRatings.map((r) => ratingBar(`${r.title} (${r.year})`, r.rating)),
    5,
    under5,
  );
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
      ...musTestContent,
      heading(word('roundRatings')),
      report.roundRatings.length ? ratings : hidden(),
      heading(word('leaderRating')),
      leaderRating?.evaluations
        ? { text: w('rating', number(leaderRating.evaluations.averageRating), leaderRating.respondents) }
        : hidden(),
    ],
  };
}

/** Renders the report to PDF bytes. */
export function renderSuReport(report: SuReport): Promise<Buffer> {
  return pdfmake.createPdf(suReportDocument(structuredClone(report))).getBuffer();
}
