/**
 * The seam for a live layer (keystrokes carried between the two parties while they type). The meeting form
 * works without one: the record is saved to the service either way. A live layer implements this port and
 * is handed to the side panel by the composition root (src/entries/meeting.tsx); it must never carry what
 * only one party may see (private notes, unsubmitted preparation): the form only ever publishes shared
 * fields.
 */

/** A shared field of the form: a topic's shared note, or the goals (changed: read them again). */
export type SharedField = { readonly kind: 'note'; readonly topicId: string } | { readonly kind: 'goals' };

/** A change of a shared field by the other party. */
export interface SharedChange {
  readonly field: SharedField;
  /** The note's text as the other party has it now (absent for `goals`). */
  readonly text?: string;
}

export interface MeetingLivePort {
  /** A shared field changed here (the text as typed, before it is saved). */
  publish(change: SharedChange): void;
  /** Follow the other party's changes. Returns a function that stops following. */
  subscribe(handler: (change: SharedChange) => void): () => void;
  /** Shared notes typed here and not yet shared (topic id → text): a reload, a closed panel, time offline. */
  drafted(): Readonly<Record<string, string>>;
  /** Leave the live layer (the form closes). */
  close(): void;
}

/** The live layer of one conversation, opened when its form opens (src/application/live/meetingLive.ts). */
export type MeetingLiveFactory = (conversationId: string) => Promise<MeetingLivePort>;
