import { isStale, succeeded, authorized, type Outcome } from '../mus/musCall';
import type { SavedText } from './meetingForm';
import type { MeetingPorts } from './openMeeting';

/** A shared note saved, or the other party's version that was saved meanwhile (to resolve, never dropped). */
export type NoteSave =
  | { readonly kind: 'saved'; readonly note: SavedText }
  | { readonly kind: 'conflict'; readonly theirs: SavedText };

/**
 * Save a topic's shared note based on version `etag`, typed on top of `base` (the text the user last saw
 * saved or heard live). When the record changed meanwhile (412): if it holds `base` still (only its version
 * moved, e.g. the other party saved the text heard live) or already my text, the note is saved on the current
 * version without asking; otherwise nothing is written and the answer is the other party's text, for the user
 * to decide (keep mine: save again on their eTag; take theirs).
 */
export async function saveSharedNote(
  ports: MeetingPorts,
  conversationId: string,
  topicId: string,
  note: SavedText,
  base: string = note.text,
): Promise<Outcome<NoteSave>> {
  const api = ports.meetingApi;
  const write = (etag: string | undefined) =>
    authorized(ports, api).writeNote(conversationId, topicId, etag, note.text);
  let saved = await write(note.etag);
  for (let attempt = 0; !saved.ok && isStale(saved.failure) && attempt < 2; attempt++) {
    const current = await authorized(ports, api).notes(conversationId);
    if (!current.ok) return current;
    const found = current.value.find((n) => n.value.topicId === topicId);
    const theirs: SavedText = found
      ? { text: found.value.text, etag: found.etag }
      : { text: '', etag: undefined };
    if (theirs.text === note.text) return succeeded({ kind: 'saved', note: theirs });
    if (theirs.text !== base) return succeeded({ kind: 'conflict', theirs });
    saved = await write(theirs.etag);
  }
  if (!saved.ok) return saved;
  return succeeded({ kind: 'saved', note: { text: saved.value.value.text, etag: saved.value.etag } });
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
    authorized(ports, api).writePrivateNote(conversationId, topicId, etag, note.text);
  let saved = await write(note.etag);
  if (!saved.ok && isStale(saved.failure)) {
    const current = await authorized(ports, api).privateNote(conversationId, topicId);
    if (!current.ok) return current;
    saved = await write(current.value?.etag);
  }
  return saved.ok ? succeeded({ text: saved.value.text, etag: saved.value.etag }) : saved;
}
