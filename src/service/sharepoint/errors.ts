/** Typed failures of the SharePoint record store. */

/** An update or delete carried an eTag that is no longer current (Graph said 412); `current` is what is there now. */
export class StaleRecordError<R> extends Error {
  override readonly name = 'StaleRecordError';
  constructor(
    readonly itemId: string,
    readonly current: R | undefined,
  ) {
    super(`List item ${itemId} was changed by someone else (stale eTag)`);
  }
}

/** A filter on a column that is not indexed: SharePoint refuses it (and fails it past 5,000 items). */
export class NonIndexedQueryError extends Error {
  override readonly name = 'NonIndexedQueryError';
  constructor(
    readonly list: string,
    readonly column: string,
  ) {
    super(`Column ${column} of ${list} is not indexed, so it cannot be filtered on`);
  }
}

/** What SharePoint holds does not match the schema or the record's zod schema. */
export class RecordValidationError extends Error {
  override readonly name = 'RecordValidationError';
  constructor(
    readonly list: string,
    readonly itemId: string,
    detail: string,
  ) {
    super(`Item ${itemId} of ${list} is not a valid record: ${detail}`);
  }
}

/** A record with this MusId exists already (the unique column refused a second one). */
export class DuplicateRecordError<R> extends Error {
  override readonly name = 'DuplicateRecordError';
  constructor(
    readonly musId: string,
    readonly current: R | undefined,
  ) {
    super(`A record with MusId ${musId} exists already`);
  }
}
