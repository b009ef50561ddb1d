import {
  buildConcept,
  conceptId,
  conceptTopics,
  createOwnTopic,
  topicId,
  type Concept,
  type ConceptTemplateKey,
  type Topic,
} from '../../domain';

/**
 * The concepts the service serves are the domain's: one per seeded template (the flexible concept, MUS i
 * arbejdsfællesskabet, GRUS/TUS and the performance-rated one), each built with `buildConcept`, under the
 * template's key as id. HR publishes the next version from a draft (`conceptDrafts.ts`).
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

/** A seeded concept as the domain builds it (version 1 of the year `at` falls in), or undefined for an id that is no template. */
export function seededConcept(id: string, at: Date): Concept | undefined {
  if (!isTemplateKey(id)) return undefined;
  return buildConcept({
    id: conceptId(id),
    template: id,
    year: at.getUTCFullYear(),
    scope: ORGANISATION,
    decidedAt: at,
  });
}

/** The topic a party puts on the agenda: one of the concept's (in force or optional), or an own topic. */
export function proposedTopic(concept: Concept | undefined, id: string, title: string): Topic {
  const fromConcept = concept ? conceptTopics(concept).find((t) => t.id === id) : undefined;
  return fromConcept ?? createOwnTopic({ id: topicId(id), title });
}
