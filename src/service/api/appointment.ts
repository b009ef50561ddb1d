/**
 * The Outlook add-in's routes on one conversation (the leader's only): the invitation it writes into the
 * appointment the leader organises, and linking that appointment, once saved, as the conversation's meeting
 * (src/service/jobs/appointment.ts).
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiError } from '../http/problem';
import type { ApiContext } from './context';
import { versioned } from './context';
import { conversationParams, records, route, versionedSchema } from './schemas';

const invitationSchema = z.object({
  /** The employee's language, which the invitation is written in. */
  language: z.enum(['da', 'en']),
  subject: z.string(),
  /** The agenda and the link that opens the conversation in Teams, as HTML for the appointment's body. */
  html: z.string(),
});

export function appointmentRoutes(app: FastifyInstance, ctx: ApiContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const booking = (party: string) => {
    if (party !== 'leader') throw new ApiError('forbidden', 'Only the leader');
    if (!ctx.booking) throw new ApiError('upstream_unavailable', 'No job queue is configured');
    return ctx.booking;
  };

  const invitation = "The invitation (subject, agenda, link to Teams) in the employee's language";
  api.get(
    '/invitation',
    { schema: route('conversations', invitation, conversationParams, invitationSchema) },
    async ({ caller, conversation, access }) => booking(access.party).invitation(caller, conversation.value),
  );

  const link =
    'Makes the Outlook appointment the add-in marked with this conversation its meeting (404 until saved)';
  const one = versionedSchema(records.conversation);
  api.post(
    '/meeting',
    { schema: route('conversations', link, conversationParams, one) },
    async (request, reply) => {
      const { caller, conversation, access } = request;
      await booking(access.party).linkAppointment(caller, conversation);
      return versioned(reply, await ctx.records.conversations.require(conversation.key));
    },
  );
}
