/**
 * Group conversations (GRUS/TUS): a leader holds one conversation with 4-6 of their direct reports in one
 * Teams meeting, under the group concept, ending in a group plan that the leader and the group's
 * representative (the conversation's employee) sign. Booked as one meeting with every member invited, by
 * the round's booking job. Any member may ask for an individual MUS instead (`…/individual`): a conversation
 * of their own in the same round, which only they and the leader see.
 */
import { addMinutes } from 'date-fns';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { conceptId, conversationId, personId } from '../../domain';
import { ApiError } from '../http/problem';
import { ownRoundOf } from './booking';
import { conceptOf } from './concepts';
import { clientIdOf, values, versioned, type ApiContext } from './context';
import { groupProposalRoutes } from './groupProposal';
import { checkGroup, individualInsteadOf, plannedConversation } from './groupRules';
import {
  conversationParams,
  errorResponses,
  idempotencyHeader,
  input,
  problemSchema,
  records,
  route,
  secured,
  versionedSchema,
} from './schemas';

const one = versionedSchema(records.conversation);
const roundParams = z.object({ roundId: input.id });

const createGroupSchema = z.object({
  /** The client's id for the group conversation (a UUID made once), or send an `Idempotency-Key`. */
  groupId: z.uuid().optional(),
  /** The members, 4 to 6 of the leader's direct reports (checked with a clear refusal, not by the schema). */
  memberIds: z.array(input.id).max(50),
  /** The member who signs the group plan with the leader. */
  representativeId: input.id,
  /** When the meeting starts; it lasts the group concept's duration. */
  start: input.dateTime,
});

/** Leaders' group routes on their rounds: create (and book) a group conversation, and list the groups. */
export function groupRoutes(app: FastifyInstance, ctx: ApiContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { conversations } = ctx.records;
  const ownRound = (roundId: string, userId: string) => ownRoundOf(ctx, roundId, userId);

  api.post(
    '/api/rounds/:roundId/groups',
    {
      schema: {
        ...secured(['groups']),
        summary: 'A leader creates a group conversation (GRUS) of 4-6 direct reports and books its meeting',
        params: roundParams,
        headers: idempotencyHeader,
        body: createGroupSchema,
        response: {
          202: z.object({ conversation: one, jobId: z.string().nullable() }),
          ...errorResponses,
          503: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const { caller, body } = request;
      const round = await ownRound(request.params.roundId, caller.userId);
      const members = await checkGroup(ctx, caller, body.memberIds, body.representativeId);
      const now = ctx.now();
      if (Date.parse(body.start) <= now.getTime()) throw new ApiError('slot_in_past');
      if (!ctx.booking) throw new ApiError('upstream_unavailable', 'No job queue is configured');
      const concept = await conceptOf(ctx, 'group');
      const id = conversationId(clientIdOf(request, body.groupId));
      const group = await conversations.createOnce(
        id,
        plannedConversation(concept.value, now, {
          id,
          roundId: round.value.id,
          conceptId: conceptId(concept.value.id),
          leaderId: personId(caller.userId),
          employeeId: personId(body.representativeId),
          groupMemberIds: members,
        }),
      );
      if (group.value.leaderId !== caller.userId || group.value.roundId !== round.key)
        throw new ApiError('already_exists', 'Group id in use');
      const start = new Date(body.start);
      const slot = {
        conversationId: id,
        employeeId: group.value.employeeId,
        start: start.toISOString(),
        end: addMinutes(start, concept.value.durationMinutes).toISOString(),
      };
      // A repeated request books only while the group has no meeting: the job books nothing twice.
      const job = group.value.meeting ? null : await ctx.booking.start(round, caller, [slot]);
      reply.status(202);
      if (job) reply.header('location', `/api/jobs/${encodeURIComponent(job.jobId)}`);
      return { conversation: { etag: group.etag, value: group.value }, jobId: job?.jobId ?? null };
    },
  );

  const groupView = z.object({ group: one, requests: z.array(one) });
  api.get(
    '/api/rounds/:roundId/groups',
    {
      schema: route(
        'groups',
        "The round's group conversations and the individual MUS their members asked for (the leader's)",
        roundParams,
        z.array(groupView),
      ),
    },
    async (request) => {
      const round = await ownRound(request.params.roundId, request.caller.userId);
      const all = await conversations.find('roundId', round.key);
      return all
        .filter((c) => c.value.groupMemberIds.length > 0)
        .map((group) => ({
          group: { etag: group.etag, value: group.value },
          requests: values(all.filter((c) => c.value.insteadOfGroup === group.key)),
        }));
    },
  );
  groupProposalRoutes(app, ctx);
}

/** `POST …/individual`: a member asks for an individual MUS instead of the group's (under the conversation scope). */
export function groupIndividualRoutes(app: FastifyInstance, ctx: ApiContext): void {
  const schema = {
    ...route(
      'groups',
      'A member of a group conversation asks for an individual MUS instead: one of their own in the same round',
      conversationParams,
      one,
    ),
    response: { 201: one, ...errorResponses },
  };
  app.withTypeProvider<ZodTypeProvider>().post('/individual', { schema }, async (request, reply) => {
    const individual = await individualInsteadOf(ctx, request.caller, request.conversation.value);
    reply.status(201);
    return versioned(reply, individual);
  });
}
