import { z } from 'zod';
import { planConversation, type Conversation, type ConversationStatus } from './conversation';
import { DomainError } from './errors';
import {
  CalendarDateSchema,
  ConceptIdSchema,
  InstantSchema,
  PersonIdSchema,
  RoundIdSchema,
  instant,
  recordSchema,
  YearSchema,
  type CalendarDate,
  type ConceptId,
  type ConversationId,
  type PersonId,
  type RoundId,
} from './ids';

/**
 * A round (MUS-runde): one leader's conversations with their employees under one concept in a date window.
 * A round is open while conversations are planned and held, and closed when the leader (or HR) ends it.
 */
export const RoundSchema = recordSchema({
  id: RoundIdSchema,
  leaderId: PersonIdSchema,
  conceptId: ConceptIdSchema,
  year: YearSchema,
  title: z.string().min(1).max(200),
  window: z.object({ start: CalendarDateSchema, end: CalendarDateSchema }),
  employeeIds: z.array(PersonIdSchema),
  status: z.enum(['open', 'closed']),
  createdAt: InstantSchema,
  closedAt: InstantSchema.nullable(),
});
export type Round = z.infer<typeof RoundSchema>;

export interface CreateRoundInput {
  id: RoundId;
  leaderId: PersonId;
  conceptId: ConceptId;
  year: number;
  title: string;
  window: { start: CalendarDate; end: CalendarDate };
  employeeIds: readonly PersonId[];
  at: Date;
}

export function createRound(input: CreateRoundInput): Round {
  const { start, end } = input.window;
  if (
    !CalendarDateSchema.safeParse(start).success ||
    !CalendarDateSchema.safeParse(end).success ||
    start > end
  ) {
    throw new DomainError(
      'round.invalidWindow',
      'The window must be two dates, the first not after the second.',
      {
        start,
        end,
      },
    );
  }
  const title = input.title.trim();
  if (title === '' || title.length > 200) {
    throw new DomainError('round.invalidTitle', 'A round needs a title of 1 to 200 characters.', {
      field: 'title',
    });
  }
  let round: Round = {
    schemaVersion: 1,
    id: input.id,
    leaderId: input.leaderId,
    conceptId: input.conceptId,
    year: input.year,
    title,
    window: { start, end },
    employeeIds: [],
    status: 'open',
    createdAt: instant(input.at),
    closedAt: null,
  };
  for (const employeeId of input.employeeIds) round = addEmployee(round, employeeId);
  return round;
}

function open(round: Round): void {
  if (round.status === 'closed')
    throw new DomainError('round.closed', 'The round is closed.', { roundId: round.id });
}

export function addEmployee(round: Round, employeeId: PersonId): Round {
  open(round);
  if (round.employeeIds.includes(employeeId) || employeeId === round.leaderId) {
    throw new DomainError('round.duplicateEmployee', `${employeeId} is already in the round.`, {
      employeeId,
    });
  }
  return { ...round, employeeIds: [...round.employeeIds, employeeId] };
}

/** A planned conversation for every employee of the round; ids are minted by the caller. */
export function planRoundConversations(
  round: Round,
  newId: (employeeId: PersonId) => ConversationId,
  at: Date,
): Conversation[] {
  open(round);
  return round.employeeIds.map((employeeId) =>
    planConversation({
      id: newId(employeeId),
      roundId: round.id,
      conceptId: round.conceptId,
      leaderId: round.leaderId,
      employeeId,
      at,
    }),
  );
}

export interface RoundCoverage {
  employees: number;
  byStatus: Record<ConversationStatus, number>;
  /** Employees without any conversation in the round. */
  missing: PersonId[];
  /** Concluded or followed up: the record exists and is signed. */
  concluded: number;
  /** concluded / employees, 0..1 (0 for a round without employees). */
  share: number;
}

/** How far the round has come: what HR sees per unit (counts only, no content). */
export function roundCoverage(round: Round, conversations: readonly Conversation[]): RoundCoverage {
  const mine = conversations.filter((c) => c.roundId === round.id);
  const byStatus: Record<ConversationStatus, number> = {
    planned: 0,
    booked: 0,
    agendaAgreed: 0,
    prepared: 0,
    held: 0,
    concluded: 0,
    followedUp: 0,
    cancelled: 0,
  };
  for (const c of mine) byStatus[c.status] += 1;
  const covered = new Set(mine.map((c) => c.employeeId));
  const concluded = byStatus.concluded + byStatus.followedUp;
  const employees = round.employeeIds.length;
  return {
    employees,
    byStatus,
    missing: round.employeeIds.filter((id) => !covered.has(id)),
    concluded,
    share: employees === 0 ? 0 : concluded / employees,
  };
}
