import type { PreparationView, VersionedConversation } from '../ports/MusApiPort';
import type { PrivateNote, VersionedGoal, VersionedNote } from '../ports/MeetingApiPort';
import type { LocalizedText } from '../ports/MusApiPort';
import type { GroupStanding } from '../group/groups';

/** Which side of the conversation the user is. */
export type Party = 'leader' | 'employee';

/** One agreed topic as the meeting shows it: texts in both languages and the minutes planned for it. */
export interface MeetingTopic {
  readonly id: string;
  readonly title: LocalizedText;
  readonly purpose: LocalizedText;
  readonly questions: readonly LocalizedText[];
  /** The goals topic (Udviklingsmål og udviklingsaktiviteter): the goals table belongs to it. */
  readonly isGoals: boolean;
  readonly plannedMinutes: number;
  /** My preparation for the topic ('' when none). */
  readonly myPreparation: string;
  /** The other side's preparation, once the rules show it (null until then). */
  readonly theirPreparation: string | null;
}

/** A text field saved to the service: its text and the eTag of the version it is based on. */
export interface SavedText {
  readonly text: string;
  readonly etag: string | undefined;
}

/** Everything the side panel shows of one conversation, as loaded. */
export interface MeetingSnapshot {
  readonly conversation: VersionedConversation;
  readonly party: Party;
  /**
   * How I stand in a group conversation (GRUS), none in a conversation of two: a `member` (not the
   * representative) reads the goals and writes notes only, and has no preparation of their own.
   */
  readonly groupStanding?: GroupStanding;
  readonly topics: readonly MeetingTopic[];
  /** Shared notes by topic id. */
  readonly notes: Readonly<Record<string, SavedText>>;
  /** My private notes by topic id. */
  readonly privateNotes: Readonly<Record<string, SavedText>>;
  readonly goals: readonly VersionedGoal[];
}

const DEFAULT_MINUTES = 60;

/** The meeting's length in minutes: its booked slot, else an hour. Pure. */
export function meetingMinutes(conversation: VersionedConversation['value']): number {
  const slot = conversation.slot;
  if (!slot) return DEFAULT_MINUTES;
  const minutes = Math.round((Date.parse(slot.end) - Date.parse(slot.start)) / 60_000);
  return Number.isFinite(minutes) && minutes > 0 ? minutes : DEFAULT_MINUTES;
}

/**
 * The agreed topics in conversation order, each with an even share of the meeting's minutes (at least 1)
 * and both sides' preparation as far as the service shows it. Pure.
 */
export function meetingTopics(
  conversation: VersionedConversation['value'],
  preparation: PreparationView | undefined,
): MeetingTopic[] {
  const accepted = conversation.agenda.items.filter((i) => i.status === 'accepted').map((i) => i.topic);
  const share = Math.max(1, Math.floor(meetingMinutes(conversation) / Math.max(1, accepted.length)));
  const mine = new Map((preparation?.mine?.value.answers ?? []).map((a) => [a.topicId, a.text]));
  const theirs = preparation?.other.answers ?? null;
  return accepted.map((topic) => ({
    id: topic.id,
    title: topic.title,
    purpose: topic.purpose,
    questions: topic.questions,
    isGoals: topic.role === 'goals',
    plannedMinutes: share,
    myPreparation: mine.get(topic.id) ?? '',
    theirPreparation: theirs ? (theirs[topic.id] ?? '') : null,
  }));
}

/** Shared notes by topic id. Pure. */
export const notesByTopic = (notes: readonly VersionedNote[]): Record<string, SavedText> =>
  Object.fromEntries(notes.map((n) => [n.value.topicId, { text: n.value.text, etag: n.etag }]));

/** A private note as a saved text ('' and no eTag before the first write). Pure. */
export const savedPrivate = (note: PrivateNote): SavedText =>
  note ? { text: note.text, etag: note.etag } : { text: '', etag: undefined };

/** Whether a topic has run past its planned minutes. Pure. */
export const runsLong = (topic: Pick<MeetingTopic, 'plannedMinutes'>, elapsedMs: number): boolean =>
  elapsedMs > topic.plannedMinutes * 60_000;
