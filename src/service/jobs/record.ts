/**
 * Recording a booked meeting on its conversation record: the meeting (event id, join URL, chat id) and the
 * domain's `book` (or `rebook`) at the slot. The booking job records a chunk of 20 in one `$batch`
 * (`Collection.replaceMany`); a record changed meanwhile is read again and recorded on its own. A conversation
 * that has a meeting already is left as it is, so repeating a step records nothing twice.
 */
import type { z } from 'zod';
import { applyStatusChange } from '../api/conversationRules';
import type { Collections, Versioned } from '../records/collection';
import type { ConversationRecord, proposedSlotSchema } from '../records/kinds';
import { StaleRecordError } from '../records/recordStore';

/** One booked time: which conversation, with whom, from when to when. */
export type Slot = z.infer<typeof proposedSlotSchema>;

export interface RecordDeps {
  readonly records: Collections;
  readonly now: () => Date;
}

type Meeting = Omit<NonNullable<ConversationRecord['meeting']>, 'notified'>;

/** One conversation to record: the version read, its slot and its meeting. */
export interface MeetingToRecord {
  readonly conversation: Versioned<ConversationRecord>;
  readonly slot: Slot;
  readonly meeting: Meeting;
}

/** The conversation booked in the domain's state machine, with its meeting. */
export function bookingOf(
  c: ConversationRecord,
  slot: Slot,
  calendarEventId: string,
  at: Date,
): ConversationRecord {
  const event = c.status === 'planned' ? 'book' : 'rebook';
  return applyStatusChange(
    c,
    { event, slot: { start: slot.start, end: slot.end }, calendarEventId },
    undefined,
    at,
  );
}

/** The record with the meeting, not yet told to the employee (`notified: false`; jobs/notify.ts tells). */
const booked = (
  deps: RecordDeps,
  c: ConversationRecord,
  slot: Slot,
  meeting: Meeting,
): ConversationRecord => ({
  ...bookingOf(c, slot, meeting.eventId, deps.now()),
  meeting: { ...meeting, notified: false },
});

/** Records the meeting and the booking; false when another run recorded one first. */
export async function recordMeeting(
  deps: RecordDeps,
  read: Versioned<ConversationRecord>,
  slot: Slot,
  meeting: Meeting,
): Promise<boolean> {
  let current = read;
  for (let attempt = 0; attempt < 5; attempt += 1) {
    if (current.value.meeting !== null) return false;
    try {
      await deps.records.conversations.replace(
        current.key,
        booked(deps, current.value, slot, meeting),
        current.etag,
      );
      return true;
    } catch (error) {
      if (!(error instanceof StaleRecordError)) throw error;
      current = await deps.records.conversations.require(current.key);
    }
  }
  return false;
}

/** Records the meetings, 20 a request; answers the slots recorded now (not those another run recorded). */
export async function recordMeetings(deps: RecordDeps, items: readonly MeetingToRecord[]): Promise<Slot[]> {
  const fresh = items.filter((i) => i.conversation.value.meeting === null);
  const written = await deps.records.conversations.replaceMany(
    fresh.map((i) => ({
      key: i.conversation.key,
      value: booked(deps, i.conversation.value, i.slot, i.meeting),
      ifMatch: i.conversation.etag,
    })),
  );
  const recorded = await Promise.all(
    fresh.map(async (i) => {
      const result = written.get(i.conversation.key);
      if (!(result instanceof Error)) return [i.slot];
      if (!(result instanceof StaleRecordError)) throw result;
      const current = await deps.records.conversations.require(i.conversation.key);
      return (await recordMeeting(deps, current, i.slot, i.meeting)) ? [i.slot] : [];
    }),
  );
  return recorded.flat();
}
