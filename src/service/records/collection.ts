import { RECORDS, type RecordKind, type RecordOf } from './kinds';
import {
  RecordExistsError,
  RecordNotFoundError,
  StaleRecordError,
  VersionRequiredError,
  type IndexField,
  type ReadOptions,
  type RecordIndex,
  type RecordStore,
  type RecordVersion,
} from './recordStore';

/** A record value with the eTag a client must send back in `If-Match`. */
export interface Versioned<T> {
  readonly key: string;
  readonly etag: string;
  readonly value: T;
}

/**
 * A typed view of one record kind (its row of `RECORDS`): the storage edge. Values are validated with the
 * kind's schema once when read and before they are written. Concurrency refusals stay storage errors
 * ({@link StaleRecordError}, {@link RecordExistsError}, {@link RecordNotFoundError}) whose `current` is the
 * validated version; the HTTP layer maps them to problems in one place (`http/errorHandler.ts`).
 */
export class Collection<K extends RecordKind> {
  private readonly spec: (typeof RECORDS)[K];

  constructor(
    private readonly store: RecordStore,
    readonly kind: K,
  ) {
    this.spec = RECORDS[kind];
  }

  private parse(record: RecordVersion): Versioned<RecordOf<K>> {
    const parsed = this.spec.schema.safeParse(record.value);
    if (!parsed.success)
      throw new Error(`Stored ${this.kind} ${record.key} is invalid: ${parsed.error.message}`);
    return { key: record.key, etag: record.etag, value: parsed.data as RecordOf<K> };
  }

  /** The error's current version, validated (a storage error always carries what is stored now). */
  private refusal(error: unknown): unknown {
    if (error instanceof RecordExistsError)
      return new RecordExistsError(this.kind, this.parse(error.current));
    if (error instanceof StaleRecordError) return new StaleRecordError(this.kind, this.parse(error.current));
    return error;
  }

  /** The stored answer to a write of `valid`: its key and eTag, with the value that was validated and sent. */
  private written(record: RecordVersion, valid: RecordOf<K>): Versioned<RecordOf<K>> {
    return { key: record.key, etag: record.etag, value: valid };
  }

  private valid(value: RecordOf<K>): RecordOf<K> {
    return this.spec.schema.parse(value) as RecordOf<K>;
  }

  private index(value: RecordOf<K>): RecordIndex {
    // Each row's index function takes that row's record; TypeScript cannot follow K through the table.
    return (this.spec.index as (v: RecordOf<K>) => RecordIndex)(value);
  }

  async get(key: string, options?: ReadOptions): Promise<Versioned<RecordOf<K>> | undefined> {
    const record = await this.store.get(this.kind, key, options);
    return record ? this.parse(record) : undefined;
  }

  async require(key: string, options?: ReadOptions): Promise<Versioned<RecordOf<K>>> {
    const found = await this.get(key, options);
    if (!found) throw new RecordNotFoundError(this.kind, key);
    return found;
  }

  async find(field: IndexField, value: string): Promise<Versioned<RecordOf<K>>[]> {
    return (await this.store.find(this.kind, field, value)).map((r) => this.parse(r));
  }

  async all(): Promise<Versioned<RecordOf<K>>[]> {
    return (await this.store.all(this.kind)).map((r) => this.parse(r));
  }

  /** Deletes the record (nothing when there is none). */
  async delete(key: string): Promise<void> {
    await this.store.delete(this.kind, key);
  }

  async create(key: string, value: RecordOf<K>): Promise<Versioned<RecordOf<K>>> {
    const valid = this.valid(value);
    try {
      return this.written(await this.store.create(this.kind, key, valid, this.index(valid)), valid);
    } catch (error) {
      throw this.refusal(error);
    }
  }

  /** Creates the record, or answers the one an earlier or concurrent create made under the same key. */
  async createOnce(key: string, value: RecordOf<K>): Promise<Versioned<RecordOf<K>>> {
    try {
      return await this.create(key, value);
    } catch (error) {
      if (error instanceof RecordExistsError) return this.parse(error.current);
      throw error;
    }
  }

  /**
   * Replaces the record if `ifMatch` is current; a stale eTag is a {@link StaleRecordError}. The wildcard `*`
   * names no version, so it is refused like a stale one: a change must know what it changes.
   */
  async replace(key: string, value: RecordOf<K>, ifMatch: string): Promise<Versioned<RecordOf<K>>> {
    if (ifMatch.trim() === '*') throw new StaleRecordError(this.kind, await this.require(key));
    const valid = this.valid(value);
    try {
      return this.written(await this.store.replace(this.kind, key, valid, ifMatch, this.index(valid)), valid);
    } catch (error) {
      throw this.refusal(error);
    }
  }

  /**
   * {@link replace} of several records at once (in `$batch`es where the store can): per key the version
   * written, or the refusal `replace` would have thrown ({@link StaleRecordError} with the current version).
   */
  async replaceMany(
    writes: readonly { key: string; value: RecordOf<K>; ifMatch: string }[],
  ): Promise<Map<string, Versioned<RecordOf<K>> | Error>> {
    const valid = writes.map((w) => ({ ...w, value: this.valid(w.value) }));
    const stored = this.store.replaceMany
      ? await this.store.replaceMany(
          this.kind,
          valid.map((w) => ({ ...w, index: this.index(w.value) })),
        )
      : new Map(
          await Promise.all(
            valid.map(async (w) => {
              const written = this.store
                .replace(this.kind, w.key, w.value, w.ifMatch, this.index(w.value))
                .catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
              return [w.key, await written] as const;
            }),
          ),
        );
    return new Map(
      valid.map((w) => {
        const result = stored.get(w.key) ?? new Error(`No answer for ${w.key}`);
        const refused = this.refusal(result);
        return [w.key, result instanceof Error ? (refused as Error) : this.written(result, w.value)];
      }),
    );
  }

  /**
   * Applies `change` to the version the caller read, if `ifMatch` names it: a stale `ifMatch` is refused at
   * once, and a change since that read is refused by the store's own eTag check. `current` is read from the
   * store itself, never an instance's copy (`cachedRecordStore.ts`).
   */
  async updateFrom(
    current: Versioned<RecordOf<K>>,
    ifMatch: string,
    change: (current: RecordOf<K>) => RecordOf<K>,
  ): Promise<Versioned<RecordOf<K>>> {
    // The domain's refusal comes first: a change that is not allowed is refused as such, stale or not.
    const next = change(current.value);
    if (current.etag !== ifMatch) throw new StaleRecordError(this.kind, current);
    return this.replace(current.key, next, ifMatch);
  }

  /** {@link updateFrom} after reading the record (404 when there is none). */
  async update(
    key: string,
    ifMatch: string,
    change: (current: RecordOf<K>) => RecordOf<K>,
  ): Promise<Versioned<RecordOf<K>>> {
    return this.updateFrom(await this.require(key), ifMatch, change);
  }

  /**
   * Writes a record that may not exist yet: the first write creates it (without `ifMatch`; a concurrent first
   * write is refused with the winner), every later write needs the current eTag.
   */
  async write(
    key: string,
    ifMatch: string | undefined,
    make: (current: RecordOf<K> | undefined) => RecordOf<K>,
  ): Promise<Versioned<RecordOf<K>>> {
    const existing = await this.get(key);
    if (!existing) return this.create(key, make(undefined));
    if (ifMatch === undefined) throw new VersionRequiredError(this.kind, key);
    return this.updateFrom(existing, ifMatch, (current) => make(current));
  }

  /**
   * {@link write} for a value that does not depend on the current one (a shared note), written straight away
   * with no read first: with an `ifMatch` the store refuses a stale eTag with the current version; without
   * one it creates, and a key already taken is refused as a write that needs the current version (428).
   */
  async writeWhole(
    key: string,
    ifMatch: string | undefined,
    value: RecordOf<K>,
  ): Promise<Versioned<RecordOf<K>>> {
    try {
      return ifMatch === undefined ? await this.create(key, value) : await this.replace(key, value, ifMatch);
    } catch (error) {
      if (ifMatch === undefined && error instanceof RecordExistsError)
        throw new VersionRequiredError(this.kind, key);
      if (error instanceof RecordNotFoundError) return this.create(key, value);
      throw error;
    }
  }
}

/** One typed collection per record kind. */
export function createCollections(store: RecordStore) {
  const of = <K extends RecordKind>(kind: K) => new Collection(store, kind);
  return {
    concepts: of('concept'),
    conceptDrafts: of('conceptDraft'),
    rounds: of('round'),
    conversations: of('conversation'),
    preparations: of('preparation'),
    notes: of('note'),
    goals: of('goal'),
    conclusions: of('conclusion'),
    musTests: of('musTest'),
    evaluations: of('evaluation'),
    audit: of('audit'),
    publishedFigures: of('publishedFigures'),
    liveDocuments: of('liveDocument'),
    reminders: of('reminder'),
    reminderSchedules: of('reminderSchedule'),
    privateNotesDue: of('privateNotesDue'),
  };
}
export type Collections = ReturnType<typeof createCollections>;
