import { z } from 'zod';
import { topicId } from '../ids';
import { text, type LocalizedText } from '../text';
import { TopicKindSchema, type Topic, type TopicKind } from '../topic';

/** A pair [Danish, English]: keeps the seeded content tables short and readable. */
export type Pair = readonly [da: string, en: string];

export interface SeedTopic {
  id: string;
  kind: TopicKind;
  goals?: boolean;
  title: Pair;
  purpose: Pair;
  leader: Pair;
  employee: Pair;
  questions: readonly Pair[];
  statements?: readonly Pair[];
}

export const fromPair = ([da, en]: Pair): LocalizedText => text(da, en);

export function seedTopic(seed: SeedTopic): Topic {
  const topic: Topic = {
    id: topicId(seed.id),
    kind: seed.kind,
    role: seed.goals ? 'goals' : 'regular',
    title: fromPair(seed.title),
    purpose: fromPair(seed.purpose),
    guidance: { leader: fromPair(seed.leader), employee: fromPair(seed.employee) },
    questions: seed.questions.map(fromPair),
  };
  return seed.statements ? { ...topic, statements: seed.statements.map(fromPair) } : topic;
}

const PairSchema = z.tuple([z.string().min(1), z.string().min(1)]);

/**
 * A concept whose topics share one guidance for the leader and one for the employee, as `guidedConcepts.json`
 * writes it: each topic gives only what differs.
 */
const GuidedConceptSchema = z.object({
  guidance: z.object({ leader: PairSchema, employee: PairSchema }),
  topics: z.array(
    z.object({
      id: z.string().min(1),
      kind: TopicKindSchema,
      goals: z.boolean().optional(),
      title: PairSchema,
      purpose: PairSchema,
      questions: z.array(PairSchema),
      statements: z.array(PairSchema).optional(),
    }),
  ),
});

/** The topics of a guided concept's content (checked here: a JSON file has no types), each with its guidance. */
export function guidedTopics(content: unknown): Topic[] {
  const { guidance, topics } = GuidedConceptSchema.parse(content);
  return topics.map((seed) => seedTopic({ ...seed, ...guidance }));
}
