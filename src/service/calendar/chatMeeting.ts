/**
 * The calendar event of a Teams meeting the app did not book, found from the meeting's chat: Graph
 * `GET /chats/{chatId}` answers `onlineMeetingInfo { calendarEventId, joinWebUrl }` (delegated
 * `Chat.ReadBasic`; /work/shared research, "Chat ID"). Asked as the caller, the meeting's organizer, whose
 * calendar holds the event; a rebook then moves it and a cancel cancels it like a meeting the app booked.
 */
import { z } from 'zod';
import type { Caller } from '../auth/tokenValidator';
import { graphFailure, type GraphClientFactory } from '../graph/client';

/** A meeting's event in the organizer's calendar. */
export interface ChatMeeting {
  readonly eventId: string;
  readonly joinUrl: string;
}

/** Finds the event of a meeting chat, or null when Graph has none for the caller (or may not tell). */
export interface ChatMeetingPort {
  find(caller: Caller, chatId: string): Promise<ChatMeeting | null>;
}

const chatSchema = z.object({
  onlineMeetingInfo: z
    .object({ calendarEventId: z.string().nullish(), joinWebUrl: z.string().nullish() })
    .nullish(),
});

/** The event id a meeting linked without Graph's answer is stored with (`api/meetings.ts`). */
export const PLACEHOLDER_EVENT = 'chat:';
export const isPlaceholderEvent = (eventId: string): boolean => eventId.startsWith(PLACEHOLDER_EVENT);

export function graphChatMeetings(graph: GraphClientFactory): ChatMeetingPort {
  return {
    async find(caller, chatId) {
      try {
        const raw: unknown = await graph
          .forUser(caller.token, caller.userId)
          .client.api(`/chats/${encodeURIComponent(chatId)}`)
          .select('id,onlineMeetingInfo')
          .get();
        const info = chatSchema.parse(raw).onlineMeetingInfo;
        return info?.calendarEventId
          ? { eventId: info.calendarEventId, joinUrl: info.joinWebUrl ?? '' }
          : null;
      } catch (error) {
        // Not a member, no such chat, or no consent to read chats: the meeting stays linked by its chat only.
        const status = graphFailure(error)?.status;
        if (status === 403 || status === 404 || status === 401) return null;
        throw error;
      }
    },
  };
}
