/**
 * A typed client for one MUS list: get by item id, query by an indexed column (following `@odata.nextLink`),
 * create, update with `If-Match` (a stale eTag is a {@link StaleRecordError} carrying the current record) and
 * delete. Everything read goes through the validating mappers.
 */
import { z } from 'zod';
import { sendBatch } from '../graph/batch';
import type { GraphConnection } from '../graph/client';
import { graphFailure, odataQuery } from '../graph/client';
import { paged } from '../graph/paging';
import { DuplicateRecordError, NonIndexedQueryError, StaleRecordError } from './errors';
import type { ListRecord, NewRecord, RecordCodec } from './mappers';
import { fromItem, toFields } from './mappers';
import type { IndexedColumn, KeyColumns, MusListKey } from './schema';
import { isIndexed, listSpec } from './schema';

const fieldsResponseSchema = z.looseObject({ '@odata.etag': z.string().optional() });

export interface QueryOptions {
  /** Page size asked for with `$top` (default 200; {@link WHOLE_LIST_PAGE} for {@link ListClient.all}). */
  readonly pageSize?: number;
}

/**
 * The page size of a read of a whole list: SharePoint's largest (`$top` above 5,000 still gives 5,000), so
 * HR's overview of 10,000 conversations is 2 round trips on that list, not 50 one after another.
 */
export const WHOLE_LIST_PAGE = 5000;

/** One item to update: the version it is based on, and what to write. */
export interface ItemUpdate<K extends MusListKey, P> {
  readonly current: Pick<ListRecord<K, P>, 'itemId' | 'eTag' | 'musId'>;
  readonly next: { columns: KeyColumns<K>; payload: P };
}

/** What became of one item of {@link ListClient.updateMany}: written, stale (412), or failed. */
export type UpdateOutcome<K extends MusListKey, P> =
  | { readonly kind: 'written'; readonly record: ListRecord<K, P> }
  | { readonly kind: 'stale' }
  | { readonly kind: 'failed'; readonly message: string };

export class ListClient<K extends MusListKey, P> {
  constructor(
    private readonly connection: GraphConnection,
    private readonly siteId: string,
    private readonly listId: string,
    readonly key: K,
    private readonly codec: RecordCodec<P>,
  ) {}

  private get itemsPath(): string {
    return `/sites/${encodeURIComponent(this.siteId)}/lists/${encodeURIComponent(this.listId)}/items`;
  }

  private read(raw: unknown): ListRecord<K, P> {
    return fromItem<K, P>(this.key, this.codec, raw);
  }

  /** The record in item `itemId`, or undefined if there is none. */
  async getById(itemId: string): Promise<ListRecord<K, P> | undefined> {
    try {
      const raw: unknown = await this.connection.client
        .api(`${this.itemsPath}/${encodeURIComponent(itemId)}${odataQuery({ $expand: 'fields' })}`)
        .get();
      return this.read(raw);
    } catch (error) {
      if (graphFailure(error)?.status === 404) return undefined;
      throw error;
    }
  }

  async getByMusId(musId: string): Promise<ListRecord<K, P> | undefined> {
    const [first] = await this.query('MusId', musId, { pageSize: 2 });
    return first;
  }

  /** All records whose indexed `column` equals `value`, across every page. */
  async query(
    column: IndexedColumn<K> | 'MusId',
    value: string | number,
    options: QueryOptions = {},
  ): Promise<ListRecord<K, P>[]> {
    if (!isIndexed(this.key, column)) throw new NonIndexedQueryError(listSpec(this.key).displayName, column);
    const literal = typeof value === 'number' ? String(value) : `'${value.replace(/'/g, "''")}'`;
    try {
      return await this.pages({ $filter: `fields/${column} eq ${literal}` }, options);
    } catch (error) {
      const failure = graphFailure(error);
      if (failure?.status === 400 && /index/i.test(failure.message)) {
        throw new NonIndexedQueryError(listSpec(this.key).displayName, column);
      }
      throw error;
    }
  }

  /** Every record of the list, across every page (for overviews; prefer {@link query}). */
  all(options: QueryOptions = {}): Promise<ListRecord<K, P>[]> {
    return this.pages({}, { pageSize: WHOLE_LIST_PAGE, ...options });
  }

  private pages(filter: { $filter?: string }, options: QueryOptions): Promise<ListRecord<K, P>[]> {
    const query = odataQuery({ $expand: 'fields', ...filter, $top: options.pageSize ?? 200 });
    return paged(this.connection, this.itemsPath + query, (item) => this.read(item));
  }

  /** Creates the record; a taken `MusId` (unique column) is a {@link DuplicateRecordError}. */
  async create(record: NewRecord<K, P>): Promise<ListRecord<K, P>> {
    const fields = toFields(this.codec, record);
    let raw: unknown;
    try {
      raw = await this.connection.client.api(this.itemsPath).post({ fields });
    } catch (error) {
      if (graphFailure(error)?.status === 409) {
        throw new DuplicateRecordError(record.musId, await this.getByMusId(record.musId));
      }
      throw error;
    }
    return this.read(raw);
  }

  /**
   * Writes new columns and payload if `eTag` is still current; otherwise throws {@link StaleRecordError}
   * with the record as it is now, and nothing changes.
   */
  async update(
    current: Pick<ListRecord<K, P>, 'itemId' | 'eTag' | 'musId'>,
    next: { columns: KeyColumns<K>; payload: P },
  ): Promise<ListRecord<K, P>> {
    const fields = toFields(this.codec, { musId: current.musId, ...next });
    let raw: unknown;
    try {
      raw = await this.connection.client
        .api(`${this.itemsPath}/${encodeURIComponent(current.itemId)}/fields`)
        .header('If-Match', current.eTag)
        .patch(fields);
    } catch (error) {
      if (graphFailure(error)?.status === 412) {
        throw new StaleRecordError(current.itemId, await this.getById(current.itemId));
      }
      throw error;
    }
    return this.written(current.itemId, fields, raw);
  }

  /** The record as an update's answer says it was written (read again when the answer has no eTag). */
  private async written(itemId: string, fields: object, raw: unknown): Promise<ListRecord<K, P>> {
    const written = fieldsResponseSchema.safeParse(raw).data;
    const eTag = written?.['@odata.etag'];
    if (eTag) return this.read({ id: itemId, eTag, fields: { ...fields, ...written } });
    const reread = await this.getById(itemId);
    if (!reread) throw new StaleRecordError(itemId, undefined);
    return reread;
  }

  /**
   * {@link update} of several items in `$batch`es of 20 (graph/batch.ts, inner 429s re-sent): per item id,
   * the record written, `stale` when its eTag is no longer current (nothing changed), or why it failed.
   */
  async updateMany(updates: readonly ItemUpdate<K, P>[]): Promise<Map<string, UpdateOutcome<K, P>>> {
    const items = updates.map((u) => ({
      update: u,
      fields: toFields(this.codec, { musId: u.current.musId, ...u.next }),
    }));
    const report = await sendBatch(
      this.connection,
      items.map(({ update, fields }) => ({
        key: update.current.itemId,
        method: 'PATCH' as const,
        url: `${this.itemsPath}/${encodeURIComponent(update.current.itemId)}/fields`,
        headers: { 'If-Match': update.current.eTag },
        body: fields,
      })),
    );
    const outcomes = new Map<string, UpdateOutcome<K, P>>();
    for (const { update, fields } of items) {
      const id = update.current.itemId;
      const outcome = report.outcomes.get(id);
      if (outcome?.ok)
        outcomes.set(id, { kind: 'written', record: await this.written(id, fields, outcome.body) });
      else if (outcome?.status === 412) outcomes.set(id, { kind: 'stale' });
      else
        outcomes.set(id, {
          kind: 'failed',
          message: outcome ? `${outcome.status} ${outcome.message}` : 'no answer',
        });
    }
    return outcomes;
  }

  /** Deletes the item; with an eTag, only if it is still current. */
  async delete(itemId: string, eTag?: string): Promise<void> {
    const request = this.connection.client.api(`${this.itemsPath}/${encodeURIComponent(itemId)}`);
    if (eTag) request.header('If-Match', eTag);
    try {
      await request.delete();
    } catch (error) {
      const status = graphFailure(error)?.status;
      if (status === 404) return;
      if (status === 412) throw new StaleRecordError(itemId, await this.getById(itemId));
      throw error;
    }
  }
}
