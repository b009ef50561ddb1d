/**
 * This instance's copy of recently read records, in front of the record store, so that the conversation a
 * request is about (read by every `/api/conversations/:id/…` route) costs no SharePoint call while this
 * instance holds its current eTag. SharePoint stays the one record: instances share nothing, and nothing here
 * is needed to be correct.
 * - A write through this instance replaces its copy at once (read your own writes); a write refused as stale
 *   or a record not found drops it.
 * - A write through another instance reaches this one's copy after at most `maxAgeMs`, so a check may be that
 *   much behind; a change is never lost, because every change names its eTag, SharePoint refuses a stale one,
 *   and no change is based on a copy (the routes that change a conversation read it from the store).
 * - Only a read that asks for it (`get(…, { cached: true })`) is answered from a copy: the conversation scope
 *   asks so for the routes under a conversation (`api/scopes.ts`); reading the conversation itself, changing
 *   it, and every other read ask the store. Queries (`find`, `all`) always ask the store, and refresh the
 *   copies of what they return.
 * Why and how long: the service README ("SharePoint's budget").
 */
import { LRUCache } from 'lru-cache';
import { ConfigError } from '../config';
import type { RecordKind, RecordStore, StoredRecord } from './recordStore';

export interface RecordCacheSettings {
  /** How long a copy is used without asking the store (0: no cache). */
  readonly maxAgeMs: number;
  /** Kinds kept (default: conversations, the record every conversation route reads). */
  readonly kinds?: readonly RecordKind[];
  /** Copies kept at most (default 10,000, a few MB), the least recently used dropped first. */
  readonly maxEntries?: number;
}

export function cachedRecordStore(store: RecordStore, settings: RecordCacheSettings): RecordStore {
  if (settings.maxAgeMs <= 0) return store;
  const kinds = new Set<RecordKind>(settings.kinds ?? ['conversation']);
  const copies = new LRUCache<string, StoredRecord>({
    max: settings.maxEntries ?? 10_000,
    ttl: settings.maxAgeMs,
  });
  const id = (kind: RecordKind, key: string) => `${kind}/${key}`;
  const keep = (kind: RecordKind, record: StoredRecord): StoredRecord => {
    if (kinds.has(kind)) copies.set(id(kind, record.key), record);
    return record;
  };
  /** Runs a write; the copy follows its result, and is dropped when the write is refused. */
  const writing = async (kind: RecordKind, key: string, write: () => Promise<StoredRecord>) => {
    try {
      return keep(kind, await write());
    } catch (error) {
      copies.delete(id(kind, key));
      throw error;
    }
  };

  return {
    async get(kind, key, options) {
      const copy = options?.cached && kinds.has(kind) ? copies.get(id(kind, key)) : undefined;
      if (copy) return copy;
      const record = await store.get(kind, key);
      if (record) keep(kind, record);
      else copies.delete(id(kind, key));
      return record;
    },
    async find(kind, field, value) {
      return (await store.find(kind, field, value)).map((r) => keep(kind, r));
    },
    async all(kind) {
      return (await store.all(kind)).map((r) => keep(kind, r));
    },
    create: (kind, key, value, index) => writing(kind, key, () => store.create(kind, key, value, index)),
    replace: (kind, key, value, ifMatch, index) =>
      writing(kind, key, () => store.replace(kind, key, value, ifMatch, index)),
    ...(store.replaceMany && {
      async replaceMany(kind, writes) {
        const results = (await store.replaceMany?.(kind, writes)) ?? new Map<string, StoredRecord | Error>();
        for (const [key, result] of results)
          if (result instanceof Error) copies.delete(id(kind, key));
          else keep(kind, result);
        return results;
      },
    }),
    async delete(kind, key) {
      copies.delete(id(kind, key));
      await store.delete(kind, key);
    },
  };
}

/** `MUS_RECORD_CACHE_SECONDS` (default 60; 0 turns the copies off) in ms. */
export function recordCacheMs(env: Readonly<Record<string, string | undefined>> = process.env): number {
  const raw = env.MUS_RECORD_CACHE_SECONDS;
  const seconds = raw === undefined || raw === '' ? 60 : Number(raw);
  if (!Number.isFinite(seconds) || seconds < 0 || seconds > 3_600)
    throw new ConfigError(`MUS_RECORD_CACHE_SECONDS must be 0 to 3600 seconds, not '${raw ?? ''}'`);
  return seconds * 1000;
}
