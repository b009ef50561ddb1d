import {
  conceptId,
  conversationId,
  createAgenda,
  personId,
  planConversation,
  roundId,
} from '../../../src/domain';
import { Collection } from '../../../src/service/records/collection';
import { RecordExistsError, StaleRecordError } from '../../../src/service/records/recordStore';
import type { RecordStore } from '../../../src/service/records/recordStore';

const note = (conversationId: string, topicId: string, text: string) => ({
  schemaVersion: 1,
  conversationId,
  topicId,
  text,
  updatedBy: 'u1',
  updatedAt: '2026-11-26T10:00:00.000Z',
});

/**
 * The record store contract: the SharePoint store on the sandbox and the memory fake answer the same way
 * (eTags, stale and duplicate refusals with the current version, index moves); the typed collection over
 * either refuses a record that does not match its kind's schema.
 */
export function recordStoreContract(
  name: string,
  setup: () => Promise<{ store: () => RecordStore; close: () => Promise<void> }>,
) {
  describe(name, () => {
    let store: RecordStore;
    let close: () => Promise<void>;
    beforeAll(async () => {
      const made = await setup();
      store = made.store();
      close = made.close;
    });
    afterAll(() => close());

    it('keeps a record in its list, finds it by its indexed field, and reads it back validated', async () => {
      const created = await store.create('note', 'c1:t1', note('c1', 't1', 'første'), {
        conversationId: 'c1',
      });
      await store.create('note', 'c1:t2', note('c1', 't2', 'anden'), { conversationId: 'c1' });
      await store.create('note', 'c2:t1', note('c2', 't1', 'andet møde'), { conversationId: 'c2' });
      expect(created.etag).toMatch(/^".+"$/);
      expect(await store.get('note', 'c1:t1')).toEqual(created);
      const found = await store.find('note', 'conversationId', 'c1');
      expect(found.map((r) => r.key).sort()).toEqual(['c1:t1', 'c1:t2']);
      expect(found.every((r) => r.index.conversationId === 'c1')).toBe(true);
      expect(await store.get('note', 'nobody')).toBeUndefined();
      expect((await store.all('note')).length).toBe(3);
    });

    it('replaces with the current eTag, and refuses a stale one with the current version, changing nothing', async () => {
      const first = await store.create('note', 'c3:t1', note('c3', 't1', 'a'), { conversationId: 'c3' });
      const second = await store.replace('note', 'c3:t1', note('c3', 't1', 'a b'), first.etag);
      expect(second.etag).not.toBe(first.etag);
      const stale = store.replace('note', 'c3:t1', note('c3', 't1', 'a c'), first.etag);
      await expect(stale).rejects.toBeInstanceOf(StaleRecordError);
      const error: unknown = await stale.catch((e: unknown) => e);
      expect(error instanceof StaleRecordError && error.current).toEqual(second);
      expect((await store.get('note', 'c3:t1'))?.value).toEqual(note('c3', 't1', 'a b'));
    });

    it('deletes a record so it is neither read nor found, and deleting it again changes nothing', async () => {
      await store.create('note', 'c9:t1', note('c9', 't1', 'slettes'), { conversationId: 'c9' });
      const kept = await store.create('note', 'c9:t2', note('c9', 't2', 'bliver'), { conversationId: 'c9' });
      await store.delete('note', 'c9:t1');
      expect(await store.get('note', 'c9:t1')).toBeUndefined();
      expect((await store.find('note', 'conversationId', 'c9')).map((r) => r.key)).toEqual(['c9:t2']);
      await store.delete('note', 'c9:t1');
      expect(await store.get('note', 'c9:t2')).toEqual(kept);
    });

    it('refuses a second record with the same key, carrying the first', async () => {
      const first = await store.create('note', 'c4:t1', note('c4', 't1', 'x'), { conversationId: 'c4' });
      const again = store.create('note', 'c4:t1', note('c4', 't1', 'y'), { conversationId: 'c4' });
      await expect(again).rejects.toBeInstanceOf(RecordExistsError);
      expect((await store.get('note', 'c4:t1'))?.etag).toBe(first.etag);
    });

    it('moves a record’s index with a replace (a conversation handed to another leader)', async () => {
      const at = new Date('2026-11-26T10:00:00.000Z');
      const planned = planConversation({
        id: conversationId('k1'),
        roundId: roundId('r1'),
        conceptId: conceptId('flexible'),
        leaderId: personId('L1'),
        employeeId: personId('E1'),
        at,
      });
      const conversation = {
        ...planned,
        agenda: createAgenda(planned.id, { topics: [] }, at),
        consentedLeaderIds: [],
      };
      const index = { conversationId: 'k1', roundId: 'r1', leaderId: 'L1', employeeId: 'E1' };
      const c = await store.create('conversation', 'k1', conversation, index);
      await store.replace('conversation', 'k1', { ...conversation, leaderId: 'L2' }, c.etag, {
        ...index,
        leaderId: 'L2',
      });
      expect((await store.find('conversation', 'leaderId', 'L2')).map((r) => r.key)).toEqual(['k1']);
      expect(await store.find('conversation', 'leaderId', 'L1')).toEqual([]);
    });

    it('refuses, through the typed collection, to write a record that does not match its kind’s schema', async () => {
      const notes = new Collection(store, 'note');
      const bad = { text: 'no shape' } as unknown as Parameters<typeof notes.create>[1];
      await expect(notes.create('bad', bad)).rejects.toThrow();
      expect(await store.get('note', 'bad')).toBeUndefined();
      await store.create(
        'note',
        'c9:raw',
        { text: 'written around the collection' },
        { conversationId: 'c9' },
      );
      await expect(notes.get('c9:raw')).rejects.toThrow(/invalid/);
    });
  });
}
