import { RecordExistsError, RecordNotFoundError, StaleRecordError } from './errors';
import type { IndexField, RecordIndex, RecordKind, RecordStore, StoredRecord } from './recordStore';

/** In-memory {@link RecordStore} with the same contract as the SharePoint one (eTags, stale refusal). */
export function createMemoryRecordStore(): RecordStore {
  const data = new Map<string, StoredRecord>();
  let counter = 0;
  const id = (kind: RecordKind, key: string) => `${kind}/${key}`;
  const copy = (r: StoredRecord): StoredRecord => ({ ...r, value: structuredClone(r.value) });
  const nextEtag = () => `"mem-${++counter}"`;

  return {
    async get(kind, key) {
      const r = data.get(id(kind, key));
      return r ? copy(r) : undefined;
    },
    async find(kind: RecordKind, field: IndexField, value: string) {
      return [...data.entries()]
        .filter(([k, r]) => k.startsWith(`${kind}/`) && r.index[field] === value)
        .map(([, r]) => copy(r));
    },
    async all(kind) {
      return [...data.entries()].filter(([k]) => k.startsWith(`${kind}/`)).map(([, r]) => copy(r));
    },
    async create(kind, key, value, index: RecordIndex) {
      const existing = data.get(id(kind, key));
      if (existing) throw new RecordExistsError(kind, copy(existing));
      const r: StoredRecord = { key, etag: nextEtag(), value: structuredClone(value), index: { ...index } };
      data.set(id(kind, key), r);
      return copy(r);
    },
    async replace(kind, key, value, ifMatch, index?: RecordIndex) {
      const existing = data.get(id(kind, key));
      if (!existing) throw new RecordNotFoundError(kind, key);
      if (existing.etag !== ifMatch) throw new StaleRecordError(kind, copy(existing));
      const r: StoredRecord = {
        ...existing,
        etag: nextEtag(),
        value: structuredClone(value),
        index: index ? { ...index } : existing.index,
      };
      data.set(id(kind, key), r);
      return copy(r);
    },
    async delete(kind, key) {
      data.delete(id(kind, key));
    },
  };
}
