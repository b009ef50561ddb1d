import { isStale, succeeded, withToken, type Outcome } from '../mus/musCall';
import type { SavedText } from './meetingForm';
import type { MeetingPorts } from './openMeeting';

/** A shared note saved, or the other party's version that was saved meanwhile (to resolve, never dropped). */
export type NoteSave =
  | { readonly kind: 'saved'; readonly note: SavedText }
  | { readonly kind: 'conflict'; readonly theirs: SavedText };

/**
 * Save a topic's shared note based on version `etag`. When the other party saved the topic meanwhile (412),
 * nothing is written: the answer is their current text, and the user decides (keep mine: save again on their
 * eTag; take theirs).
 */
export async function saveSharedNote(
  ports: MeetingPorts,
  conversationId: string,
  topicId: string,
  note: SavedText,
): Promise<Outcome<NoteSave>> {
  const api = ports.meetingApi;
  const saved = await withToken(ports, (t) =>
    api.writeNote(t, conversationId, topicId, note.etag, note.text),
  );
  if (saved.ok)
    return succeeded({ kind: 'saved', note: { text: saved.value.value.text, etag: saved.value.etag } });
  if (!isStale(saved.failure)) return saved;
  const current = await withToken(ports, (t) => api.notes(t, conversationId));
  if (!current.ok) return current;
  const theirs = current.value.find((n) => n.value.topicId === topicId);
  return succeeded({
    kind: 'conflict',
    theirs: theirs ? { text: theirs.value.text, etag: theirs.etag } : { text: '', etag: undefined },
  });
}

/**
 * Save my private note of a topic. Only I write it, so a 412 (my own second window) is answered by writing
 * what is on screen over the current version.
 */
export async function savePrivateNote(
  ports: MeetingPorts,
  conversationId: string,
  topicId: string,
  note: SavedText,
): Promise<Outcome<SavedText>> {
  const api = ports.meetingApi;
  const write = (etag: string | undefined) =>
    withToken(ports, (t) => api.writePrivateNote(t, conversationId, topicId, etag, note.text));
  let saved = await write(note.etag);
  if (!saved.ok && isStale(saved.failure)) {
    const current = await withToken(ports, (t) => api.privateNote(t, conversationId, topicId));
    if (!current.ok) return current;
    saved = await write(current.value?.etag);
  }
  return saved.ok ? succeeded({ text: saved.value.text, etag: saved.value.etag }) : saved;
}
