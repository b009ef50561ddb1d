import {
  deletePrivateNotesDue,
  privateNotesAtVisit,
  requestPrivateNotesDeletion,
} from '../../../src/service/jobs/privateNotesRetention';
import { createCollections } from '../../../src/service/records/collection';
import type { ConversationRecord } from '../../../src/service/records/kinds';
import { createMemoryRecordStore } from '../../../src/service/records/memoryRecordStore';
import { memoryPrivateNotes } from '../../../src/service/records/privateNotes';
import type { RecordStore } from '../../../src/service/records/recordStore';

/**
 * Private notes of a deleted conversation go on their author's behalf at the author's next visit: every note
 * of the conversation (its own and one per topic), only the author's, audited once per author even when a
 * visit is stopped half-way and the next one finishes it.
 */
const author = (userId: string) => ({ userId, tenantId: 't', name: userId, token: `token-${userId}` });
const conversation = {
  id: 'c-1',
  employeeId: 'emp-1',
  agenda: { items: [{ topic: { id: 'trivsel' } }, { topic: { id: 'maal' } }] },
} as unknown as ConversationRecord;

async function world(store: RecordStore = createMemoryRecordStore()) {
  const records = createCollections(store);
  const privateNotes = memoryPrivateNotes();
  const written = async (who: string, key: string) => (await privateNotes.read(author(who), key))?.text;
  for (const who of ['lead-1', 'emp-1', 'emp-2'])
    for (const key of ['c-1', 'c-1.trivsel', 'c-1.maal', 'c-2'])
      await privateNotes.write(author(who), key, `${who} ${key}`, undefined);
  return { records, privateNotes, written, now: () => new Date('2031-01-01T00:00:00Z') };
}

const audited = async (w: Awaited<ReturnType<typeof world>>) =>
  (await w.records.audit.find('conversationId', 'c-1'))
    .filter((a) => a.value.action === 'retention.privateNotesDeleted')
    .map((a) => a.key)
    .sort();

describe('private notes of deleted conversations', () => {
  it('go at the author’s visit, all of the conversation’s and nothing else, audited once per author', async () => {
    const w = await world();
    await requestPrivateNotesDeletion(w.records, conversation, ['lead-1', 'emp-1', 'emp-1']);
    await requestPrivateNotesDeletion(w.records, conversation, ['lead-1']);
    expect(await w.written('emp-1', 'c-1')).toBe('emp-1 c-1');

    expect(await deletePrivateNotesDue(w, author('emp-1'))).toBe(1);
    for (const key of ['c-1', 'c-1.trivsel', 'c-1.maal'])
      expect(await w.written('emp-1', key)).toBeUndefined();
    expect(await w.written('emp-1', 'c-2')).toBe('emp-1 c-2');
    expect(await w.written('lead-1', 'c-1')).toBe('lead-1 c-1');
    expect(await w.written('emp-2', 'c-1')).toBe('emp-2 c-1');
    expect(await deletePrivateNotesDue(w, author('emp-1'))).toBe(0);
    expect(await deletePrivateNotesDue(w, author('emp-2'))).toBe(0);
    expect(await audited(w)).toEqual(['retention:private:c-1:emp-1']);
  });

  it('a visit stopped before it writes down what it did is finished by the next, audited once', async () => {
    const inner = createMemoryRecordStore();
    let stop = true;
    const stopping: RecordStore = {
      ...inner,
      replace: async (...a) => {
        if (stop && a[0] === 'privateNotesDue') throw new Error('stopped');
        return inner.replace(...a);
      },
    };
    const w = await world(stopping);
    await requestPrivateNotesDeletion(w.records, conversation, ['lead-1']);
    await expect(deletePrivateNotesDue(w, author('lead-1'))).rejects.toThrow('stopped');
    expect(await w.written('lead-1', 'c-1')).toBeUndefined();
    stop = false;
    expect(await deletePrivateNotesDue(w, author('lead-1'))).toBe(1);
    expect(await deletePrivateNotesDue(w, author('lead-1'))).toBe(0);
    expect(await audited(w)).toEqual(['retention:private:c-1:lead-1']);
  });

  it('are looked for at most every ten minutes of the service’s clock per person; a failure is logged, not thrown', async () => {
    const w = await world();
    let now = w.now().getTime();
    const warnings: string[] = [];
    const log = { warn: (_d: object, message: string) => void warnings.push(message) };
    const visit = privateNotesAtVisit({ ...w, now: () => new Date(now) });
    await visit(author('emp-1'), log);
    await requestPrivateNotesDeletion(w.records, conversation, ['emp-1']);
    await visit(author('emp-1'), log);
    expect(await w.written('emp-1', 'c-1')).toBe('emp-1 c-1');
    now += 11 * 60_000;
    await visit(author('emp-1'), log);
    expect(await w.written('emp-1', 'c-1')).toBeUndefined();

    const broken = privateNotesAtVisit({
      ...w,
      privateNotes: { ...w.privateNotes, delete: () => Promise.reject(new Error('OneDrive down')) },
    });
    await requestPrivateNotesDeletion(w.records, { ...conversation, id: 'c-2' } as ConversationRecord, [
      'emp-2',
    ]);
    await expect(broken(author('emp-2'), log)).resolves.toBeUndefined();
    expect(warnings).toEqual(['deleting private notes of deleted conversations failed']);
  });
});
