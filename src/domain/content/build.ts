import { topicId } from '../ids';
import { text, type LocalizedText } from '../text';
import type { Topic, TopicKind } from '../topic';

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

/** What the leader and the employee are told for every topic of a concept that guides them all alike. */
export type Guidance = Pick<SeedTopic, 'leader' | 'employee'>;

/** Topics that share one guidance: each seed gives only what differs. */
export const guidedTopics = (
  guidance: Guidance,
  seeds: readonly Omit<SeedTopic, keyof Guidance>[],
): Topic[] => seeds.map((seed) => seedTopic({ ...seed, ...guidance }));
