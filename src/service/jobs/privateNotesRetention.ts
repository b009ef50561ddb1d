/**
 * Retention of private notes. They live in each author's OneDrive app folder, which the service reaches only
 * on the author's behalf (`records/privateNotes.ts`), never app-only. So when retention deletes a conversation
 * (`retentionSweep.ts`), it records, per possible author, the notes to delete (`privateNotesDue`, in the MUS
 * site's `meta` list); at the author's next visit (`GET /api/me`, at most every ten minutes of the service's
 * clock per person and instance) the service deletes them with the author's token and audits each
 * conversation's once. A visit stopped half-way deletes the rest the next time: a missing file is no error.
 */
import type { Caller } from '../auth/tokenValidator';
import type { Collections } from '../records/collection';
import type { ConversationRecord, RecordOf } from '../records/kinds';
import type { PrivateNotesStore } from '../records/privateNotes';
import { retryOnConflict } from '../records/retry';
import { loggedError } from './jobLog';

type Due = RecordOf<'privateNotesDue'>;
type DueConversation = Due['conversations'][number];

const dueKey = (personId: string) => `private-notes:${personId}`;
const CHECK_EVERY_MS = 10 * 60_000;

/** Records that the conversation's private notes are to go, for each of `authorIds` (once each). */
export async function requestPrivateNotesDeletion(
  records: Collections,
  conversation: ConversationRecord,
  authorIds: readonly string[],
): Promise<void> {
  const entry: DueConversation = {
    conversationId: conversation.id,
    employeeId: conversation.employeeId,
    noteKeys: [conversation.id, ...conversation.agenda.items.map((i) => `${conversation.id}.${i.topic.id}`)],
  };
  for (const personId of new Set(authorIds)) {
    const key = dueKey(personId);
    await retryOnConflict(async () => {
      const due = await records.privateNotesDue.get(key);
      if (!due)
        return void (await records.privateNotesDue.create(key, { schemaVersion: 1, conversations: [entry] }));
      if (due.value.conversations.some((c) => c.conversationId === entry.conversationId)) return;
      const conversations = [...due.value.conversations, entry];
      await records.privateNotesDue.replace(key, { ...due.value, conversations }, due.etag);
    });
  }
}

export interface PrivateNotesSweepDeps {
  readonly records: Collections;
  readonly privateNotes: PrivateNotesStore;
  readonly now: () => Date;
}

/** Deletes the caller's private notes of deleted conversations; answers how many conversations' went. */
export async function deletePrivateNotesDue(deps: PrivateNotesSweepDeps, caller: Caller): Promise<number> {
  const { records } = deps;
  const key = dueKey(caller.userId);
  const due = await records.privateNotesDue.get(key);
  if (!due?.value.conversations.length) return 0;
  for (const c of due.value.conversations) {
    for (const noteKey of c.noteKeys) await deps.privateNotes.delete(caller, noteKey);
    await records.audit.createOnce(`retention:private:${c.conversationId}:${caller.userId}`, {
      schemaVersion: 1,
      at: deps.now().toISOString(),
      actorId: 'retention',
      action: 'retention.privateNotesDeleted',
      conversationId: c.conversationId,
      employeeId: c.employeeId,
    });
  }
  const done = new Set(due.value.conversations.map((c) => c.conversationId));
  await retryOnConflict(async () => {
    const now = await records.privateNotesDue.get(key);
    if (!now) return;
    const conversations = now.value.conversations.filter((c) => !done.has(c.conversationId));
    await records.privateNotesDue.replace(key, { ...now.value, conversations }, now.etag);
  });
  return done.size;
}

/**
 * The check made at a person's visit: at most every ten minutes of the service's clock per person on this
 * instance; a failure is logged and the visit goes on (the next check tries again).
 */
export function privateNotesAtVisit(
  deps: PrivateNotesSweepDeps,
): (caller: Caller, log: { warn(details: object, message: string): void }) => Promise<void> {
  const checked = new Map<string, number>();
  return async (caller, log) => {
    const now = deps.now().getTime();
    const last = checked.get(caller.userId);
    if (last !== undefined && Math.abs(now - last) < CHECK_EVERY_MS) return;
    checked.set(caller.userId, now);
    try {
      await deletePrivateNotesDue(deps, caller);
    } catch (error) {
      checked.delete(caller.userId);
      log.warn({ err: loggedError(error) }, 'deleting private notes of deleted conversations failed');
    }
  };
}
