import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Caller } from '../auth/tokenValidator';
import { ApiError } from '../http/problem';
import type { Versioned } from '../records/collection';
import type { ConversationRecord } from '../records/kinds';
import { ifMatch, versioned, type ApiContext } from './context';
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

  /** The caller's conversations (as employee or leader) held in the chat, that the policy lets them see. */
  async function ofChat(caller: Caller, chatId: string): Promise<Versioned<ConversationRecord>[]> {
    const [asEmployee, asLeader] = await Promise.all([
      conversations.find('employeeId', caller.userId),
      conversations.find('leaderId', caller.userId),
    ]);
    const found: Versioned<ConversationRecord>[] = [];
    for (const c of [...asEmployee, ...asLeader]) {
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
      const next = await conversations.updateFrom(conversation, ifMatch(request), (c) => ({
        ...c,
        // A meeting not booked by the app has no event of ours: the chat is what the side panel finds it by.
        meeting: c.meeting
          ? { ...c.meeting, chatId: params.chatId }
          : { eventId: `chat:${params.chatId}`, joinUrl: '', chatId: params.chatId },
      }));
      return versioned(reply, next);
    },
  );
}
