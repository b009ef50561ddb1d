import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { allocateSlots, freeSlotsFor, personId, type SchedulingPerson } from '../../domain';
import { ApiError } from '../http/problem';
import type { Versioned } from '../records/collection';
import { proposedSlotSchema, unplacedSchema, type RecordOf } from '../records/kinds';
import { values, type ApiContext } from './context';
import { input, records, route, versionedSchema } from './schemas';

type Round = RecordOf<'round'>;
type Planning = NonNullable<Round['planning']>;

const roundParams = z.object({ roundId: input.id });
const proposalSchema = z.object({ slots: z.array(proposedSlotSchema), unplaced: z.array(unplacedSchema) });
const roundView = z.object({
  round: versionedSchema(records.round),
  conversations: z.array(versionedSchema(records.conversation)),
  /**
   * Who has handed in a preparation, by conversation id: known before the agenda is agreed (the state machine
   * counts a preparation only from then on). Whether, never what: the answers stay behind their own rules.
   */
  submitted: z.record(z.string(), z.object({ leader: z.boolean(), employee: z.boolean() })),
});
const freeTime = z.object({ start: z.string(), end: z.string() });
const optionsQuery = z.object({ conversationId: input.id });
const PROPOSE =
  'Propose a time for every conversation not yet booked (free/busy of the leader and each employee, the domain’s slot allocation), or move some; the latest proposal is what booking books';
const OPTIONS = 'The free times (leader and employee both free) a proposed conversation can move to';
const scheduleBody = z
  .object({
    /** Move conversations of the latest proposal to other free times (each `start` on the planning grid). */
    moves: z
      .array(z.object({ conversationId: input.id, start: input.dateTime }))
      .max(200)
      .optional(),
  })
  .default({});

/** The caller's own round (anyone else's is the same 404 as none). */
async function ownRound(ctx: ApiContext, request: FastifyRequest, roundId: string) {
  const round = await ctx.records.rounds.get(roundId);
  if (!round || round.value.leaderId !== request.caller.userId) throw new ApiError('not_found');
  return round;
}

function planningOf(round: Round): Planning {
  if (!round.planning) throw new ApiError('invalid_state', 'The round has no planning settings');
  return round.planning;
}

/** The window of the round as instants: from the first day's start to the end of the last day. */
export const windowOf = (round: Round) => ({
  start: new Date(`${round.window.start}T00:00:00Z`),
  end: new Date(`${round.window.end}T23:59:59Z`),
});

/**
 * Everyone's free/busy for the round (one `$batch` of getSchedule calls as the leader) as the domain's
 * scheduling people: the leader first, then the employees still to place.
 */
export async function people(
  ctx: ApiContext,
  request: FastifyRequest,
  round: Round,
  employeeIds: readonly string[],
) {
  const planning = planningOf(round);
  const reports = await ctx.directory.directReportsOf(request.caller.userId);
  const mailOf = new Map(reports.map((r) => [r.id, r.mail?.toLowerCase()]));
  // The leader's own address, as the directory knows it (the manager of any of their reports).
  const leaderMail = reports[0]
    ? (await ctx.directory.managerOf(reports[0].id))?.mail?.toLowerCase()
    : undefined;
  const addresses = [leaderMail, ...employeeIds.map((id) => mailOf.get(id))].filter((a): a is string => !!a);
  const freeBusy = await ctx.calendar.freeBusy(request.caller, addresses, windowOf(round));
  const person = (id: string, mail: string | undefined, own: boolean): SchedulingPerson => {
    const fb = mail ? freeBusy.get(mail) : undefined;
    const hours = own ? planning.workingHours : (fb?.workingHours ?? planning.workingHours);
    return { id: personId(id), busy: fb?.busy ?? [], workingHours: hours };
  };
  return {
    leader: person(request.caller.userId, leaderMail, true),
    employees: employeeIds.map((id) => person(id, mailOf.get(id), false)),
  };
}

/** The round's proposed schedule: `POST …/schedule` proposes (or moves), `…/schedule/options` lists free times. */
export function scheduleRoutes(app: FastifyInstance, ctx: ApiContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { rounds, conversations } = ctx.records;
  const request = (planning: Planning, round: Round) => ({
    durationMinutes: planning.durationMinutes,
    bufferMinutes: planning.bufferMinutes,
    window: windowOf(round),
  });

  api.get(
    '/api/rounds/:roundId',
    { schema: route('rounds', 'The round and its conversations (the leader)', roundParams, roundView) },
    async (req) => {
      const round = await ownRound(ctx, req, req.params.roundId);
      const mine = (await conversations.find('roundId', round.key)).filter(
        (c) => c.value.leaderId === round.value.leaderId,
      );
      const handedIn = async (key: string, side: 'leader' | 'employee') =>
        ((await ctx.records.preparations.get(`${key}:${side}`))?.value.submittedAt ?? null) !== null;
      const submitted = Object.fromEntries(
        await Promise.all(
          mine.map(async (c) => [
            c.key,
            { leader: await handedIn(c.key, 'leader'), employee: await handedIn(c.key, 'employee') },
          ]),
        ),
      );
      return { round: { etag: round.etag, value: round.value }, conversations: values(mine), submitted };
    },
  );

  api.post(
    '/api/rounds/:roundId/schedule',
    { schema: { ...route('rounds', PROPOSE, roundParams, proposalSchema), body: scheduleBody } },
    async (req) => {
      const round = await ownRound(ctx, req, req.params.roundId);
      const planning = planningOf(round.value);
      const moves = req.body.moves ?? [];
      const proposal =
        moves.length > 0 ? await moved(round, moves, req) : await proposed(round, planning, req);
      const saved = await rounds.updateFrom(round, round.etag, (r) => ({
        ...r,
        proposal: { ...proposal, at: ctx.now().toISOString() },
      }));
      return { slots: saved.value.proposal?.slots ?? [], unplaced: saved.value.proposal?.unplaced ?? [] };
    },
  );

  api.get(
    '/api/rounds/:roundId/schedule/options',
    { schema: { ...route('rounds', OPTIONS, roundParams, z.array(freeTime)), querystring: optionsQuery } },
    async (req) => {
      const round = await ownRound(ctx, req, req.params.roundId);
      const planning = planningOf(round.value);
      const employeeId = employeeOf(round.value, req.query.conversationId);
      const { leader, employees } = await people(ctx, req, round.value, [employeeId]);
      const [employee] = employees;
      if (!employee) throw new ApiError('not_found');
      const taken = otherSlots(round.value, req.query.conversationId);
      return freeSlotsFor({ ...request(planning, round.value), leader }, employee, taken);
    },
  );

  /** A new proposal for every conversation of the round that is still planned. */
  async function proposed(round: Versioned<Round>, planning: Planning, req: FastifyRequest) {
    const open = (await conversations.find('roundId', round.key))
      .map((c) => c.value)
      .filter((c) => c.leaderId === round.value.leaderId && c.status === 'planned' && c.meeting === null);
    const { leader, employees } = await people(
      ctx,
      req,
      round.value,
      open.map((c) => c.employeeId),
    );
    const result = allocateSlots({
      ...request(planning, round.value),
      leader,
      employees,
      maxPerDay: planning.maxPerDay,
    });
    const byEmployee = new Map(open.map((c) => [c.employeeId as string, c.id]));
    return {
      slots: result.placements.flatMap((p) => {
        const conversationId = byEmployee.get(p.employeeId);
        return conversationId
          ? [{ conversationId, employeeId: p.employeeId, start: p.start, end: p.end }]
          : [];
      }),
      unplaced: result.unplaced,
    };
  }

  /** The latest proposal with some conversations moved, each to a time free for both (else 409). */
  async function moved(
    round: Versioned<Round>,
    moves: { conversationId: string; start: string }[],
    req: FastifyRequest,
  ) {
    const current = round.value.proposal;
    if (!current) throw new ApiError('invalid_state', 'Propose a schedule before moving conversations');
    const planning = planningOf(round.value);
    let slots = current.slots;
    for (const move of moves) {
      const employeeId = employeeOf(round.value, move.conversationId);
      const { leader, employees } = await people(ctx, req, round.value, [employeeId]);
      const employee = employees[0];
      const taken = slots.filter((s) => s.conversationId !== move.conversationId).map(interval);
      const free = employee
        ? freeSlotsFor({ ...request(planning, round.value), leader }, employee, taken)
        : [];
      const at = new Date(move.start).getTime();
      const slot = free.find((f) => new Date(f.start).getTime() === at);
      if (!slot) throw new ApiError('slot_not_free');
      const next = {
        conversationId: move.conversationId as Round['conversationIds'][string],
        employeeId,
        ...slot,
      };
      slots = [...slots.filter((s) => s.conversationId !== move.conversationId), next];
    }
    return {
      slots: slots.sort((a, b) => a.start.localeCompare(b.start)),
      unplaced: current.unplaced.filter((u) => !slots.some((s) => s.employeeId === u.employeeId)),
    };
  }
}

const interval = (s: { start: string; end: string }) => ({
  start: new Date(s.start).getTime(),
  end: new Date(s.end).getTime(),
});

/** The proposal's other conversations, which a moved one must keep clear of. */
const otherSlots = (round: Round, conversationId: string) =>
  (round.proposal?.slots ?? []).filter((s) => s.conversationId !== conversationId).map(interval);

/** The employee of one of the round's conversations (404 for a conversation of another round). */
function employeeOf(round: Round, conversationId: string): string {
  const entry = Object.entries(round.conversationIds).find(([, id]) => id === conversationId);
  if (!entry) throw new ApiError('not_found');
  return entry[0];
}
