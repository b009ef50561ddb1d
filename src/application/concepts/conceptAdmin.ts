import {
  conceptId,
  conceptKeyOf,
  conceptOfDraft,
  conceptTemplates,
  CONCEPT_LIMITS,
  conversationId,
  createAgenda,
  createOwnTopic,
  isDomainError,
  topicId,
  type ConceptDraft,
  type ConceptTarget,
  type ConceptTemplateKey,
  type Topic,
} from '../../domain';
import { authorized, type MusPorts, type Outcome } from '../mus/musCall';
import type {
  ConceptUnit,
  ConceptDraftChange,
  ConceptDraftStart,
  ConceptDraftView,
  VersionedConceptDraft,
} from '../ports/ConceptApiPort';
import type { LocalizedText } from '../ports/MusApiPort';

export type { ConceptTarget, ConceptTemplateKey };
/** HR's edit of a draft, as the service takes it. */
export type DraftEdit = ConceptDraftChange;
/** What is wrong with an edit before it is sent. */
export type DraftEditError = 'titleEmpty' | 'questionEmpty' | 'tooManyTopics';
/** The templates HR starts from, in the order offered. */
export const TEMPLATES: readonly ConceptTemplateKey[] = ['flexible', 'coreTask', 'group', 'performance'];
export const conceptKey = conceptKeyOf;
/** A template's name in Danish and English (the domain's). */
export const templateName = (key: ConceptTemplateKey): LocalizedText => conceptTemplates[key].name;

/** The service's calls of HR's concept administration, each with a fresh token. */
export const conceptAdmin = (ports: MusPorts) => {
  const api = authorized(ports, ports.musApi);
  return {
    load: (key: string): Promise<Outcome<ConceptDraftView>> => api.conceptDraft(key),
    start: (key: string, etag: string | undefined, from: ConceptDraftStart) =>
      api.startConceptDraft(key, etag, from),
    save: (key: string, etag: string | undefined, edit: DraftEdit) => api.saveConceptDraft(key, etag, edit),
    publish: (key: string, etag: string) => api.publishConceptDraft(key, etag),
  };
};

/** The edit a stored draft starts from. Pure. */
export const editOf = ({ value: d }: VersionedConceptDraft): DraftEdit => ({
  durationMinutes: d.durationMinutes,
  chosenOptionalTopicIds: [...d.chosenOptionalTopicIds],
  omittedBasisTopicIds: [...d.omittedBasisTopicIds],
  ownTopics: d.ownTopics.map((t) => ({
    id: t.id,
    title: t.title,
    purpose: t.purpose,
    questions: t.questions,
  })),
  questions: d.questions,
});

const toggled = (ids: readonly string[], id: string) =>
  ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id];

/** Takes a topic in or out: a basis topic left out (never the goals topic), an optional chosen, an own removed. */
export function toggleTopic(edit: DraftEdit, topic: Pick<Topic, 'id' | 'kind' | 'role'>): DraftEdit {
  if (topic.kind === 'own') return { ...edit, ownTopics: edit.ownTopics.filter((t) => t.id !== topic.id) };
  if (topic.kind === 'optional')
    return { ...edit, chosenOptionalTopicIds: toggled(edit.chosenOptionalTopicIds, topic.id) };
  if (topic.role === 'goals') return edit;
  return { ...edit, omittedBasisTopicIds: toggled(edit.omittedBasisTopicIds, topic.id) };
}

/** Adds an own topic (before the goals topic), its title in Danish and English. */
export const addOwnTopic = (edit: DraftEdit, id: string, title: LocalizedText): DraftEdit => ({
  ...edit,
  ownTopics: [...edit.ownTopics, { id, title, questions: [] }],
});

/** Sets a topic's questions: an own topic's own, a template topic's in place of the template's. */
export function setQuestions(edit: DraftEdit, id: string, questions: readonly LocalizedText[]): DraftEdit {
  if (edit.ownTopics.some((t) => t.id === id))
    return {
      ...edit,
      ownTopics: edit.ownTopics.map((t) => (t.id === id ? { ...t, questions: [...questions] } : t)),
    };
  return { ...edit, questions: { ...edit.questions, [id]: [...questions] } };
}

const blank = (t: LocalizedText) => t.da.trim() === '' || t.en.trim() === '';

/** What must be fixed before the edit is sent, or undefined. Pure. */
export function checkEdit(edit: DraftEdit, template: ConceptTemplateKey): DraftEditError | undefined {
  const { basisTopics, optionalTopics } = conceptTemplates[template];
  if (edit.ownTopics.some((t) => blank(t.title))) return 'titleEmpty';
  const lists = [...Object.values(edit.questions), ...edit.ownTopics.map((t) => t.questions)];
  if (lists.some((qs) => qs.some(blank))) return 'questionEmpty';
  if (basisTopics.length + optionalTopics.length + edit.ownTopics.length > CONCEPT_LIMITS.topics)
    return 'tooManyTopics';
  return undefined;
}

/** Every topic HR can take in or out: the template's, then the own topics, each with its questions now. */
export function topicsOf(edit: DraftEdit, template: ConceptTemplateKey): Topic[] {
  const { basisTopics, optionalTopics } = conceptTemplates[template];
  const own = edit.ownTopics.map((t) =>
    createOwnTopic({
      id: topicId(t.id),
      title: t.title,
      questions: t.questions,
      ...(t.purpose ? { purpose: t.purpose } : {}),
    }),
  );
  return [...basisTopics, ...optionalTopics, ...own].map((t) => {
    const questions = edit.questions[t.id];
    return questions ? { ...t, questions: [...questions] } : t;
  });
}

/** Whether a topic is on every agenda with this edit. */
export const isIncluded = (edit: DraftEdit, topic: Pick<Topic, 'id' | 'kind'>): boolean =>
  topic.kind === 'basis'
    ? !edit.omittedBasisTopicIds.includes(topic.id)
    : topic.kind === 'optional'
      ? edit.chosenOptionalTopicIds.includes(topic.id)
      : true;

/**
 * What a conversation would get with the edit, as the service will build it (the domain's own functions):
 * its agenda and the optional topics either side may still add; or why the edit cannot become a concept.
 */
export function previewOf(target: ConceptTarget, edit: DraftEdit, at: Date) {
  const draft: ConceptDraft = {
    schemaVersion: 1,
    ...target,
    durationMinutes: edit.durationMinutes,
    chosenOptionalTopicIds: edit.chosenOptionalTopicIds.map(topicId),
    omittedBasisTopicIds: edit.omittedBasisTopicIds.map(topicId),
    ownTopics: topicsOf(edit, target.template).filter((t) => t.kind === 'own'),
    questions: Object.fromEntries(Object.entries(edit.questions).map(([id, qs]) => [id, [...qs]])),
    basedOn: null,
    updatedAt: at.toISOString(),
  };
  try {
    const concept = conceptOfDraft(draft, conceptId('preview'), 1, at);
    const { items } = createAgenda(conversationId('preview'), concept, at);
    return { ok: true as const, agenda: items, optionalTopics: concept.optionalTopics };
  } catch (error) {
    if (isDomainError(error)) return { ok: false as const, code: error.code };
    throw error;
  }
}

/**
 * The units HR can give a concept of their own: every leader in the directory (the scope's id is the leader's),
 * by unit then name, rounds or not.
 */
export const conceptUnits = (ports: MusPorts): Promise<Outcome<readonly ConceptUnit[]>> =>
  authorized(ports, ports.musApi).conceptUnits();
