import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Caller } from '../auth/tokenValidator';
import { isPlaceholderEvent, PLACEHOLDER_EVENT } from '../calendar/chatMeeting';
import { ApiError } from '../http/problem';
import type { Versioned } from '../records/collection';
import type { ConversationRecord } from '../records/kinds';
import { ifMatch, versioned, type ApiContext } from './context';
import { conversationsOf } from './groupRules';
import { change, input, records, route, versionedSchema } from './schemas';

const one = versionedSchema(records.conversation);
/** A Teams chat thread id, e.g. `19:meeting_…@thread.v2`: never a path or a query. */
const chatParams = z.object({
  chatId: z
    .string()
    .min(1)
    .max(300)
    .regex(/^[A-Za-z0-9:@._=-]+$/, 'A Teams chat id'),
});
const linkBody = z.object({ conversationId: input.id });

/**
 * The conversation held in a Teams meeting, found by the meeting's chat id (what the side panel knows from
 * `getContext`). Only its two parties find it: it is looked for among the caller's own conversations, and the
 * policy decides as for any read, so anyone else gets the same 404 as for a chat with no conversation. A
 * meeting the app did not book is linked by its organizer, the conversation's leader.
 */
export function meetingRoutes(app: FastifyInstance, ctx: ApiContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { conversations } = ctx.records;

  /** The caller's conversations (as employee, leader or group member) held in the chat, that the policy lets them see. */
  async function ofChat(caller: Caller, chatId: string): Promise<Versioned<ConversationRecord>[]> {
    const found: Versioned<ConversationRecord>[] = [];
    for (const c of await conversationsOf(ctx, caller)) {
      if (c.value.meeting?.chatId !== chatId || c.value.status === 'cancelled') continue;
      const visible = await ctx.policy.conversationAccess(caller, c.value, 'meeting').then(
        () => true,
        () => false,
      );
      if (visible) found.push(c);
    }
    return found;
  }

  const read = route(
    'meetings',
    'The conversation held in this Teams meeting (its parties only)',
    chatParams,
    one,
  );
  api.get('/api/meetings/:chatId/conversation', { schema: read }, async (request, reply) => {
    const [found] = await ofChat(request.caller, request.params.chatId);
    if (!found) throw new ApiError('not_found', 'No conversation of yours is held in this meeting');
    return versioned(reply, found);
  });

  const link = change(
    'meetings',
    'Hold one of my employees’ conversations in this Teams meeting (the leader; If-Match of the conversation)',
    chatParams,
    one,
  );
  api.put(
    '/api/meetings/:chatId/conversation',
    { schema: { ...link, body: linkBody } },
    async (request, reply) => {
      const { caller, params, body } = request;
      const conversation = await conversations.get(body.conversationId);
      if (!conversation) throw new ApiError('not_found');
      const access = await ctx.policy.conversationAccess(caller, conversation.value, 'meeting', {
        fresh: true,
      });
      ctx.policy.requireWritable(access);
      if (access.party !== 'leader') throw new ApiError('forbidden', 'Only the leader links a meeting');
      if (conversation.value.status === 'cancelled') throw new ApiError('invalid_state');
      const held = await ofChat(caller, params.chatId);
      if (held.some((c) => c.key !== conversation.key))
        throw new ApiError('already_exists', 'Another conversation is held in this meeting');
      // A meeting not booked by the app: its event in the organizer's calendar, found from its chat, so a
      // rebook or cancel moves it as any other; without Graph's answer the chat alone links it.
      const event = conversation.value.meeting ? null : await ctx.chatMeetings?.find(caller, params.chatId);
      const next = await conversations.updateFrom(conversation, ifMatch(request), (c) => ({
        ...c,
        meeting: c.meeting
          ? { ...c.meeting, chatId: params.chatId }
          : {
              eventId: event?.eventId ?? `${PLACEHOLDER_EVENT}${params.chatId}`,
              joinUrl: event?.joinUrl ?? '',
              chatId: params.chatId,
            },
      }));
      return versioned(reply, next);
    },
  );
}

/**
 * Makes the conversation's meeting follow a status change (`ctx.booking.follow`). A meeting linked by its chat
 * alone (`chat:<chatId>`) is looked up first (its event in the caller's calendar); when the step moves or
 * cancels it and no event is found, the step is refused with a clear word (nothing changes) rather than
 * leaving a meeting in both calendars that the conversation no longer matches.
 */
export async function followMeeting(
  ctx: ApiContext,
  booking: NonNullable<ApiContext['booking']>,
  caller: Caller,
  before: ConversationRecord,
  apply: (c: ConversationRecord) => ConversationRecord,
): Promise<ConversationRecord> {
  const meeting = before.meeting;
  const after = apply(before);
  const moves =
    after.status === 'cancelled' ||
    after.slot?.start !== before.slot?.start ||
    after.slot?.end !== before.slot?.end;
  if (!meeting?.chatId || !isPlaceholderEvent(meeting.eventId) || !moves)
    return booking.follow(caller, before, after);
  const event = await ctx.chatMeetings?.find(caller, meeting.chatId);
  if (!event) throw new ApiError('linked_meeting_unknown');
  const found = { ...before, meeting: { ...meeting, ...event } };
  return booking.follow(caller, found, apply(found));
}
