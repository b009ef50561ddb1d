/**
 * The signed conclusion as a printable PDF, laid out like the paper form a Danish workplace files: the two
 * parties, date and round on top; a section per agreed topic with its summary; the goals table; the
 * follow-up date; both signatures with name, time and version. Made with pdfmake (on pdfkit) and the Roboto
 * font pdfmake ships (Apache 2.0), embedded so æ, ø and å print on any machine.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { ConclusionVersion } from '../../domain';
import { pdfmake } from './fonts';
import { PDF_TEXTS, type PdfLanguage } from './texts';

/** What the printed form shows: one version both signed, the parties' names, the meeting and the round. */
export interface ConclusionPrint {
  readonly language: PdfLanguage;
  readonly leaderName: string;
  readonly employeeName: string;
  readonly roundTitle: string;
  /** When the conversation was held (the booked start), if known. */
  readonly meetingAt: string | null;
  readonly version: ConclusionVersion;
}

const ZONE = 'Europe/Copenhagen';
const locale = (language: PdfLanguage) => (language === 'da' ? 'da-DK' : 'en-GB');
const dateTime = (language: PdfLanguage, at: string) =>
  new Intl.DateTimeFormat(locale(language), { dateStyle: 'long', timeStyle: 'short', timeZone: ZONE }).format(
    new Date(at),
  );
const day = (language: PdfLanguage, date: string) =>
  new Intl.DateTimeFormat(locale(language), { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );

/** Thin grey lines between the rows of a label-value table, as on a printed form. */
const formLines = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0,
  hLineColor: () => '#9e9e9e',
  paddingTop: () => 4,
  paddingBottom: () => 4,
};
const labelled = (rows: [string, string][]): Content => ({
  table: { widths: [130, '*'], body: rows.map(([label, value]) => [{ text: label, bold: true }, value]) },
  layout: formLines,
  margin: [0, 0, 0, 12],
});

/** The pdfmake document of the form (pure: the same print gives the same document). */
export function conclusionDocument(print: ConclusionPrint): TDocumentDefinitions {
  const { language, version: v } = print;
  const t = PDF_TEXTS[language];
  const who = { leader: t.leader, employee: t.employee, both: t.both } as const;
  const heading = (text: string): Content => ({ text, style: 'heading' });
  const goals: Content = v.goals.length
    ? {
        table: {
          headerRows: 1,
          widths: ['*', '*', 80, 70],
          body: [
            [t.goal, t.activities, t.deadline, t.responsible].map((h) => ({ text: h, bold: true })),
            ...v.goals.map((g) => [
              g.goal,
              { ul: g.activities.length ? g.activities : ['—'] },
              day(language, g.deadline),
              who[g.responsible],
            ]),
          ],
        },
        layout: 'lightHorizontalLines',
      }
    : { text: t.noGoals, italics: true };
  const signature = (party: 'leader' | 'employee', fallback: string) => {
    const s = v.signatures[party];
    return [who[party], s?.name ?? fallback, s ? dateTime(language, s.at) : '—', String(v.version)];
  };
  return {
    info: {
      title: `${t.title}: ${print.employeeName}`,
      subject: t.subtitle,
      creator: 'MUS',
      producer: 'MUS',
    },
    pageSize: 'A4',
    pageMargins: [48, 56, 48, 56],
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.2 },
    styles: {
      title: { fontSize: 18, bold: true },
      subtitle: { fontSize: 11, color: '#444444', margin: [0, 2, 0, 14] },
      heading: { fontSize: 13, bold: true, margin: [0, 12, 0, 6] },
      topic: { fontSize: 11, bold: true, margin: [0, 6, 0, 2] },
    },
    footer: (page, pages) => ({
      columns: [t.confidential, { text: t.page(page, pages), alignment: 'right' }],
      margin: [48, 16, 48, 0],
      fontSize: 8,
      color: '#555555',
    }),
    content: [
      { text: t.title, style: 'title' },
      { text: t.subtitle, style: 'subtitle' },
      labelled([
        [t.leader, print.leaderName],
        [t.employee, print.employeeName],
        [t.meetingDate, print.meetingAt ? dateTime(language, print.meetingAt) : t.notSet],
        [t.round, print.roundTitle],
        [t.version, String(v.version)],
      ]),
      ...(v.amendmentReason ? [heading(t.amendment), { text: v.amendmentReason }] : []),
      heading(t.summaries),
      ...v.summaries.flatMap((s): Content[] => [
        { text: s.title[language], style: 'topic' },
        s.summary.trim() ? { text: s.summary } : { text: t.noSummary, italics: true },
      ]),
      heading(t.goals),
      goals,
      heading(t.followUp),
      labelled([[t.followUpDate, v.followUpDate ? day(language, v.followUpDate) : t.notSet]]),
      heading(t.signatures),
      {
        table: {
          headerRows: 1,
          widths: [80, '*', 150, 50],
          body: [
            [t.role, t.name, t.signedAt, t.version].map((h) => ({ text: h, bold: true })),
            signature('leader', print.leaderName),
            signature('employee', print.employeeName),
          ],
        },
        layout: 'lightHorizontalLines',
      },
    ],
  };
}

/** Renders the form to PDF bytes. */
export async function renderConclusionPdf(print: ConclusionPrint): Promise<Buffer> {
  // pdfmake rewrites the document in place (list items become objects): it gets a copy of the record.
  return pdfmake.createPdf(conclusionDocument(structuredClone(print))).getBuffer();
}
