import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ConversationStatus } from '../../domain';
import type { DirectoryUser } from '../authorization/directory';
import type { ApiContext } from './context';
import { peopleCovered } from './groupRules';
import { route } from './schemas';
import { joiningReads } from './hrReads';

/** The stages HR follows (issue 11), each a set of the domain's conversation states. */
export const STAGES = {
  notBooked: ['planned'],
  booked: ['booked', 'agendaAgreed', 'prepared'],
  held: ['held'],
  signed: ['concluded', 'followedUp'],
  cancelled: ['cancelled'],
} as const satisfies Record<string, readonly ConversationStatus[]>;
export type Stage = keyof typeof STAGES;
const STAGE_NAMES = Object.keys(STAGES) as Stage[];

/**
 * What is counted per round: the stages, `withPlan` (conversations with at least one development goal) and
 * `overdue` (neither signed nor cancelled, and the round's window has ended).
 */
export const COUNTED = [...(Object.keys(STAGES) as Stage[]), 'withPlan', 'overdue'] as const;
const counts = z.object(
  Object.fromEntries(COUNTED.map((name) => [name, z.number().int()])) as Record<
    (typeof COUNTED)[number],
    z.ZodNumber
  >,
);
export const overviewRow = counts.extend({
  roundId: z.string(),
  roundTitle: z.string(),
  year: z.number().int(),
  windowEnd: z.string(),
  leaderId: z.string(),
  /** The leader's name as the directory gives it (the leader's id when the directory does not know). */
  leaderName: z.string(),
  /** The leader's unit (their `department` in the directory), or null when the directory has none. */
  unit: z.string().nullable(),
  conversations: z.number().int(),
});
export type OverviewRow = z.infer<typeof overviewRow>;

type Counted = { id: string; status: ConversationStatus; groupMemberIds: readonly string[] };

const stageOf = (status: ConversationStatus): Stage =>
  STAGE_NAMES.find((s) => (STAGES[s] as readonly string[]).includes(status)) ?? 'notBooked';

/**
 * The round overview (counts only, never a person): per round its leader, how many conversations are in each
 * stage, how many have a development plan and how many are overdue. Two list reads (conversations, goals)
 * and the rounds, whatever the number of rounds; one directory question per leader (cached).
 */
export async function roundOverview(ctx: ApiContext): Promise<OverviewRow[]> {
  const { rounds, conversations, goals } = ctx.records;
  const [allRounds, convs, allGoals] = await Promise.all([rounds.all(), conversations.all(), goals.all()]);
  const planned = new Set<string>(allGoals.map((g) => g.value.conversationId));
  const today = ctx.now().toISOString().slice(0, 10);
  const byRound = new Map<string, Counted[]>();
  for (const { value: c } of convs) {
    const list = byRound.get(c.roundId);
    if (list) list.push(c);
    else byRound.set(c.roundId, [c]);
  }
  // A mid-year check-in's round ("MUS-opfølgning") follows up a conversation counted already: not a MUS round.
  const checkIns = new Set(convs.filter((c) => c.value.followUpOf).map((c) => c.value.roundId));
  const musRounds = allRounds.map((r) => r.value).filter((r) => !checkIns.has(r.id));
  const leaders = await leadersOf(ctx, musRounds);
  const covers = peopleCovered(convs.map((c) => c.value));
  return musRounds.map((round) => {
    const mine = byRound.get(round.id) ?? [];
    const row: OverviewRow = {
      roundId: round.id,
      roundTitle: round.title,
      year: round.year,
      windowEnd: round.window.end,
      leaderId: round.leaderId,
      leaderName: leaders.get(round.leaderId)?.displayName ?? round.leaderId,
      unit: leaders.get(round.leaderId)?.department ?? null,
      // People, not meetings: a group conversation counts each member it covers (groupRules.ts).
      conversations: mine.reduce((n, c) => n + covers(c), 0),
      notBooked: 0,
      booked: 0,
      held: 0,
      signed: 0,
      cancelled: 0,
      withPlan: 0,
      overdue: 0,
    };
    for (const c of mine) {
      const stage = stageOf(c.status);
      const people = covers(c);
      row[stage] += people;
      if (planned.has(c.id)) row.withPlan += people;
      if (stage !== 'signed' && stage !== 'cancelled' && round.window.end < today) row.overdue += people;
    }
    return row;
  });
}

/**
 * Each leader as the directory knows them (name, unit): the manager of one of their round's employees (cached),
 * asked once per leader. A leader who is no longer that employee's manager is left out (their id is shown).
 */
async function leadersOf(
  ctx: ApiContext,
  rounds: readonly { leaderId: string; employeeIds: readonly string[] }[],
): Promise<Map<string, DirectoryUser>> {
  const someEmployee = new Map<string, string>();
  for (const r of rounds) if (r.employeeIds[0]) someEmployee.set(r.leaderId, r.employeeIds[0]);
  const answers = await Promise.all(
    [...someEmployee].map(async ([leaderId, employeeId]) => {
      const manager = await ctx.directory.managerOf(employeeId);
      return manager?.id === leaderId ? [[leaderId, manager] as const] : [];
    }),
  );
  return new Map(answers.flat());
}

/** `GET /api/hr/overview`: the round overview, HR only (the scope checked it). */
export function hrOverviewRoutes(app: FastifyInstance, context: ApiContext): void {
  // Whole-list reads join one under way (the HR tab sends its requests at once).
  const ctx = joiningReads(context);
  app.withTypeProvider<ZodTypeProvider>().get(
    '/overview',
    {
      schema: route(
        'hr',
        'Per round and leader: not booked, booked, held, signed, with a development plan, overdue (counts only)',
        z.object({}),
        z.array(overviewRow),
      ),
    },
    () => roundOverview(ctx),
  );
}
