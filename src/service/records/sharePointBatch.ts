/**
 * `replaceMany` of the SharePoint record store (`sharePointRecordStore.ts`): the records' list items updated
 * with `If-Match` in `$batch`es of 20 (`ListClient.updateMany`), so that a job writing a record per
 * conversation (the booking job, src/service/jobs/bookingJob.ts) makes one request per 20, not one per record.
 */
import type { ListClient, ListRecord, MusListKey } from '../sharepoint';
import { RecordNotFoundError } from './errors';
import type { RecordIndex, RecordKind, RecordWrite, StoredRecord } from './recordStore';

type Item = ListRecord<MusListKey, unknown>;

/** What the store lends the batch: item ids it knows, key columns, how an item is stored, a refusal. */
export interface BatchStoreParts {
  itemId(key: string): Promise<string | undefined>;
  columns(index: RecordIndex | undefined): Record<string, string>;
  stored(item: Item): StoredRecord;
  /** The error for a stale write of `key` (stale with the current version, or not found). */
  refusal(key: string): Promise<Error>;
}

export async function replaceManyOn(
  kind: RecordKind,
  client: ListClient<MusListKey, unknown>,
  writes: readonly RecordWrite[],
  parts: BatchStoreParts,
): Promise<Map<string, StoredRecord | Error>> {
  const results = new Map<string, StoredRecord | Error>();
  const located = await Promise.all(
    writes.map(async (w) => ({ write: w, itemId: await parts.itemId(w.key) })),
  );
  const updates = located.flatMap(({ write, itemId }) => {
    if (itemId) return [{ write, itemId }];
    results.set(write.key, new RecordNotFoundError(kind, write.key));
    return [];
  });
  const outcomes = await client.updateMany(
    updates.map(({ write, itemId }) => ({
      current: { itemId, eTag: write.ifMatch, musId: write.key },
      next: { columns: parts.columns(write.index), payload: write.value },
    })),
  );
  for (const { write, itemId } of updates) {
    const outcome = outcomes.get(itemId);
    if (outcome?.kind === 'written') results.set(write.key, parts.stored(outcome.record));
    else if (outcome?.kind === 'stale') results.set(write.key, await parts.refusal(write.key));
    else results.set(write.key, new Error(outcome?.message ?? `No answer for ${write.key}`));
  }
  return results;
}
