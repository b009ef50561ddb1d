import { z } from 'zod';
import { DomainError } from './errors';
import {
  ConversationIdSchema,
  InstantSchema,
  NoteIdSchema,
  PersonIdSchema,
  TopicIdSchema,
  instant,
  type ConversationId,
  type NoteId,
  type PersonId,
  type TopicId,
} from './ids';
import { TEXT_LIMITS } from './text';

/**
 * Shared notes: one text per topic, written by either party during the conversation, merged per topic so two
 * people typing into different topics never lose a word. Private notes: an author's own notes, which no one
 * else can read (the service keeps them in the author's OneDrive app folder).
 */
export const SharedNoteSchema = z.object({
  topicId: TopicIdSchema,
  text: z.string().max(TEXT_LIMITS.note),
  updatedAt: InstantSchema,
  updatedBy: PersonIdSchema,
});
export type SharedNote = z.infer<typeof SharedNoteSchema>;

export const SharedNotesSchema = z.object({
  schemaVersion: z.literal(1),
  conversationId: ConversationIdSchema,
  topics: z.array(SharedNoteSchema),
});
export type SharedNotes = z.infer<typeof SharedNotesSchema>;

export const createSharedNotes = (conversationId: ConversationId): SharedNotes => ({
  schemaVersion: 1,
  conversationId,
  topics: [],
});

function checkLength(text: string): void {
  if (text.length > TEXT_LIMITS.note) {
    throw new DomainError('notes.tooLong', 'The note is too long.', { limit: TEXT_LIMITS.note });
  }
}

export function writeSharedNote(
  notes: SharedNotes,
  topicId: TopicId,
  text: string,
  by: PersonId,
  at: Date,
): SharedNotes {
  checkLength(text);
  const note = { topicId, text, updatedAt: instant(at), updatedBy: by };
  const exists = notes.topics.some((n) => n.topicId === topicId);
  return {
    ...notes,
    topics: exists ? notes.topics.map((n) => (n.topicId === topicId ? note : n)) : [...notes.topics, note],
  };
}

export const sharedNoteText = (notes: SharedNotes, topicId: TopicId): string =>
  notes.topics.find((n) => n.topicId === topicId)?.text ?? '';

/**
 * Three-way merge per topic: a topic changed on one side only takes that side's text; a topic changed on both
 * sides to different texts is a conflict, resolved to the later write (ties: the larger person id) and reported.
 */
export function mergeSharedNotes(
  base: SharedNotes,
  mine: SharedNotes,
  theirs: SharedNotes,
): { merged: SharedNotes; conflicts: TopicId[] } {
  const ids = [...new Set([...base.topics, ...mine.topics, ...theirs.topics].map((n) => n.topicId))];
  const get = (n: SharedNotes, id: TopicId) => n.topics.find((t) => t.topicId === id);
  const conflicts: TopicId[] = [];
  const topics = ids.flatMap((id): SharedNote[] => {
    const [b, m, t] = [get(base, id), get(mine, id), get(theirs, id)];
    if (m?.text === b?.text) return t ? [t] : m ? [m] : [];
    if (t?.text === b?.text || t?.text === m?.text) return m ? [m] : [];
    if (!m || !t) return m ? [m] : t ? [t] : [];
    conflicts.push(id);
    const later = m.updatedAt > t.updatedAt || (m.updatedAt === t.updatedAt && m.updatedBy > t.updatedBy);
    return [later ? m : t];
  });
  return { merged: { ...mine, topics }, conflicts };
}

export const PrivateNoteSchema = z.object({
  schemaVersion: z.literal(1),
  id: NoteIdSchema,
  conversationId: ConversationIdSchema,
  authorId: PersonIdSchema,
  topicId: TopicIdSchema.nullable(),
  text: z.string().max(TEXT_LIMITS.note),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
});
export type PrivateNote = z.infer<typeof PrivateNoteSchema>;

export function createPrivateNote(input: {
  id: NoteId;
  conversationId: ConversationId;
  authorId: PersonId;
  topicId?: TopicId;
  text: string;
  at: Date;
}): PrivateNote {
  checkLength(input.text);
  const at = instant(input.at);
  return {
    schemaVersion: 1,
    id: input.id,
    conversationId: input.conversationId,
    authorId: input.authorId,
    topicId: input.topicId ?? null,
    text: input.text,
    createdAt: at,
    updatedAt: at,
  };
}

/** The private note, for its author only; anyone else is refused with `notes.notAuthor`. */
export function readPrivateNote(note: PrivateNote, viewerId: PersonId): PrivateNote {
  if (note.authorId !== viewerId)
    throw new DomainError('notes.notAuthor', 'Private notes are readable by their author only.');
  return note;
}

export function editPrivateNote(note: PrivateNote, by: PersonId, text: string, at: Date): PrivateNote {
  readPrivateNote(note, by);
  checkLength(text);
  return { ...note, text, updatedAt: instant(at) };
}

/** Of any notes, only those `viewerId` wrote. */
export const privateNotesFor = (notes: readonly PrivateNote[], viewerId: PersonId): PrivateNote[] =>
  notes.filter((n) => n.authorId === viewerId);
