import { z } from 'zod';
import { musTestScale, musTestSections } from './content/musTestStatements';
import { DomainError } from './errors';
import { InstantSchema, PersonIdSchema, recordSchema, YearSchema } from './ids';
import { text, type LocalizedText } from './text';

/**
 * MUS-testen (`content/musTestStatements.ts`): a leader answers 20 statements on a five-point scale; per section and in total, the
 * score is the number of crosses in each column times its weight (Aldrig 1 … Altid 5), so the total is 20..100.
 * The published form gives no bands; the bands here are the product's own reading and say so.
 */
export { musTestScale, musTestSections };

export const MusTestAnswerSchema = z.enum(['aldrig', 'sjaeldent', 'afOgTil', 'oftest', 'altid']);
export type MusTestAnswer = z.infer<typeof MusTestAnswerSchema>;

export const MusTestResponseSchema = recordSchema({
  leaderId: PersonIdSchema,
  year: YearSchema,
  answers: z.record(z.string(), MusTestAnswerSchema),
  submittedAt: InstantSchema,
});
export type MusTestResponse = z.infer<typeof MusTestResponseSchema>;

export type MusTestBand = 'foundation' | 'developing' | 'good' | 'strong';

export const musTestBandNote: LocalizedText = text(
  'Inddelingen er produktets egen læsning af pointene; MUS-testen angiver ingen grænser.',
  'The bands are the product’s own reading of the points; MUS-testen itself gives no thresholds.',
);

export const musTestBandTexts: Readonly<Record<MusTestBand, LocalizedText>> = {
  foundation: text(
    'Der er et stort potentiale. Begynd med det grundlæggende: forberedelse, aftalte temaer og konkrete udviklingsmål.',
    'There is great potential. Start with the basics: preparation, agreed themes and concrete development goals.',
  ),
  developing: text(
    'MUS fungerer delvist. Vælg et eller to udsagn med lave svar, og sæt ind dér i næste runde.',
    'MUS partly works. Pick one or two statements with low answers and work on them in the next round.',
  ),
  good: text(
    'MUS fungerer godt. Hold fast i det, der virker, og se på de udsagn, hvor du sjældnere svarer Oftest eller Altid.',
    'MUS works well. Keep what works, and look at the statements where you less often answer Mostly or Always.',
  ),
  strong: text(
    'MUS fungerer rigtig godt. Del dine erfaringer med andre ledere.',
    'MUS works very well. Share your experience with other leaders.',
  ),
};

/** The band of an average weight per statement (1..5): the same reading for a section and for the total. */
export function musTestBand(score: number, statements: number): MusTestBand {
  const average = score / statements;
  if (average < 2.5) return 'foundation';
  if (average < 3.5) return 'developing';
  if (average < 4.5) return 'good';
  return 'strong';
}

export type MusTestCounts = Record<MusTestAnswer, number>;

export interface MusTestPart {
  counts: MusTestCounts;
  score: number;
  min: number;
  max: number;
  band: MusTestBand;
}

export interface MusTestResult {
  sections: (MusTestPart & { id: string; title: LocalizedText })[];
  total: MusTestPart;
}

const weight = (answer: MusTestAnswer): number => musTestScale.find((s) => s.key === answer)?.weight ?? 0;
const emptyCounts = (): MusTestCounts => ({ aldrig: 0, sjaeldent: 0, afOgTil: 0, oftest: 0, altid: 0 });

function part(answers: readonly MusTestAnswer[]): MusTestPart {
  const counts = emptyCounts();
  for (const a of answers) counts[a] += 1;
  const score = MusTestAnswerSchema.options.reduce((sum, key) => sum + counts[key] * weight(key), 0);
  return {
    counts,
    score,
    min: answers.length,
    max: answers.length * 5,
    band: musTestBand(score, answers.length),
  };
}

/** Scores a complete answer sheet (statement id → answer); refuses missing or unknown statements. */
export function scoreMusTest(answers: Readonly<Record<string, MusTestAnswer>>): MusTestResult {
  const ids = musTestSections.flatMap((s) => s.statements.map((st) => st.id));
  const unknown = Object.keys(answers).filter((id) => !ids.includes(id));
  if (unknown.length > 0) {
    throw new DomainError('musTest.unknownStatement', 'Answers to unknown statements.', {
      statementIds: unknown,
    });
  }
  const missing = ids.filter((id) => answers[id] === undefined);
  if (missing.length > 0) {
    throw new DomainError('musTest.incomplete', `Answer all ${ids.length} statements first.`, {
      statementIds: missing,
    });
  }
  const pick = (id: string): MusTestAnswer => answers[id] ?? 'aldrig';
  const sections = musTestSections.map((s) => ({
    id: s.id,
    title: s.title,
    ...part(s.statements.map((st) => pick(st.id))),
  }));
  return { sections, total: part(ids.map(pick)) };
}

export const MUS_TEST_MIN_GROUP = 5;

/**
 * The average result of several leaders (for HR and SU), or undefined for fewer than five answers, so that no
 * leader can be singled out (the groups of 5 of `src/service/README.md`, "Confidentiality rules").
 */
export function aggregateMusTest(
  results: readonly MusTestResult[],
): { leaders: number; averageTotal: number; averageBySection: Record<string, number> } | undefined {
  if (results.length < MUS_TEST_MIN_GROUP) return undefined;
  const avg = (values: number[]) => Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
  return {
    leaders: results.length,
    averageTotal: avg(results.map((r) => r.total.score)),
    averageBySection: Object.fromEntries(
      musTestSections.map((s) => [
        s.id,
        avg(results.map((r) => r.sections.find((x) => x.id === s.id)?.score ?? 0)),
      ]),
    ),
  };
}

/**
 * The latest answer of each leader, so that an aggregate counts leaders, not answers: one leader with five
 * rounds is one leader. Ties keep the first seen.
 */
export function latestMusTestPerLeader<R extends { leaderId: string; submittedAt: string }>(
  responses: readonly R[],
): R[] {
  const latest = new Map<string, R>();
  for (const r of responses) {
    const seen = latest.get(r.leaderId);
    if (!seen || seen.submittedAt < r.submittedAt) latest.set(r.leaderId, r);
  }
  return [...latest.values()];
}
