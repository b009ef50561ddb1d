import { z } from 'zod';
import {
  MusTestAnswerSchema,
  musTestBandNote,
  musTestBandTexts,
  musTestScale,
  musTestSections,
  scoreMusTest,
  type MusTestAnswer,
  type MusTestPart,
} from '../../domain';

/**
 * MUS-testen through the domain: the answers as the domain stores them (statement id → answer), the score per
 * section and in total with the domain's bands and their texts. The array form (1 = Aldrig … 5 = Altid, in the
 * form's order) is still accepted and read as the same answers.
 */
const STATEMENT_IDS = musTestSections.flatMap((s) => s.statements.map((st) => st.id));
export const MUS_TEST_STATEMENTS = STATEMENT_IDS.length;

export const musTestAnswersBody = z.union([
  z.array(z.number().int().min(1).max(5)).length(MUS_TEST_STATEMENTS),
  z.record(z.string().max(10), MusTestAnswerSchema),
]);

const answerOfWeight = (weight: number): MusTestAnswer =>
  musTestScale.find((s) => s.weight === weight)?.key ?? 'aldrig';

/** The answer sheet in the domain's shape. */
export function musTestAnswers(body: z.infer<typeof musTestAnswersBody>): Record<string, MusTestAnswer> {
  if (!Array.isArray(body)) return body;
  return Object.fromEntries(STATEMENT_IDS.map((id, i) => [id, answerOfWeight(body[i] ?? 1)]));
}

const text = z.object({ da: z.string(), en: z.string() });
const part = z.object({
  counts: z.record(MusTestAnswerSchema, z.number().int()),
  score: z.number().int(),
  min: z.number().int(),
  max: z.number().int(),
  band: z.enum(['foundation', 'developing', 'good', 'strong']),
  bandText: text,
});
export const musTestScoreSchema = z
  .object({
    sections: z.array(part.extend({ id: z.string(), title: text })),
    total: part,
    /** The bands are the product's reading; this says so to the user. */
    bandNote: text,
  })
  .meta({ id: 'MusTestScore' });
export type MusTestScore = z.infer<typeof musTestScoreSchema>;

const withText = (p: MusTestPart) => ({ ...p, bandText: musTestBandTexts[p.band] });

/** The domain's score of a complete sheet (a DomainError for missing or unknown statements). */
export function musTestScore(answers: Readonly<Record<string, MusTestAnswer>>): MusTestScore {
  const result = scoreMusTest(answers);
  return {
    sections: result.sections.map((s) => ({ ...withText(s), id: s.id, title: s.title })),
    total: withText(result.total),
    bandNote: musTestBandNote,
  };
}
