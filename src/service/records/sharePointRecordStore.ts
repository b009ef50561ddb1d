/**
 * The {@link RecordStore} on the MUS SharePoint site: one list per record kind (`MUS_LISTS`), reached app-only
 * through the adapters' {@link ListClient}. The record's key is the item's `MusId`, its value the `Payload`
 * (validated once, by the typed collection in `collection.ts`), its index fields the list's indexed key columns.
 * SharePoint's item eTag is the record's eTag, so the API's `ETag`/`If-Match` are SharePoint's own: a stale
 * write is refused by SharePoint (412) and surfaces as {@link StaleRecordError} with the current version.
 */
import { LRUCache } from 'lru-cache';
import { z } from 'zod';
import type { GraphConnection } from '../graph/client';
import {
  DuplicateRecordError,
  INDEX_COLUMNS,
  isIndexed,
  ListClient,
  listSpec,
  StaleRecordError as ListStaleError,
  type IndexedColumn,
  type ListRecord,
  type MusListKey,
  type RecordCodec,
} from '../sharepoint';
import { RecordExistsError, RecordNotFoundError, StaleRecordError } from './errors';
import type { IndexField, RecordIndex, RecordKind, RecordStore, StoredRecord } from './recordStore';
import { replaceManyOn } from './sharePointBatch';
import { RECORDS } from './kinds';

/** The record kinds' payloads are at version 1 (the `schemaVersion` inside each record says so too). */
const PAYLOAD_VERSION = 1;

type Item = ListRecord<MusListKey, unknown>;

/** The site as provisioning reported it: its id and the id of each MUS list. */
export interface MusSite {
  readonly siteId: string;
  readonly listIds: Readonly<Record<MusListKey, string>>;
}

export class UnindexedFieldError extends Error {
  override readonly name = 'UnindexedFieldError';
  constructor(kind: RecordKind, field: IndexField) {
    super(`The ${RECORDS[kind].list} list has no indexed column for ${field}`);
  }
}

/** The list's column for an index field, when the list has it. */
function columnOf(list: MusListKey, field: IndexField): string | undefined {
  const column = INDEX_COLUMNS[field];
  return column in listSpec(list).columns ? column : undefined;
}

const INDEX_FIELDS: readonly IndexField[] = ['conversationId', 'roundId', 'leaderId', 'employeeId'];

/** The key columns to write: the record's index fields that its list has a column for. */
function columnsOf(list: MusListKey, index: RecordIndex): Record<string, string> {
  const columns: Record<string, string> = {};
  for (const field of INDEX_FIELDS) {
    const column = columnOf(list, field);
    const value = index[field];
    if (column && value !== undefined) columns[column] = value;
  }
  return columns;
}

/** Whether the list can be filtered on the column (an indexed one). */
function queryable(list: MusListKey, column: string): column is IndexedColumn<MusListKey> | 'MusId' {
  return isIndexed(list, column);
}

/** The record's index from its key columns (validated as text by the list client's `fromItem`). */
function indexOf(item: Item): RecordIndex {
  const columns: Readonly<Record<string, unknown>> = item.columns;
  const index: RecordIndex = {};
  for (const field of INDEX_FIELDS) {
    const value = columns[INDEX_COLUMNS[field]];
    if (typeof value === 'string' && value.length > 0) index[field] = value;
  }
  return index;
}

function stored(item: Item): StoredRecord {
  return { key: item.musId, etag: item.eTag, value: item.payload, index: indexOf(item) };
}

/** MusId → item id pairs kept (~100 bytes each); the least recently used are looked up again. */
const MAX_KNOWN_ITEM_IDS = 50_000;

/** The SharePoint record store on a provisioned MUS site (app-only connection). */
export function createSharePointRecordStore(connection: GraphConnection, site: MusSite): RecordStore {
  const clients = new Map<RecordKind, ListClient<MusListKey, unknown>>();
  /** Item ids never change, so the MusId → item id lookup is kept (a replace then costs one request), bounded. */
  const itemIds = new LRUCache<string, string>({ max: MAX_KNOWN_ITEM_IDS });

  const client = (kind: RecordKind): ListClient<MusListKey, unknown> => {
    let c = clients.get(kind);
    if (!c) {
      const { list } = RECORDS[kind];
      // The payload is validated once, by the typed collection; the list client only checks its version.
      const codec: RecordCodec<unknown> = { schemaVersion: PAYLOAD_VERSION, schema: z.unknown() };
      c = new ListClient<MusListKey, unknown>(connection, site.siteId, site.listIds[list], list, codec);
      clients.set(kind, c);
    }
    return c;
  };
  const remember = (kind: RecordKind, item: Item): Item => {
    itemIds.set(`${kind}/${item.musId}`, item.itemId);
    return item;
  };
  const lookup = async (kind: RecordKind, key: string): Promise<Item | undefined> => {
    const known = itemIds.get(`${kind}/${key}`);
    const item = known ? await client(kind).getById(known) : await client(kind).getByMusId(key);
    return item ? remember(kind, item) : undefined;
  };

  const refusal = async (kind: RecordKind, key: string, fresh: Item | undefined): Promise<Error> => {
    // The list client has just read the current version (validated); read again only if it found none.
    const current = fresh?.musId === key ? remember(kind, fresh) : await lookup(kind, key);
    return current ? new StaleRecordError(kind, stored(current)) : new RecordNotFoundError(kind, key);
  };

  return {
    async get(kind, key) {
      const item = await lookup(kind, key);
      return item ? stored(item) : undefined;
    },
    async find(kind, field, value) {
      const column = columnOf(RECORDS[kind].list, field);
      if (!column) throw new UnindexedFieldError(kind, field);
      if (!queryable(RECORDS[kind].list, column)) throw new UnindexedFieldError(kind, field);
      const items = await client(kind).query(column, value);
      return items.map((item) => stored(remember(kind, item)));
    },
    async all(kind) {
      return (await client(kind).all()).map((item) => stored(remember(kind, item)));
    },
    async create(kind, key, value, index) {
      const list = RECORDS[kind].list;
      try {
        const item = await client(kind).create({
          musId: key,
          columns: columnsOf(list, index),
          payload: value,
        });
        return stored(remember(kind, item));
      } catch (error) {
        if (error instanceof DuplicateRecordError) {
          const current = await lookup(kind, key);
          if (current) throw new RecordExistsError(kind, stored(current));
        }
        throw error;
      }
    },
    async replace(kind, key, value, ifMatch, index) {
      const itemId = itemIds.get(`${kind}/${key}`) ?? (await lookup(kind, key))?.itemId;
      if (!itemId) throw new RecordNotFoundError(kind, key);
      const columns = index ? columnsOf(RECORDS[kind].list, index) : {};
      try {
        const item = await client(kind).update(
          { itemId, eTag: ifMatch, musId: key },
          { columns, payload: value },
        );
        return stored(item);
      } catch (error) {
        if (!(error instanceof ListStaleError)) throw error;
        const fresh: Item | undefined = error.current;
        throw await refusal(kind, key, fresh);
      }
    },
    replaceMany: (kind, writes) =>
      replaceManyOn(kind, client(kind), writes, {
        itemId: async (key) => itemIds.get(`${kind}/${key}`) ?? (await lookup(kind, key))?.itemId,
        columns: (index) => (index ? columnsOf(RECORDS[kind].list, index) : {}),
        stored: (item) => stored(remember(kind, item)),
        refusal: (key) => refusal(kind, key, undefined),
      }),
    async delete(kind, key) {
      const itemId = itemIds.get(`${kind}/${key}`) ?? (await lookup(kind, key))?.itemId;
      if (itemId) await client(kind).delete(itemId);
      itemIds.delete(`${kind}/${key}`);
    },
  };
}
