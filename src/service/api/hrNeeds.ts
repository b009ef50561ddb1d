import { z } from 'zod';
import { GoalCategorySchema } from '../../domain';
import { MIN_AGGREGATE_GROUP } from '../authorization/policy';
import type { ApiContext } from './context';
import { publishedFigure } from './publishedFigures';

/**
 * A count, or null where fewer than 5 distinct people are behind it, none included ("Færre end 5 — vises
 * ikke"): the same rule as a whole figure's (`requireGroupSize` refuses a group of 0 too).
 */
const countOf5 = z.number().int().nullable();
const counted = z.record(z.string(), countOf5);
/** A goal's category, or `none` for goals without one. */
export const CategoryKeySchema = z.enum([...GoalCategorySchema.options, 'none']);

/** The development needs of the conversations held: how many had each topic, and their goals. */
export const needs = z.object({
  respondents: z.number().int(),
  /** Concept topics by how many conversations had them; own topics (free text) only as one count. */
  topics: z.array(z.object({ title: z.object({ da: z.string(), en: z.string() }), conversations: countOf5 })),
  ownTopics: countOf5,
  /** The goals agreed by category, every category (and `none`), in the domain's order. */
  goalsByCategory: z.array(z.object({ category: CategoryKeySchema, goals: countOf5 })),
  goalsByStatus: counted,
  goalsByResponsible: counted,
});
export type Needs = z.infer<typeof needs>;

const HELD = new Set(['held', 'concluded', 'followedUp']);
/** Counts things per key and the distinct people behind each: the count, or null for 0 to 4 people. */
function countsOf5<K extends string>(things: readonly { key: K; person: string }[]) {
  const per = new Map<K, { count: number; people: Set<string> }>();
  for (const { key, person } of things) {
    const entry = per.get(key) ?? { count: 0, people: new Set<string>() };
    entry.count += 1;
    entry.people.add(person);
    per.set(key, entry);
  }
  return (key: K): number | null => {
    const entry = per.get(key);
    return !entry || entry.people.size < MIN_AGGREGATE_GROUP ? null : entry.count;
  };
}

/** Each key present and its count of 5 or more people (null under 5). */
function tallyOf5(things: readonly { key: string; person: string }[]): Record<string, number | null> {
  const count = countsOf5(things);
  return Object.fromEntries([...new Set(things.map((t) => t.key))].map((k) => [k, count(k)]));
}

/**
 * The development needs across all rounds: the topics of every conversation held (concept topics by title,
 * own topics counted only, as their titles are people's own words) and the goals agreed, by category, status
 * and who is responsible. Only for 5 or more employees, each topic and category only where 5 or more
 * employees are behind it, and not too close to a figure already published.
 */
export async function needsFigure(ctx: ApiContext): Promise<Needs> {
  const [convs, goals] = await Promise.all([ctx.records.conversations.all(), ctx.records.goals.all()]);
  const held = convs.map((c) => c.value).filter((c) => HELD.has(c.status));
  const employees = new Map(held.map((c) => [c.employeeId, c.updatedAt] as const));
  ctx.policy.requireGroupSize(employees.size);
  const titles = new Map<string, Needs['topics'][number]['title']>();
  const topicsHeld: { key: string; person: string }[] = [];
  const ownTopics: { key: 'own'; person: string }[] = [];
  for (const c of held)
    for (const { topic } of c.agenda.items) {
      if (topic.kind === 'own') ownTopics.push({ key: 'own', person: c.employeeId });
      else {
        titles.set(topic.id, topic.title);
        topicsHeld.push({ key: topic.id, person: c.employeeId });
      }
    }
  const topicCount = countsOf5(topicsHeld);
  const ids = new Set(held.map((c) => c.id));
  const theirs = goals.map((g) => g.value).filter((g) => ids.has(g.conversationId));
  const categoryCount = countsOf5(theirs.map((g) => ({ key: g.category ?? 'none', person: g.employeeId })));
  const topics = [...titles].map(([id, title]) => ({ title, conversations: topicCount(id) }));
  const figure: Needs = {
    respondents: employees.size,
    topics: topics.sort((a, b) => (b.conversations ?? 0) - (a.conversations ?? 0)),
    ownTopics: countsOf5(ownTopics)('own'),
    goalsByCategory: CategoryKeySchema.options.map((category) => ({
      category,
      goals: categoryCount(category),
    })),
    goalsByStatus: tallyOf5(theirs.map((g) => ({ key: g.status, person: g.employeeId }))),
    goalsByResponsible: tallyOf5(theirs.map((g) => ({ key: g.responsible, person: g.employeeId }))),
  };
  return needs.parse(await publishedFigure(ctx, 'needs', 'all', [...employees], figure));
}
