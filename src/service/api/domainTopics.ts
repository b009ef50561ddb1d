import { conceptTemplates, createOwnTopic, topicId, type Topic } from '../../domain';
import type { ConceptRecord } from '../records/schemas';

/** Every seeded topic of the domain's concept templates, by id (the first template that has it wins). */
const SEEDED: ReadonlyMap<string, Topic> = new Map(
  Object.values(conceptTemplates)
    .flatMap((t) => [...t.basisTopics, ...t.optionalTopics])
    .reverse()
    .map((t) => [t.id, t]),
);

type ConceptTopic = ConceptRecord['topics'][number];

/**
 * The domain topic behind a concept's topic: the seeded one (with its guidance, questions and role, so the
 * goals topic stays the goals topic), or, for a topic HR wrote, an own topic with HR's title and text.
 */
export function domainTopicOf(topic: ConceptTopic): Topic {
  const seeded = SEEDED.get(topic.id);
  if (seeded) return seeded;
  return {
    ...createOwnTopic({
      id: topicId(topic.id),
      title: topic.title,
      purpose: topic.description || topic.title,
    }),
    kind: topic.kind,
  };
}

/** The topics a new conversation's agenda starts from: the concept's topics that are not optional. */
export const agendaTopicsOf = (concept: ConceptRecord): Topic[] =>
  concept.topics.filter((t) => t.kind !== 'optional').map(domainTopicOf);

/** The topic a party puts on the agenda: the concept's own (optional) topic, or an own topic by that title. */
export function proposedTopic(concept: ConceptRecord | undefined, id: string, title: string): Topic {
  const fromConcept = concept?.topics.find((t) => t.id === id);
  return fromConcept ? domainTopicOf(fromConcept) : createOwnTopic({ id: topicId(id), title });
}
