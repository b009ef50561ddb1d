/**
 * A time for a member's individual MUS instead of the group's (GRUS): the first time in the next four weeks,
 * from tomorrow, that the leader and the member are both free in their working hours, on the round's planning
 * grid and with its duration (Graph getSchedule for the two, one call; the domain's `freeSlotsFor`). The
 * leader books it in one click through the booking job (`POST …/booking` with the slot).
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { freeSlotsFor } from '../../domain';
import { ApiError } from '../http/problem';
import { ownRoundOf } from './booking';
import type { ApiContext } from './context';
import { people, windowOf } from './schedule';
import { input, route } from './schemas';

/** How far ahead a free time is looked for. */
const DAYS_AHEAD = 28;
const DAY_MS = 86_400_000;

const freeTime = z.object({ start: z.string(), end: z.string() });
const SUMMARY =
  'A free time for both the leader and a member who asked for an individual MUS instead of the group’s (the next four weeks), or none';

/** `GET /api/rounds/:roundId/groups/proposal?conversationId=…`: the leader's, for a request not booked yet. */
export function groupProposalRoutes(app: FastifyInstance, ctx: ApiContext): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/rounds/:roundId/groups/proposal',
    {
      schema: {
        ...route('groups', SUMMARY, z.object({ roundId: input.id }), z.object({ slot: freeTime.nullable() })),
        querystring: z.object({ conversationId: input.id }),
      },
    },
    async (request) => {
      const round = await ownRoundOf(ctx, request.params.roundId, request.caller.userId);
      const asked = await ctx.records.conversations.get(request.query.conversationId);
      if (!asked || asked.value.roundId !== round.key || !asked.value.insteadOfGroup)
        throw new ApiError('not_found');
      if (asked.value.meeting) throw new ApiError('invalid_state', 'The individual MUS is booked already');
      const planning = round.value.planning;
      if (!planning) throw new ApiError('invalid_state', 'The round has no planning settings');
      const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
      const tomorrow = ctx.now().getTime() + DAY_MS;
      const soon = {
        ...round.value,
        window: { start: day(tomorrow), end: day(tomorrow + DAYS_AHEAD * DAY_MS) },
      };
      const { leader, employees } = await people(ctx, request, soon, [asked.value.employeeId]);
      const [member] = employees;
      const free = member
        ? freeSlotsFor(
            {
              durationMinutes: planning.durationMinutes,
              bufferMinutes: planning.bufferMinutes,
              window: windowOf(soon),
              leader,
            },
            member,
            [],
          )
        : [];
      return { slot: free[0] ?? null };
    },
  );
}
