import {
  buildConcept,
  conceptId,
  conceptTopics,
  createOwnTopic,
  topicId,
  type BuildConceptInput,
  type Concept,
  type ConceptTemplateKey,
  type Topic,
} from '../../domain';

/**
 * The concepts the service serves are the domain's: one per seeded template (the flexible concept, MUS i
 * arbejdsfællesskabet, GRUS/TUS and the performance-rated one), each built with `buildConcept`, under the
 * template's key as id. HR changes one by rebuilding it from the same template (a new version).
 */
export const SEEDED_CONCEPTS: readonly ConceptTemplateKey[] = [
  'flexible',
  'coreTask',
  'group',
  'performance',
];

const isTemplateKey = (id: string): id is ConceptTemplateKey =>
  (SEEDED_CONCEPTS as readonly string[]).includes(id);

/** The organisation-wide scope of the concepts the service keeps. */
const ORGANISATION = { level: 'organisation', id: 'organisation' } as const;

export type ConceptChoices = Pick<
  BuildConceptInput,
  'chosenOptionalTopicIds' | 'omittedBasisTopicIds' | 'ownTopics' | 'durationMinutes'
> & { year?: number | undefined };

/** A seeded concept as the domain builds it, or undefined for an id that is no template. */
export function seededConcept(
  id: string,
  at: Date,
  choices: ConceptChoices = {},
  version = 1,
): Concept | undefined {
  if (!isTemplateKey(id)) return undefined;
  const { year, chosenOptionalTopicIds, omittedBasisTopicIds, ownTopics, durationMinutes } = choices;
  return buildConcept({
    id: conceptId(id),
    template: id,
    year: year ?? at.getUTCFullYear(),
    version,
    scope: ORGANISATION,
    decidedAt: at,
    ...(chosenOptionalTopicIds ? { chosenOptionalTopicIds } : {}),
    ...(omittedBasisTopicIds ? { omittedBasisTopicIds } : {}),
    ...(ownTopics ? { ownTopics } : {}),
    ...(durationMinutes ? { durationMinutes } : {}),
  });
}

/** The topic a party puts on the agenda: one of the concept's (in force or optional), or an own topic. */
export function proposedTopic(concept: Concept | undefined, id: string, title: string): Topic {
  const fromConcept = concept ? conceptTopics(concept).find((t) => t.id === id) : undefined;
  return fromConcept ?? createOwnTopic({ id: topicId(id), title });
}
