import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { personId } from '../../domain';
import { ApiError } from '../http/problem';
import { ifMatch, versioned, type ApiContext } from './context';
import { change, conversationParams, input, records, versionedSchema } from './schemas';

const SUMMARY =
  'The employee hands the conversation (its open goals and signed conclusion) to their new manager: the new leader becomes its leader, the former one loses access';

/**
 * When the manager changes, the conversation stays with the leader who held it, and nobody else sees it: the
 * former leader is refused at once (`authorization/policy.ts`), the new one learns nothing. Only the employee can
 * hand it over, and only to the manager the directory names now (asked fresh): the new leader then is its
 * leader (follows up its goals, reads its signed conclusion, finds it next year in "Siden sidst"), and the
 * former leader is kept in `formerLeaders` without any access.
 */
export function handoverRoutes(app: FastifyInstance, ctx: ApiContext): void {
  const schema = {
    ...change('conversations', SUMMARY, conversationParams, versionedSchema(records.conversation)),
    body: z.object({ leaderId: input.id }),
  };
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.post('/handover/new-leader', { schema }, async (request, reply) => {
    const { conversation, access, body } = request;
    if (access.party !== 'employee') throw new ApiError('forbidden', 'Only the employee hands over');
    const former = conversation.value.leaderId;
    if (body.leaderId === former) throw new ApiError('handover_not_allowed', 'Already the leader');
    await ctx.policy.requireHandoverCandidate(conversation.value, body.leaderId);
    const next = await ctx.records.conversations.updateFrom(conversation, ifMatch(request), (c) => ({
      ...c,
      leaderId: personId(body.leaderId),
      formerLeaders: [...c.formerLeaders, { leaderId: c.leaderId, until: ctx.now().toISOString() }].slice(
        -10,
      ),
      consentedLeaderIds: c.consentedLeaderIds.filter((id) => id !== former && id !== body.leaderId),
      updatedAt: ctx.now().toISOString(),
    }));
    return versioned(reply, next);
  });
}
