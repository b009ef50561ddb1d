import { z } from 'zod';
import { conceptTemplates, musPhases, type ConceptTemplateKey } from './content/templates';
import { DomainError } from './errors';
import {
  ConceptIdSchema,
  InstantSchema,
  instant,
  recordSchema,
  YearSchema,
  type ConceptId,
  type TopicId,
} from './ids';
import { LocalizedTextSchema, type LocalizedText } from './text';
import { TopicSchema, followsOrderingRule, orderTopics, type Topic } from './topic';

/**
 * A concept is what the cooperation committee (SU) decides for a year: a template adapted with chosen optional
 * topics and own topics, for the whole organisation, a unit or a group. Versions within a year replace earlier
 * ones; the resolver picks the concept in force for a person.
 */
export const ConceptScopeSchema = z.object({
  level: z.enum(['organisation', 'unit', 'group']),
  id: z.string().min(1).max(200),
});
export type ConceptScope = z.infer<typeof ConceptScopeSchema>;

export const ConceptSchema = recordSchema({
  id: ConceptIdSchema,
  template: z.enum(['flexible', 'coreTask', 'group', 'performance']),
  name: LocalizedTextSchema,
  description: LocalizedTextSchema,
  year: YearSchema,
  version: z.number().int().min(1),
  scope: ConceptScopeSchema,
  audience: z.enum(['individual', 'group']),
  durationMinutes: z.number().int().min(15).max(240),
  phases: z.array(z.object({ key: z.string().min(1), title: LocalizedTextSchema })),
  /** The topics in force, in conversation order (goals topic last). */
  topics: z.array(TopicSchema).min(1),
  /** Optional topics not chosen for everyone, which leader or employee may still add to an agenda. */
  optionalTopics: z.array(TopicSchema),
  sharedUnderstandings: z.array(LocalizedTextSchema),
  implementationSteps: z.array(
    z.object({
      order: z.number().int().min(1),
      title: LocalizedTextSchema,
      description: LocalizedTextSchema,
    }),
  ),
  ratingScale: z.array(LocalizedTextSchema).min(2).optional(),
  decidedAt: InstantSchema,
}).refine((c) => followsOrderingRule(c.topics), { message: 'The goals topic must be the last topic.' });
export type Concept = z.infer<typeof ConceptSchema>;

export interface BuildConceptInput {
  id: ConceptId;
  template: ConceptTemplateKey;
  year: number;
  version?: number;
  scope: ConceptScope;
  /** Optional topics the SU puts on every agenda (the rest stay available to choose). */
  chosenOptionalTopicIds?: readonly TopicId[];
  /** The workplace's own topics; they go before the goals topic. */
  ownTopics?: readonly Topic[];
  /** Basis topics the SU leaves out this year (the goals topic cannot be left out). */
  omittedBasisTopicIds?: readonly TopicId[];
  durationMinutes?: number;
  /** The questions of topics whose questions the SU rewrote (in force or optional), by topic id. */
  questions?: Readonly<Record<string, readonly LocalizedText[]>>;
  decidedAt: Date;
}

/** The most topics a concept has (in force and optional), and questions a topic has (the API's limits too). */
export const CONCEPT_LIMITS = { topics: 30, questions: 20 } as const;

const unknownTopic = (id: string) =>
  new DomainError('concept.unknownTopic', `Unknown topic ${id}.`, { topicId: id });

/** The topics with the SU's own questions where it wrote them; a question list for no such topic is refused. */
function withQuestions(topics: readonly Topic[], questions: BuildConceptInput['questions'] = {}): Topic[] {
  const ids = new Set(topics.map((t) => t.id));
  for (const id of Object.keys(questions)) if (!ids.has(id as TopicId)) throw unknownTopic(id);
  return topics.map((t) => {
    const own = questions[t.id];
    if (own && own.length > CONCEPT_LIMITS.questions)
      throw new DomainError('concept.invalid', `At most ${CONCEPT_LIMITS.questions} questions a topic.`);
    return own ? { ...t, questions: [...own] } : t;
  });
}

export function buildConcept(input: BuildConceptInput): Concept {
  const template = conceptTemplates[input.template];
  const chosen = new Set(input.chosenOptionalTopicIds ?? []);
  const omitted = new Set(input.omittedBasisTopicIds ?? []);
  const optional = new Set<string>(template.optionalTopics.map((t) => t.id));
  for (const id of chosen) {
    if (!optional.has(id)) throw unknownTopic(id);
  }
  for (const id of omitted) if (!template.basisTopics.some((t) => t.id === id)) throw unknownTopic(id);
  const goals = template.basisTopics.find((t) => t.role === 'goals');
  if (goals && omitted.has(goals.id)) {
    throw new DomainError('concept.goalsTopicRequired', 'The goals topic cannot be left out.', {
      topicId: goals.id,
    });
  }
  const ids = new Set<string>([...template.basisTopics, ...template.optionalTopics].map((t) => t.id));
  for (const own of input.ownTopics ?? []) {
    if (ids.has(own.id))
      throw new DomainError('concept.invalid', `Duplicate topic id ${own.id}.`, { topicId: own.id });
    ids.add(own.id);
  }
  const all = withQuestions(
    [...template.basisTopics, ...template.optionalTopics, ...(input.ownTopics ?? [])],
    input.questions,
  );
  const topics = orderTopics(all.filter((t) => (optional.has(t.id) ? chosen.has(t.id) : !omitted.has(t.id))));
  if (all.length > CONCEPT_LIMITS.topics)
    throw new DomainError('concept.tooManyTopics', `At most ${CONCEPT_LIMITS.topics} topics.`);
  const concept = {
    schemaVersion: 1 as const,
    id: input.id,
    template: template.key,
    name: template.name,
    description: template.description,
    year: input.year,
    version: input.version ?? 1,
    scope: input.scope,
    audience: template.audience,
    durationMinutes: input.durationMinutes ?? template.durationMinutes,
    phases: musPhases,
    topics,
    optionalTopics: all.filter((t) => optional.has(t.id) && !chosen.has(t.id)),
    sharedUnderstandings: [...template.sharedUnderstandings],
    implementationSteps: [...template.implementationSteps],
    decidedAt: instant(input.decidedAt),
  };
  const parsed = ConceptSchema.safeParse(
    template.ratingScale ? { ...concept, ratingScale: template.ratingScale } : concept,
  );
  if (!parsed.success) {
    throw new DomainError('concept.invalid', parsed.error.issues.map((i) => i.message).join('; '));
  }
  return parsed.data;
}

/** Every topic a conversation under this concept may use (in force first, then the optional catalogue). */
export const conceptTopics = (concept: Concept): Topic[] => [...concept.topics, ...concept.optionalTopics];
