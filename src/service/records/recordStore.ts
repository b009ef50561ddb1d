/**
 * The record keeping port. Records are JSON values with an opaque eTag; every change names the eTag it
 * was based on, and a stale one is refused with the current version (optimistic concurrency, the same
 * contract as SharePoint's `If-Match`). The SharePoint implementation lives in `sharePointRecordStore.ts`;
 * `memoryRecordStore.ts` is the fake with the same contract, for fast tests.
 */

import type { RecordKind } from './kinds';

export type { RecordKind } from './kinds';
export { RecordExistsError, RecordNotFoundError, StaleRecordError, VersionRequiredError } from './errors';

/** Indexed fields a record can be found by (indexed columns in SharePoint). */
export interface RecordIndex {
  conversationId?: string;
  roundId?: string;
  leaderId?: string;
  employeeId?: string;
}
export type IndexField = keyof RecordIndex;

/** One version of a record: its key, its eTag and its value. */
export interface RecordVersion {
  readonly key: string;
  readonly etag: string;
  readonly value: unknown;
}

export interface StoredRecord extends RecordVersion {
  readonly index: RecordIndex;
}

export interface ReadOptions {
  /** A copy this instance holds may answer (up to its age), instead of the store itself. */
  readonly cached?: boolean;
}

/** One replace of {@link RecordStore.replaceMany}. */
export interface RecordWrite {
  readonly key: string;
  readonly value: unknown;
  readonly ifMatch: string;
  readonly index?: RecordIndex;
}

export interface RecordStore {
  /**
   * The record, or undefined when there is none. With `cached`, a store that keeps copies
   * (`cachedRecordStore.ts`) may answer one up to its age.
   */
  get(kind: RecordKind, key: string, options?: ReadOptions): Promise<StoredRecord | undefined>;
  /** Every record of a kind whose indexed field equals the value (all pages). */
  find(kind: RecordKind, field: IndexField, value: string): Promise<StoredRecord[]>;
  /** Every record of a kind (all pages). For HR overviews; use `find` where a filter exists. */
  all(kind: RecordKind): Promise<StoredRecord[]>;
  /** Creates a record; throws {@link RecordExistsError} if the key is taken. */
  create(kind: RecordKind, key: string, value: unknown, index: RecordIndex): Promise<StoredRecord>;
  /**
   * Replaces a record if `ifMatch` is its current eTag; throws {@link StaleRecordError} otherwise. `index`,
   * when given, replaces the record's index fields too (e.g. a conversation handed to another leader).
   */
  replace(
    kind: RecordKind,
    key: string,
    value: unknown,
    ifMatch: string,
    index?: RecordIndex,
  ): Promise<StoredRecord>;
  /** Deletes a record (retention, `jobs/retention.ts`); nothing happens when there is none. */
  delete(kind: RecordKind, key: string): Promise<void>;
  /**
   * {@link replace} of several records of one kind, in as few requests as the store can (SharePoint: `$batch`es
   * of 20). Per key the stored version, or the error `replace` would have thrown. A store without it is
   * written one `replace` at a time (`Collection.replaceMany`).
   */
  replaceMany?(kind: RecordKind, writes: readonly RecordWrite[]): Promise<Map<string, StoredRecord | Error>>;
}
