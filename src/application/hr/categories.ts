import type { NewGoal } from '../ports/MeetingApiPort';

/** What a development goal develops (the service's `GoalCategory`). */
export type GoalCategory = NonNullable<NewGoal['category']>;

const CATEGORIES = ['professional', 'personal', 'collaboration', 'wellbeing', 'career'] as const;
// Every category of the service is offered: a category added there fails to compile here until added above.
const complete: Exclude<GoalCategory, (typeof CATEGORIES)[number]> extends never ? true : false = true;
void complete;

/** The categories in the order offered, the seeds' basis topics first; '' is "not said". */
export const GOAL_CATEGORIES: readonly (GoalCategory | '')[] = ['', ...CATEGORIES];
