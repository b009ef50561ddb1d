/**
 * HR's concept administration in the MUS service's API (`/api/hr/concept-drafts/…`, HR only): a draft per
 * template, year and scope, its preview and its publishing. Part of {@link MusApiPort} (`MusApiPort.ts`).
 */
import type { Body, Ok } from './apiShapes';
import type { MusApiResult } from './MusApiPort';
import type { paths } from './musApi.generated';

type DraftPath = paths['/api/hr/concept-drafts/{conceptKey}'];
/** A draft, the concept it would put in force, and the concept in force now (each may be null). */
export type ConceptDraftView = Ok<DraftPath['get']>;
/** A draft with its eTag. */
export type VersionedConceptDraft = NonNullable<ConceptDraftView['draft']>;
/** HR's choices as the draft takes them (`PUT`). */
export type ConceptDraftChange = Body<DraftPath['put']>;
/** Where a draft starts: last year's concept, the template, or the concept in force. */
export type ConceptDraftStart = Body<paths['/api/hr/concept-drafts/{conceptKey}/start']['post']>['from'];
/** The agenda a conversation would get with the draft, and the optional topics either side may still add. */
export type ConceptPreview = Ok<paths['/api/hr/concept-drafts/{conceptKey}/preview']['get']>;
/** The concept published, with its eTag. */
export type PublishedConcept = Ok<paths['/api/hr/concept-drafts/{conceptKey}/publish']['post']>;

/** A leader HR can give a unit concept (the `unit` scope's id), with their unit in the directory (or null). */
export type ConceptUnit = Ok<paths['/api/hr/concept-units']['get']>[number];

/** A call on one concept key's draft (`flexible.2027.organisation.organisation`): token, key, its own arguments. */
type OnDraft<Args extends unknown[], R> = (
  accessToken: string,
  key: string,
  ...args: Args
) => Promise<MusApiResult<R>>;

export interface ConceptApiPort {
  /** HR: every leader in the directory with their unit, by unit then name. */
  conceptUnits: (accessToken: string) => Promise<MusApiResult<readonly ConceptUnit[]>>;
  /** HR: the draft for a concept key and the concept in force. */
  conceptDraft: OnDraft<[], ConceptDraftView>;
  /** HR: start the draft from last year's concept, the template or the one in force (`etag` if one exists). */
  startConceptDraft: OnDraft<[etag: string | undefined, from: ConceptDraftStart], VersionedConceptDraft>;
  /** HR: save the draft's choices on the version `etag` (none for the first); a stale one is refused (412). */
  saveConceptDraft: OnDraft<[etag: string | undefined, change: ConceptDraftChange], VersionedConceptDraft>;
  /** HR: the agenda a conversation would get with the draft. */
  previewConceptDraft: OnDraft<[], ConceptPreview>;
  /** HR: publish the draft of version `etag` as the concept in force (its next version). */
  publishConceptDraft: OnDraft<[etag: string], PublishedConcept>;
}
