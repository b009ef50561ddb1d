import { z } from 'zod';
import { buildConcept, ConceptScopeSchema, type Concept, type ConceptScope } from './concept';
import { conceptTemplates, type ConceptTemplateKey } from './content/templates';
import { DomainError } from './errors';
import {
  ConceptIdSchema,
  InstantSchema,
  instant,
  recordSchema,
  TopicIdSchema,
  YearSchema,
  type ConceptId,
} from './ids';
import { LocalizedTextSchema } from './text';
import { TopicSchema, type Topic } from './topic';

/**
 * HR's draft of a concept for a year, a scope and a template: the SU's choices (optional topics chosen, basis
 * topics left out, own topics, rewritten questions, duration), not yet in force. Leaders and employees never
 * see a draft; publishing builds the concept from it (`conceptOfDraft`) as the next version in force.
 */
export const ConceptTemplateKeySchema = z.enum(['flexible', 'coreTask', 'group', 'performance']);

/** What a concept is for: a template, a year and a scope (the organisation or a unit). */
export const ConceptTargetSchema = z.object({
  template: ConceptTemplateKeySchema,
  year: YearSchema,
  scope: ConceptScopeSchema,
});
export type ConceptTarget = z.infer<typeof ConceptTargetSchema>;

export const ConceptDraftSchema = recordSchema({
  ...ConceptTargetSchema.shape,
  durationMinutes: z.number().int().min(15).max(240),
  chosenOptionalTopicIds: z.array(TopicIdSchema),
  omittedBasisTopicIds: z.array(TopicIdSchema),
  ownTopics: z.array(TopicSchema),
  /** The questions of the topics whose questions differ from the template's, by topic id. */
  questions: z.record(z.string(), z.array(LocalizedTextSchema)),
  /** The published concept the draft was copied from, if it was. */
  basedOn: z
    .object({ conceptId: ConceptIdSchema, year: YearSchema, version: z.number().int().min(1) })
    .nullable(),
  updatedAt: InstantSchema,
});
export type ConceptDraft = z.infer<typeof ConceptDraftSchema>;

/** The one key of a target: `flexible.2027.unit.<leader id>`; a draft and its published concept share it. */
export const conceptKeyOf = ({ template, year, scope }: ConceptTarget): string =>
  `${template}.${year}.${scope.level}.${scope.id}`;

/** Whether a concept is the one in force for the target (same template, year and scope). */
export const isConceptFor = (concept: Concept, target: ConceptTarget): boolean =>
  concept.template === target.template &&
  concept.year === target.year &&
  concept.scope.level === target.scope.level &&
  concept.scope.id === target.scope.id;

/** A concept is made for this year or a coming one: the past is what was held. */
export function assertConceptYear(year: number, now: Date): void {
  if (year < now.getUTCFullYear())
    throw new DomainError('concept.pastYear', `The year ${year} has passed.`, { year });
}

/** A draft with the template's own topics and questions. */
export function draftFromTemplate(target: ConceptTarget, at: Date): ConceptDraft {
  return {
    schemaVersion: 1,
    ...target,
    durationMinutes: conceptTemplates[target.template].durationMinutes,
    chosenOptionalTopicIds: [],
    omittedBasisTopicIds: [],
    ownTopics: [],
    questions: {},
    basedOn: null,
    updatedAt: instant(at),
  };
}

const sameQuestions = (a: Topic, b: Topic | undefined): boolean =>
  b !== undefined && JSON.stringify(a.questions) === JSON.stringify(b.questions);

/** A draft for `target` with a published concept's choices (last year's, as the start of this year's). */
export function draftFromConcept(target: ConceptTarget, concept: Concept, at: Date): ConceptDraft {
  const template = conceptTemplates[concept.template as ConceptTemplateKey];
  const original = new Map([...template.basisTopics, ...template.optionalTopics].map((t) => [t.id, t]));
  const inForce = new Set(concept.topics.map((t) => t.id));
  const all = [...concept.topics, ...concept.optionalTopics];
  return {
    ...draftFromTemplate({ ...target, template: concept.template }, at),
    durationMinutes: concept.durationMinutes,
    chosenOptionalTopicIds: template.optionalTopics.filter((t) => inForce.has(t.id)).map((t) => t.id),
    omittedBasisTopicIds: template.basisTopics.filter((t) => !inForce.has(t.id)).map((t) => t.id),
    ownTopics: concept.topics.filter((t) => !original.has(t.id)),
    questions: Object.fromEntries(
      all
        .filter((t) => original.has(t.id) && !sameQuestions(t, original.get(t.id)))
        .map((t) => [t.id, t.questions]),
    ),
    basedOn: { conceptId: concept.id, year: concept.year, version: concept.version },
  };
}

/** The concept a draft gives when published: built from its template with the draft's choices. */
export function conceptOfDraft(draft: ConceptDraft, id: ConceptId, version: number, at: Date): Concept {
  return buildConcept({
    id,
    template: draft.template,
    year: draft.year,
    version,
    scope: draft.scope satisfies ConceptScope,
    chosenOptionalTopicIds: draft.chosenOptionalTopicIds,
    omittedBasisTopicIds: draft.omittedBasisTopicIds,
    ownTopics: draft.ownTopics,
    durationMinutes: draft.durationMinutes,
    questions: draft.questions,
    decidedAt: at,
  });
}
