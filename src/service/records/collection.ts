import type { z } from 'zod';
import { ApiError } from '../http/problem';
import {
  RecordExistsError,
  RecordNotFoundError,
  StaleRecordError,
  type IndexField,
  type RecordIndex,
  type RecordKind,
  type RecordStore,
  type StoredRecord,
} from './recordStore';

/** A record value with the eTag a client must send back in `If-Match`. */
export interface Versioned<T> {
  readonly key: string;
  readonly etag: string;
  readonly value: T;
}

/**
 * A typed view of one record kind: values are validated when read, and the store's concurrency errors
 * become the API's problems (412 with the current version, 409 on a duplicate create).
 */
export class Collection<T> {
  constructor(
    private readonly store: RecordStore,
    readonly kind: RecordKind,
    private readonly schema: z.ZodType<T>,
    private readonly indexOf: (value: T) => RecordIndex,
    /** Shapes the current version for a 412 body (e.g. hides what the caller may not see). */
    private readonly present: (value: Versioned<T>) => unknown = (v) => ({ etag: v.etag, value: v.value }),
  ) {}

  private parse(record: StoredRecord): Versioned<T> {
    const parsed = this.schema.safeParse(record.value);
    if (!parsed.success)
      throw new Error(`Stored ${this.kind} ${record.key} is invalid: ${parsed.error.message}`);
    return { key: record.key, etag: record.etag, value: parsed.data };
  }

  async get(key: string): Promise<Versioned<T> | undefined> {
    const record = await this.store.get(this.kind, key);
    return record ? this.parse(record) : undefined;
  }

  async require(key: string): Promise<Versioned<T>> {
    const found = await this.get(key);
    if (!found) throw new ApiError('not_found', `No ${this.kind} ${key}`);
    return found;
  }

  async find(field: IndexField, value: string): Promise<Versioned<T>[]> {
    return (await this.store.find(this.kind, field, value)).map((r) => this.parse(r));
  }

  async all(): Promise<Versioned<T>[]> {
    return (await this.store.all(this.kind)).map((r) => this.parse(r));
  }

  async create(key: string, value: T): Promise<Versioned<T>> {
    try {
      return this.parse(await this.store.create(this.kind, key, value, this.indexOf(value)));
    } catch (error) {
      if (error instanceof RecordExistsError) {
        throw new ApiError('stale_record', `The ${this.kind} exists already`, {
          current: this.present(this.parse(error.current)),
        });
      }
      throw error;
    }
  }

  /** Replaces the record if `ifMatch` is current; a stale eTag is a 412 carrying the current version. */
  async replace(key: string, value: T, ifMatch: string): Promise<Versioned<T>> {
    try {
      return this.parse(await this.store.replace(this.kind, key, value, ifMatch, this.indexOf(value)));
    } catch (error) {
      if (error instanceof StaleRecordError) throw this.stale(this.parse(error.current));
      throw error;
    }
  }

  /**
   * {@link replace} for a record that may not exist: undefined when there is none (nothing written). A write
   * that does not depend on the current value needs no read first; the store checks `ifMatch` itself.
   */
  async replaceIfExists(key: string, value: T, ifMatch: string): Promise<Versioned<T> | undefined> {
    try {
      return await this.replace(key, value, ifMatch);
    } catch (error) {
      if (error instanceof RecordNotFoundError) return undefined;
      throw error;
    }
  }

  /** Reads, checks `ifMatch` against the current eTag, applies `change`, writes with the same eTag. */
  async update(key: string, ifMatch: string, change: (current: T) => T): Promise<Versioned<T>> {
    return this.updateFrom(await this.require(key), ifMatch, change);
  }

  /**
   * {@link update} from a version the caller has just read (saves a read): a stale `ifMatch` is a 412 at
   * once, and a change since that read is refused by the store's own eTag check (also a 412).
   */
  async updateFrom(current: Versioned<T>, ifMatch: string, change: (current: T) => T): Promise<Versioned<T>> {
    if (current.etag !== ifMatch) throw this.stale(current);
    return this.replace(current.key, change(current.value), ifMatch);
  }

  stale(current: Versioned<T>): ApiError {
    return new ApiError('stale_record', `The ${this.kind} was changed by someone else`, {
      current: this.present(current),
    });
  }
}
