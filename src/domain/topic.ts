import { z } from 'zod';
import { DomainError } from './errors';
import { TopicIdSchema, type TopicId } from './ids';
import { LocalizedTextSchema, TEXT_LIMITS, text, type LocalizedText } from './text';

/**
 * A topic (emne) of a MUS conversation. `basis` topics come with the concept, `optional` ones (tilvalgsemner)
 * may be chosen, `own` topics are added by the workplace or by leader and employee. The single topic with
 * role `goals` (Udviklingsmål og udviklingsaktiviteter) is always the last one discussed.
 */
export const TopicKindSchema = z.enum(['basis', 'optional', 'own']);
export type TopicKind = z.infer<typeof TopicKindSchema>;

export const TopicSchema = z.object({
  id: TopicIdSchema,
  kind: TopicKindSchema,
  role: z.enum(['regular', 'goals']),
  title: LocalizedTextSchema,
  purpose: LocalizedTextSchema,
  guidance: z.object({ leader: LocalizedTextSchema, employee: LocalizedTextSchema }),
  /** Appreciative questions (anerkendende tilgang) both sides can prepare from. */
  questions: z.array(LocalizedTextSchema),
  /** Statements rated on the concept's scale (performance-rated concepts only). */
  statements: z.array(LocalizedTextSchema).optional(),
});
export type Topic = z.infer<typeof TopicSchema>;

export const isGoalsTopic = (topic: { role: Topic['role'] }): boolean => topic.role === 'goals';

/**
 * The ordering rule of the flexible concept: topics keep their relative order, except that the goals topic is
 * moved to the end, so optional and own topics always come before it. Stable and idempotent.
 */
export function orderTopics<T extends { role: Topic['role'] }>(topics: readonly T[]): T[] {
  return [...topics.filter((t) => !isGoalsTopic(t)), ...topics.filter(isGoalsTopic)];
}

/** True when at most one goals topic exists and, if it does, it is the last one. */
export function followsOrderingRule(topics: readonly { role: Topic['role'] }[]): boolean {
  const goals = topics.filter(isGoalsTopic).length;
  return goals === 0 || (goals === 1 && isGoalsTopic(topics[topics.length - 1] ?? { role: 'regular' }));
}

export interface OwnTopicInput {
  id: TopicId;
  title: LocalizedText | string;
  purpose?: LocalizedText | string;
  questions?: readonly (LocalizedText | string)[];
}

const asText = (value: LocalizedText | string): LocalizedText =>
  typeof value === 'string' ? text(value, value) : value;

/**
 * An own topic added by the workplace (SU) or in a conversation. A plain string is used for both languages:
 * people write in the language they write in, and we do not translate it.
 */
export function createOwnTopic(input: OwnTopicInput): Topic {
  const title = asText(input.title);
  if (title.da.trim() === '' || title.da.length > TEXT_LIMITS.title) {
    throw new DomainError('concept.invalid', 'An own topic needs a title of 1 to 200 characters.', {
      field: 'title',
    });
  }
  const purpose = input.purpose ? asText(input.purpose) : text('Eget emne.', 'Own topic.');
  return {
    id: input.id,
    kind: 'own',
    role: 'regular',
    title,
    purpose,
    guidance: {
      leader: text(
        'Aftal med medarbejderen, hvad I vil opnå med emnet, og stil åbne, nysgerrige spørgsmål.',
        'Agree with the employee what you want from this topic, and ask open, curious questions.',
      ),
      employee: text(
        'Overvej, hvad du gerne vil have ud af at tale om emnet, og skriv et par stikord ned.',
        'Consider what you want to get out of this topic, and jot down a few notes.',
      ),
    },
    questions: (input.questions ?? []).map(asText),
  };
}
