/**
 * Storage errors that are not about one record kind's versions: the HTTP layer maps them to problems
 * (`src/service/http/errorHandler.ts`); storage itself knows nothing of HTTP.
 */
import type { PrivateNote } from './privateNotes';

/** A store behind the service (Graph: OneDrive, the directory) could not answer. */
export class UpstreamError extends Error {
  override readonly name: string = 'UpstreamError';
}

/** A private note was changed elsewhere since the writer read it; `current` is the note now (null: none). */
export class PrivateNoteConflictError extends Error {
  override readonly name = 'PrivateNoteConflictError';
  constructor(readonly current: PrivateNote | null) {
    super('The private note was changed elsewhere');
  }
}
