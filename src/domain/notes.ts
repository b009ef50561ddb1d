import { z } from 'zod';
import { DomainError } from './errors';
import {
  ConversationIdSchema,
  InstantSchema,
  PersonIdSchema,
  TopicIdSchema,
  instant,
  recordSchema,
  type ConversationId,
  type PersonId,
  type TopicId,
} from './ids';
import { TEXT_LIMITS } from './text';

/**
 * A shared note: the text both parties write about one agenda topic during the conversation. Each topic's note
 * is its own record, so two people typing into different topics never touch the same record, and a stale write
 * to the same topic is refused with the current text to merge with (optimistic concurrency in the store).
 * Private notes are not a domain record: they live in their author's own OneDrive app folder, out of reach of
 * everyone else (the service's `records/privateNotes.ts`).
 */
export const SharedNoteSchema = recordSchema({
  conversationId: ConversationIdSchema,
  topicId: TopicIdSchema,
  text: z.string().max(TEXT_LIMITS.note),
  updatedAt: InstantSchema,
  updatedBy: PersonIdSchema,
});
export type SharedNote = z.infer<typeof SharedNoteSchema>;

/** The note of a topic as `by` wrote it now (the whole text: the last write wins within one eTag). */
export function writeSharedNote(input: {
  conversationId: ConversationId;
  topicId: TopicId;
  text: string;
  by: PersonId;
  at: Date;
}): SharedNote {
  if (input.text.length > TEXT_LIMITS.note) {
    throw new DomainError('notes.tooLong', 'The note is too long.', { limit: TEXT_LIMITS.note });
  }
  return {
    schemaVersion: 1,
    conversationId: input.conversationId,
    topicId: input.topicId,
    text: input.text,
    updatedAt: instant(input.at),
    updatedBy: input.by,
  };
}
