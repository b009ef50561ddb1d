import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { values, type ApiContext } from './context';
import { conversationParams, records, route, versionedSchema } from './schemas';

const sinceLast = z.object({
  /** The employee's previous conversation the caller may see (null when there is none). */
  conversationId: z.string().nullable(),
  /** When it was held or, if never held, booked. */
  at: z.string().nullable(),
  goals: z.array(versionedSchema(records.goal)),
});

/**
 * "Siden sidst": the goals of the employee's latest earlier conversation that has goals, and where they are
 * now, filled in for the next one. Only a conversation the caller may read counts: the employee's own, and for a leader one they
 * held or were given by the employee's consent (the policy decides, and audits a consented read).
 */
export function sinceLastRoutes(app: FastifyInstance, ctx: ApiContext): void {
  const schema = route(
    'goals',
    'Siden sidst: the previous conversation’s goals',
    conversationParams,
    sinceLast,
  );
  app.withTypeProvider<ZodTypeProvider>().get('/since-last', { schema }, async ({ conversation, caller }) => {
    const { conversations, goals } = ctx.records;
    const current = conversation.value;
    const earlier = (await conversations.find('employeeId', current.employeeId))
      .filter((c) => c.key !== conversation.key && c.value.status !== 'cancelled')
      .filter((c) => c.value.createdAt < current.createdAt)
      .sort((a, b) => b.value.createdAt.localeCompare(a.value.createdAt));
    for (const previous of earlier) {
      const readable = await ctx.policy.conversationAccess(caller, previous.value, 'since-last').then(
        () => true,
        () => false,
      );
      const its = readable ? await goals.find('conversationId', previous.key) : [];
      // A mid-year check-in has no goals of its own: the goals are those of the talk before it.
      if (its.length === 0) continue;
      const at = previous.value.heldAt ?? previous.value.slot?.start ?? null;
      return { conversationId: previous.key, at, goals: values(its) };
    }
    return { conversationId: null, at: null, goals: [] };
  });
}
