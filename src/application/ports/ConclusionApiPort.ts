/**
 * The conclusion's part of the MUS API (`…/conclusion`, `…/sign`, `…/amend`, `…/consent`, `…/pdf`): the
 * joint conclusion form, both signatures, an amendment as a new version, the employee's filing choice and the
 * printable PDF. Shapes come from the service's OpenAPI document (`musApi.generated.ts`).
 */
import type { Body, Change, OnConversation, Ok, Read, Write } from './apiShapes';
import type { paths } from './musApi.generated';

type ConclusionPath = paths['/api/conversations/{conversationId}/conclusion'];

/** The conclusion with its eTag: every version, the signatures, and the employee's filing choice. */
export type VersionedConclusion = Ok<ConclusionPath['get']>;
/** The conclusion record. */
export type ConclusionRecord = VersionedConclusion['value'];
/** One version of the form: summaries per topic, goals, follow-up date, signatures. */
export type ConclusionVersion = ConclusionRecord['versions'][number];
/** What `PUT …/conclusion` takes: summaries per topic id, the follow-up date, and whether to copy the agreed goals. */
export type ConclusionChange = Body<ConclusionPath['put']>;
/** The language of the printed form. */
export type PdfLanguage = 'da' | 'en';

/** The conclusion calls of the MUS API port. Never reject: failures resolve with `ok: false`. */
export interface ConclusionApiPort {
  /** The conclusion (`GET …/conclusion`); refused with `not_found` before anyone has written it. */
  conclusion: Read<VersionedConclusion>;
  /** Write the form (`PUT …/conclusion`): `etag` of the version read, none for the first write. */
  writeConclusion: Write<ConclusionChange, VersionedConclusion>;
  /** Sign the current version as myself (`POST …/conclusion/sign`). */
  signConclusion: OnConversation<[etag: string], VersionedConclusion>;
  /** Start an amendment of a version both signed: a new version, to be signed again (`POST …/amend`). */
  amendConclusion: Change<string, VersionedConclusion>;
  /** The employee's choice: file to the personnel record or not (`PUT …/consent`). */
  fileConclusion: Change<boolean, VersionedConclusion>;
  /** The PDF of the version both signed (`GET …/conclusion/pdf?lang=`). */
  conclusionPdf: OnConversation<[language: PdfLanguage], Blob>;
}
