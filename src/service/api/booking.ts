/**
 * Booking a round as a durable job: `POST /api/rounds/:roundId/booking` starts it (or answers the one under
 * way) with 202 and `Location: /api/jobs/:jobId`; `GET /api/jobs/:jobId` shows its progress. Both are the
 * round's leader's only; to anyone else a round or job is the same 404 as none.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiError } from '../http/problem';
import { bookingJobSchema, proposedSlotSchema } from '../records/kinds';
import { FAILURE_TEXTS, type FailureCode } from '../jobs/texts';
import type { ApiContext } from './context';
import { errorResponses, input, problemSchema, secured } from './schemas';

const jobSchema = z.object({
  state: bookingJobSchema.shape.state,
  done: z.number().int(),
  total: z.number().int(),
  failures: z.array(
    bookingJobSchema.shape.failures.element.extend({
      messages: z.object({ da: z.string(), en: z.string() }),
    }),
  ),
});

const jobOf = (booking: z.infer<typeof bookingJobSchema>): z.infer<typeof jobSchema> => ({
  state: booking.state,
  done: booking.done,
  total: booking.total,
  failures: booking.failures.map((f) => ({
    ...f,
    messages: FAILURE_TEXTS[f.code as FailureCode] ?? FAILURE_TEXTS.job_failed,
  })),
});

/** The caller's own round (404 for none and for another leader's). */
export async function ownRoundOf(ctx: ApiContext, roundId: string, userId: string) {
  const round = await ctx.records.rounds.get(roundId);
  if (!round || round.value.leaderId !== userId) throw new ApiError('not_found');
  return round;
}

export function bookingRoutes(app: FastifyInstance, ctx: ApiContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const ownRound = (roundId: string, userId: string) => ownRoundOf(ctx, roundId, userId);

  api.post(
    '/api/rounds/:roundId/booking',
    {
      schema: {
        ...secured(['rounds']),
        summary:
          "Books the round's proposal (or the slots sent) as Teams meetings: a job, 202 with its Location",
        params: z.object({ roundId: input.id }),
        body: z.object({ slots: z.array(proposedSlotSchema).min(1).max(200) }).nullish(),
        response: { 202: z.object({ jobId: z.string() }), ...errorResponses, 503: problemSchema },
      },
    },
    async (request, reply) => {
      const round = await ownRound(request.params.roundId, request.caller.userId);
      const slots = request.body?.slots ?? round.value.proposal?.slots ?? [];
      if (slots.length === 0) throw new ApiError('no_proposal');
      const ids = round.value.conversationIds;
      const stranger = slots.find((s) => ids[s.employeeId] !== s.conversationId);
      if (stranger)
        throw new ApiError(
          'validation_failed',
          `Conversation ${stranger.conversationId} is not this round's`,
        );
      if (new Set(slots.map((s) => s.conversationId)).size !== slots.length)
        throw new ApiError('validation_failed', 'A conversation is booked once');
      if (!ctx.booking) throw new ApiError('upstream_unavailable', 'No job queue is configured');
      const job = await ctx.booking.start(round, request.caller, slots);
      reply.status(202).header('location', `/api/jobs/${encodeURIComponent(job.jobId)}`);
      return { jobId: job.jobId };
    },
  );

  api.get(
    '/api/links',
    {
      schema: {
        ...secured(['rounds']),
        summary: 'Deep links into Teams: the round planner (the MUS personal tab)',
        response: { 200: z.object({ planner: z.string() }), ...errorResponses },
      },
    },
    async () => {
      if (!ctx.booking) throw new ApiError('upstream_unavailable', 'No job queue is configured');
      return { planner: ctx.booking.plannerLink };
    },
  );

  api.get(
    '/api/jobs/:jobId',
    {
      schema: {
        ...secured(['rounds']),
        summary: "A booking job's progress (the round's leader only)",
        params: z.object({ jobId: z.string().min(1).max(200) }),
        response: { 200: jobSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { jobId } = request.params;
      const round = await ownRound(jobId.split('.')[0] ?? '', request.caller.userId);
      const booking = round.value.booking;
      if (booking?.jobId !== jobId) throw new ApiError('not_found');
      return jobOf(booking);
    },
  );
}
