import { z } from 'zod';
import { DomainError } from './errors';
import {
  CalendarDateSchema,
  ConversationIdSchema,
  GoalIdSchema,
  InstantSchema,
  PersonIdSchema,
  instant,
  recordSchema,
  type CalendarDate,
  type ConversationId,
  type GoalId,
  type Party,
  type PersonId,
} from './ids';
import { TEXT_LIMITS } from './text';

/**
 * A development goal (udviklingsmål) with its activities, deadline and who is responsible, agreed in writing by
 * both ("skriftligt og i enighed"). Each party's agreement is recorded with its time; editing what was agreed
 * clears both agreements. Progress (activities done, status, follow-ups) does not touch the agreement.
 */
export const GoalStatusSchema = z.enum(['notStarted', 'inProgress', 'achieved', 'dropped']);
export type GoalStatus = z.infer<typeof GoalStatusSchema>;

export const GoalActivitySchema = z.object({
  description: z.string().min(1).max(TEXT_LIMITS.goal),
  done: z.boolean(),
});
export type GoalActivity = z.infer<typeof GoalActivitySchema>;

export const GoalFollowUpSchema = z.object({
  at: InstantSchema,
  by: PersonIdSchema,
  note: z.string().max(TEXT_LIMITS.note),
  status: GoalStatusSchema,
});
export type GoalFollowUp = z.infer<typeof GoalFollowUpSchema>;

export const ResponsibleSchema = z.enum(['leader', 'employee', 'both']);
export type Responsible = z.infer<typeof ResponsibleSchema>;

/**
 * What a goal develops, for HR's development needs across a round (optional; the words of the seeds' flexible
 * concept): faglig udvikling, personlig udvikling, samarbejde, trivsel, talent- og karriereudvikling.
 */
const CATEGORIES = ['professional', 'personal', 'collaboration', 'wellbeing', 'career'] as const;
export const GoalCategorySchema = z.enum(CATEGORIES);
export type GoalCategory = z.infer<typeof GoalCategorySchema>;

export const DevelopmentGoalSchema = recordSchema({
  id: GoalIdSchema,
  conversationId: ConversationIdSchema,
  employeeId: PersonIdSchema,
  goal: z.string().min(1).max(TEXT_LIMITS.goal),
  activities: z.array(GoalActivitySchema),
  deadline: CalendarDateSchema,
  responsible: ResponsibleSchema,
  category: GoalCategorySchema.optional(),
  status: GoalStatusSchema,
  followUps: z.array(GoalFollowUpSchema),
  agreement: z.object({ leader: InstantSchema.nullable(), employee: InstantSchema.nullable() }),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
});
export type DevelopmentGoal = z.infer<typeof DevelopmentGoalSchema>;

export interface GoalContent {
  goal: string;
  activities: readonly string[];
  deadline: string;
  responsible: Responsible;
  /** What the goal develops; null or none: not said. */
  category?: GoalCategory | null | undefined;
}

function validContent(content: GoalContent): GoalContent & { category?: GoalCategory } {
  const goal = content.goal.trim();
  if (goal === '' || goal.length > TEXT_LIMITS.goal) {
    throw new DomainError('goal.invalid', 'A goal needs a text of 1 to 2000 characters.', { field: 'goal' });
  }
  const activities = content.activities.map((a) => a.trim());
  if (activities.some((a) => a === '' || a.length > TEXT_LIMITS.goal)) {
    throw new DomainError('goal.invalid', 'An activity needs a text of 1 to 2000 characters.', {
      field: 'activities',
    });
  }
  if (!CalendarDateSchema.safeParse(content.deadline).success) {
    throw new DomainError('goal.invalid', 'The deadline must be a date (YYYY-MM-DD).', { field: 'deadline' });
  }
  const { deadline, responsible, category } = content;
  return { goal, activities, deadline, responsible, ...(category ? { category } : {}) };
}

export interface CreateGoalInput extends GoalContent {
  id: GoalId;
  conversationId: ConversationId;
  employeeId: PersonId;
  at: Date;
}

export function createGoal(input: CreateGoalInput): DevelopmentGoal {
  const content = validContent(input);
  const at = instant(input.at);
  return {
    schemaVersion: 1,
    id: input.id,
    conversationId: input.conversationId,
    employeeId: input.employeeId,
    ...content,
    activities: content.activities.map((description) => ({ description, done: false })),
    status: 'notStarted',
    followUps: [],
    agreement: { leader: null, employee: null },
    createdAt: at,
    updatedAt: at,
  };
}

/** Changes what was agreed; if anything differs, both agreements are cleared and must be given again. */
export function editGoal(goal: DevelopmentGoal, changes: Partial<GoalContent>, at: Date): DevelopmentGoal {
  const current: GoalContent = {
    goal: goal.goal,
    activities: goal.activities.map((a) => a.description),
    deadline: goal.deadline,
    responsible: goal.responsible,
    category: goal.category,
  };
  const next = validContent({ ...current, ...changes });
  const same =
    next.goal === current.goal &&
    next.deadline === current.deadline &&
    next.responsible === current.responsible &&
    next.category === current.category &&
    next.activities.join('\u0000') === current.activities.join('\u0000');
  if (same) return goal;
  const done = new Map(goal.activities.map((a) => [a.description, a.done]));
  return {
    ...goal,
    goal: next.goal,
    activities: next.activities.map((description) => ({ description, done: done.get(description) ?? false })),
    deadline: next.deadline,
    responsible: next.responsible,
    category: next.category,
    agreement: { leader: null, employee: null },
    updatedAt: instant(at),
  };
}

export function agreeGoal(goal: DevelopmentGoal, party: Party, at: Date): DevelopmentGoal {
  if (goal.agreement[party] !== null) {
    throw new DomainError('goal.alreadyAgreed', `The ${party} has already agreed this goal.`, { party });
  }
  return { ...goal, agreement: { ...goal.agreement, [party]: instant(at) }, updatedAt: instant(at) };
}

/** Whether both parties agreed the goal as it stands (an edit of what was agreed clears both). */
export const isGoalAgreed = (goal: DevelopmentGoal): boolean =>
  goal.agreement.leader !== null && goal.agreement.employee !== null;

export function setActivityDone(
  goal: DevelopmentGoal,
  index: number,
  done: boolean,
  at: Date,
): DevelopmentGoal {
  if (!goal.activities[index]) {
    throw new DomainError('goal.invalid', `There is no activity ${index}.`, { field: 'activities', index });
  }
  const activities = goal.activities.map((a, i) => (i === index ? { ...a, done } : a));
  const status = goal.status === 'notStarted' && done ? 'inProgress' : goal.status;
  return { ...goal, activities, status, updatedAt: instant(at) };
}

/** A follow-up during the year: who looked at the goal, what they noted, and the status it has now. */
export function recordFollowUp(
  goal: DevelopmentGoal,
  followUp: { by: PersonId; note: string; status: GoalStatus },
  at: Date,
): DevelopmentGoal {
  if (followUp.note.length > TEXT_LIMITS.note) {
    throw new DomainError('goal.invalid', 'The follow-up note is too long.', { field: 'note' });
  }
  const entry = { ...followUp, at: instant(at) };
  return { ...goal, status: followUp.status, followUps: [...goal.followUps, entry], updatedAt: entry.at };
}

/**
 * Goals that need attention on `today`: still open (not achieved or dropped) and due within `withinDays` or
 * overdue, earliest deadline first. The answer to "MUS without follow-up".
 */
export function goalsDueForFollowUp(
  goals: readonly DevelopmentGoal[],
  today: CalendarDate,
  withinDays: number,
): DevelopmentGoal[] {
  const limit = Date.parse(`${today}T00:00:00Z`) + withinDays * 86_400_000;
  return goals
    .filter(
      (g) =>
        (g.status === 'notStarted' || g.status === 'inProgress') &&
        Date.parse(`${g.deadline}T00:00:00Z`) <= limit,
    )
    .sort((a, b) => (a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : a.id < b.id ? -1 : 1));
}
