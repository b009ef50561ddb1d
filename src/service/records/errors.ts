/**
 * Storage errors: the HTTP layer maps them to problems in one place (`src/service/http/errorHandler.ts`);
 * storage itself knows nothing of HTTP.
 */
import type { RecordKind } from './kinds';
import type { PrivateNote } from './privateNotes';
import type { RecordVersion } from './recordStore';

/** A refusal about one record, named by its kind and key. */
abstract class RecordError extends Error {
  constructor(
    readonly kind: RecordKind,
    readonly key: string,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** A change was based on an old version; `current` is the version now stored. */
export class StaleRecordError extends RecordError {
  constructor(
    kind: RecordKind,
    readonly current: RecordVersion,
    message = `The ${kind} ${current.key} has changed`,
  ) {
    super(kind, current.key, message);
  }
}

/** A record with that key exists already (a create raced another create); `current` is the winner. */
export class RecordExistsError extends StaleRecordError {
  constructor(kind: RecordKind, current: RecordVersion) {
    super(kind, current, `The ${kind} ${current.key} exists already`);
  }
}

export class RecordNotFoundError extends RecordError {
  constructor(kind: RecordKind, key: string) {
    super(kind, key, `No ${kind} ${key}`);
  }
}

/** A change of a record that exists must name the version it is based on (its eTag); none was given. */
export class VersionRequiredError extends RecordError {
  constructor(kind: RecordKind, key: string) {
    super(kind, key, `A change of the ${kind} ${key} needs the version it is based on`);
  }
}

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
