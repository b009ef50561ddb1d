import { z } from 'zod';
import {
  aggregateMusTest,
  latestEvaluationPerAuthor,
  latestMusTestPerLeader,
  MUS_TEST_MIN_GROUP,
  musTestBand,
  musTestBandNote,
  musTestBandTexts,
  musTestSections,
  scoreMusTest,
  type Evaluation,
} from '../../domain';
import { MIN_AGGREGATE_GROUP } from '../authorization/policy';
import { ApiError } from '../http/problem';
import type { ApiContext } from './context';
import { publishedFigure, publishedFiguresOf } from './publishedFigures';

const text = z.object({ da: z.string(), en: z.string() });
const band = z.enum(['foundation', 'developing', 'good', 'strong']);
/** An average score of a part of MUS-testen, its range and the domain's reading of it. */
const reading = z.object({ average: z.number(), min: z.number(), max: z.number(), band, bandText: text });

/** An aggregate as HR is shown it: how many people, and MUS-testen's or the evaluations' averages. */
export const aggregates = z.object({
  respondents: z.number().int(),
  /** The domain's aggregate (5 or more leaders): average total and average per section. */
  musTest: z
    .object({
      leaders: z.number().int(),
      averageTotal: z.number(),
      averageBySection: z.record(z.string(), z.number()),
      /** The averages read as the leader's own result is (the product's bands; `note` says so). */
      reading: z
        .object({
          sections: z.array(reading.extend({ id: z.string(), title: text })),
          total: reading,
          note: text,
        })
        .optional(),
    })
    .optional(),
  evaluations: z.object({ averageRating: z.number() }).optional(),
});
export type Aggregate = z.infer<typeof aggregates>;

const round2 = (n: number) => Math.round(n * 100) / 100;

/** A part's average read by the domain's bands (the same reading as one leader's result). */
const readingOf = (average: number, statements: number) => {
  const part = { average, min: statements, max: statements * 5, band: musTestBand(average, statements) };
  return { ...part, bandText: musTestBandTexts[part.band] };
};

/** The reading of MUS-testen's averages, per section and in total. */
function withReading(musTest: Omit<NonNullable<Aggregate['musTest']>, 'reading'>) {
  const sections = musTestSections.map((s) => ({
    id: s.id,
    title: s.title,
    ...readingOf(musTest.averageBySection[s.id] ?? 0, s.statements.length),
  }));
  const statements = musTestSections.reduce((n, s) => n + s.statements.length, 0);
  const total = readingOf(musTest.averageTotal, statements);
  return { ...musTest, reading: { sections, total, note: musTestBandNote } };
}

/**
 * MUS-testen of all leaders, one answer each (the latest): five rounds of one leader are still one leader.
 * Refused (`group_too_small`) under 5, or when too close to a figure already published (differencing).
 */
export async function musTestFigure(ctx: ApiContext): Promise<Aggregate> {
  const stored = (await ctx.records.musTests.all()).map((m) => m.value);
  const answers = latestMusTestPerLeader(stored);
  const musTest = aggregateMusTest(answers.map((a) => scoreMusTest(a.answers)));
  if (!musTest) {
    const detail = `${answers.length} leaders answered; at least ${MUS_TEST_MIN_GROUP} are needed`;
    throw new ApiError('group_too_small', detail);
  }
  const people = answers.map((a) => [a.leaderId, a.submittedAt] as const);
  const figure = { respondents: answers.length, musTest };
  const shown = aggregates.parse(await publishedFigure(ctx, 'musTest', 'all', people, figure));
  return shown.musTest ? { ...shown, musTest: withReading(shown.musTest) } : shown;
}

/** The conversations' leader and employee by id: who wrote an evaluation. */
export type Parties = ReadonlyMap<string, { leaderId: string; employeeId: string }>;
type Party = 'employee' | 'leader';

const partiesOf = (ctx: ApiContext): Promise<Parties> =>
  ctx.records.conversations.all().then((all) => new Map(all.map((c) => [c.key, c.value])));

/** One party's latest evaluation per person among `found`, and the average as a figure. */
function ratingOf(found: readonly Evaluation[], party: Party, parties: Parties) {
  const latest = latestEvaluationPerAuthor(
    found.filter((e) => e.party === party),
    (e) => {
      const c = parties.get(e.conversationId);
      return c && (e.party === 'leader' ? c.leaderId : c.employeeId);
    },
  );
  const ratings = [...latest.values()].map((e) => e.rating);
  const average = ratings.length ? round2(ratings.reduce((s, r) => s + r, 0) / ratings.length) : 0;
  return {
    size: ratings.length,
    people: [...latest].map(([author, e]) => [author, e.submittedAt] as const),
    figure: { respondents: ratings.length, evaluations: { averageRating: average } },
  };
}

/**
 * The average rating of one party's latest evaluation per person, of one round (employees) or all rounds
 * (leaders); refused under 5 people or when too close to a figure already published (differencing).
 */
export async function evaluationFigure(
  ctx: ApiContext,
  query: { party: Party; roundId?: string | undefined },
  parties?: Parties,
): Promise<Aggregate> {
  const { party, roundId } = query;
  const { evaluations } = ctx.records;
  const [found, byId] = await Promise.all([
    roundId ? evaluations.find('roundId', roundId) : evaluations.all(),
    parties ?? partiesOf(ctx),
  ]);
  const rating = ratingOf(
    found.map((e) => e.value),
    party,
    byId,
  );
  ctx.policy.requireGroupSize(rating.size);
  const group = roundId ? `round:${roundId}` : 'all';
  return aggregates.parse(
    await publishedFigure(ctx, `evaluations:${party}`, group, rating.people, rating.figure),
  );
}

/**
 * The employees' evaluation of each of `roundIds` by the same rules as {@link evaluationFigure} (5 or more
 * people, no differencing), undefined where not shown: one read of the evaluations for all the rounds, and
 * one read and at most one write of the published figures.
 */
export async function roundEvaluationFigures(
  ctx: ApiContext,
  roundIds: readonly string[],
  parties?: Parties,
): Promise<Map<string, Aggregate | undefined>> {
  const [all, byId] = await Promise.all([ctx.records.evaluations.all(), parties ?? partiesOf(ctx)]);
  const byRound = new Map<string, Evaluation[]>();
  for (const { value: e } of all) byRound.set(e.roundId, [...(byRound.get(e.roundId) ?? []), e]);
  const groups = roundIds
    .map((roundId) => ({ roundId, ...ratingOf(byRound.get(roundId) ?? [], 'employee', byId) }))
    .filter((r) => r.size >= MIN_AGGREGATE_GROUP)
    .map((r) => ({ group: `round:${r.roundId}`, people: r.people, figure: r.figure }));
  const shown = await publishedFiguresOf(ctx, 'evaluations:employee', groups);
  return new Map(
    roundIds.map((id) => {
      const figure = shown.get(`round:${id}`);
      return [id, figure && aggregates.parse(figure)];
    }),
  );
}

/** A figure, or undefined when the rules do not let it be shown (a group under 5, differencing). */
export async function figureOrNone<T>(make: () => Promise<T>): Promise<T | undefined> {
  try {
    return await make();
  } catch (error) {
    if (error instanceof ApiError && error.code === 'group_too_small') return undefined;
    throw error;
  }
}
