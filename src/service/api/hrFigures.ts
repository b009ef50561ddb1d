import { z } from 'zod';
import {
  aggregateMusTest,
  latestEvaluationPerAuthor,
  latestMusTestPerLeader,
  MUS_TEST_MIN_GROUP,
  scoreMusTest,
} from '../../domain';
import { ApiError } from '../http/problem';
import type { ApiContext } from './context';
import { publishedFigure } from './publishedFigures';

/** An aggregate as HR is shown it: how many people, and MUS-testen's or the evaluations' averages. */
export const aggregates = z.object({
  respondents: z.number().int(),
  /** The domain's aggregate (5 or more leaders): average total and average per section. */
  musTest: z
    .object({
      leaders: z.number().int(),
      averageTotal: z.number(),
      averageBySection: z.record(z.string(), z.number()),
    })
    .optional(),
  evaluations: z.object({ averageRating: z.number() }).optional(),
});
export type Aggregate = z.infer<typeof aggregates>;

const round2 = (n: number) => Math.round(n * 100) / 100;

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
  return aggregates.parse(await publishedFigure(ctx, 'musTest', 'all', people, figure));
}

/** The conversations' leader and employee by id: who wrote an evaluation. */
export type Parties = ReadonlyMap<string, { leaderId: string; employeeId: string }>;

/**
 * The average rating of one party's latest evaluation per person, of one round (employees) or all rounds
 * (leaders); refused under 5 people or when too close to a figure already published (differencing).
 */
export async function evaluationFigure(
  ctx: ApiContext,
  query: { party: 'employee' | 'leader'; roundId?: string | undefined },
  parties?: Parties,
): Promise<Aggregate> {
  const { party, roundId } = query;
  const { evaluations, conversations } = ctx.records;
  const [found, byId] = await Promise.all([
    roundId ? evaluations.find('roundId', roundId) : evaluations.all(),
    parties ?? conversations.all().then((all) => new Map(all.map((c) => [c.key, c.value]))),
  ]);
  const latest = latestEvaluationPerAuthor(
    found.map((e) => e.value).filter((e) => e.party === party),
    (e) => {
      const c = byId.get(e.conversationId);
      return c && (e.party === 'leader' ? c.leaderId : c.employeeId);
    },
  );
  const ratings = [...latest.values()].map((e) => e.rating);
  ctx.policy.requireGroupSize(ratings.length);
  const figure = {
    respondents: ratings.length,
    evaluations: { averageRating: round2(ratings.reduce((s, r) => s + r, 0) / ratings.length) },
  };
  const people = [...latest].map(([author, e]) => [author, e.submittedAt] as const);
  const group = roundId ? `round:${roundId}` : 'all';
  return aggregates.parse(await publishedFigure(ctx, `evaluations:${party}`, group, people, figure));
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

const counted = z.record(z.string(), z.number().int());
/** The development needs of the conversations held: how many had each topic, and their goals. */
export const needs = z.object({
  respondents: z.number().int(),
  /** Concept topics by how many conversations had them; own topics (free text) only as one count. */
  topics: z.array(
    z.object({ title: z.object({ da: z.string(), en: z.string() }), conversations: z.number().int() }),
  ),
  ownTopics: z.number().int(),
  goalsByStatus: counted,
  goalsByResponsible: counted,
});
export type Needs = z.infer<typeof needs>;

const HELD = new Set(['held', 'concluded', 'followedUp']);
const tally = (keys: readonly string[]) => {
  const counts: Record<string, number> = {};
  for (const k of keys) counts[k] = (counts[k] ?? 0) + 1;
  return counts;
};

/**
 * The development needs across all rounds: the topics of every conversation held (concept topics by title,
 * own topics counted only, as their titles are people's own words) and the goals agreed, by status and by
 * who is responsible. Only for 5 or more employees, and not too close to a figure already published.
 */
export async function needsFigure(ctx: ApiContext): Promise<Needs> {
  const [convs, goals] = await Promise.all([ctx.records.conversations.all(), ctx.records.goals.all()]);
  const held = convs.map((c) => c.value).filter((c) => HELD.has(c.status));
  const employees = new Map(held.map((c) => [c.employeeId, c.updatedAt] as const));
  ctx.policy.requireGroupSize(employees.size);
  const topics = new Map<string, Needs['topics'][number]>();
  let ownTopics = 0;
  for (const { topic } of held.flatMap((c) => c.agenda.items)) {
    if (topic.kind === 'own') ownTopics += 1;
    else {
      const entry = topics.get(topic.id) ?? { title: topic.title, conversations: 0 };
      topics.set(topic.id, { ...entry, conversations: entry.conversations + 1 });
    }
  }
  const ids = new Set(held.map((c) => c.id));
  const theirs = goals.map((g) => g.value).filter((g) => ids.has(g.conversationId));
  const figure: Needs = {
    respondents: employees.size,
    topics: [...topics.values()].sort((a, b) => b.conversations - a.conversations),
    ownTopics,
    goalsByStatus: tally(theirs.map((g) => g.status)),
    goalsByResponsible: tally(theirs.map((g) => g.responsible)),
  };
  return needs.parse(await publishedFigure(ctx, 'needs', 'all', [...employees], figure));
}
