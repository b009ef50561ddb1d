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
import { LocalizedTextSchema } from './text';
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
  decidedAt: Date;
}

export function buildConcept(input: BuildConceptInput): Concept {
  const template = conceptTemplates[input.template];
  const chosen = new Set(input.chosenOptionalTopicIds ?? []);
  const omitted = new Set(input.omittedBasisTopicIds ?? []);
  const known = new Set(template.optionalTopics.map((t) => t.id));
  for (const id of chosen) {
    if (!known.has(id))
      throw new DomainError('concept.unknownTopic', `Unknown optional topic ${id}.`, { topicId: id });
  }
  const goals = template.basisTopics.find((t) => t.role === 'goals');
  if (goals && omitted.has(goals.id)) {
    throw new DomainError('concept.invalid', 'The goals topic cannot be left out.', { topicId: goals.id });
  }
  const ids = new Set<string>([...template.basisTopics, ...template.optionalTopics].map((t) => t.id));
  for (const own of input.ownTopics ?? []) {
    if (ids.has(own.id))
      throw new DomainError('concept.invalid', `Duplicate topic id ${own.id}.`, { topicId: own.id });
    ids.add(own.id);
  }
  const topics = orderTopics([
    ...template.basisTopics.filter((t) => !omitted.has(t.id)),
    ...template.optionalTopics.filter((t) => chosen.has(t.id)),
    ...(input.ownTopics ?? []),
  ]);
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
    optionalTopics: template.optionalTopics.filter((t) => !chosen.has(t.id)),
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
