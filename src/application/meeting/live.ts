/**
 * The seam for a live layer (keystrokes carried between the two parties while they type). The meeting form
 * works without one: the record is saved to the service either way. A live layer implements this port and
 * is handed to the side panel by the composition root (src/entries/meeting.tsx); it must never carry what
 * only one party may see (private notes, unsubmitted preparation): the form only ever publishes shared
 * fields.
 */

/**
 * A shared field of the form: a topic's shared note; the text of a goal being written (`goalId` of the goal
 * edited, or `new-leader` / `new-employee` for a party's new goal); or the goals (changed: read them again).
 */
export type SharedField =
  | { readonly kind: 'note'; readonly topicId: string }
  | { readonly kind: 'goal'; readonly goalId: string; readonly part: 'goal' | 'activities' }
  | { readonly kind: 'goals' };

/** A change of a shared field. */
export interface SharedChange {
  readonly field: SharedField;
  /** The text as typed (absent for `goals`). */
  readonly text?: string;
  /**
   * A note saved: the record holds `text` at this eTag (the other party saves on it next, with no 412). A
   * save notice travels beside the typing and never changes the text on screen.
   */
  readonly etag?: string;
}

export interface MeetingLivePort {
  /** A shared field changed here (the text as typed, before it is saved), or a note was saved (`etag`). */
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
