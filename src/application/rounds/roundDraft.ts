import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';
import { buildConcept, conceptId, conceptKeyOf } from '../../domain';
import type { Concept, LocalizedText, Person, Topic } from '../ports/MusApiPort';

/** Working hours as the planner asks for them: times of day and ISO weekdays (1 = Monday … 7 = Sunday). */
export interface WorkingHours {
  readonly start: string;
  readonly end: string;
  readonly days: readonly number[];
  /** The IANA time zone the times are in (the leader's); the service's default when absent. */
  readonly timeZone?: string;
}

/** Everything the leader chooses for a new round, as the form holds it. */
export interface RoundDraft {
  readonly title: string;
  readonly conceptId: string;
  /** The concept's optional topics chosen for every conversation of the round. */
  readonly optionalTopicIds: readonly string[];
  /** Titles of own topics for every conversation of the round. */
  readonly ownTopics: readonly string[];
  readonly employeeIds: readonly string[];
  /** The dates (yyyy-MM-dd) the conversations are held within. */
  readonly window: { readonly from: string; readonly to: string };
  readonly durationMinutes: number;
  readonly workingHours: WorkingHours;
  readonly bufferMinutes: number;
  readonly maxPerDay: number;
}

/** Limits of the planning settings (getSchedule asks about less than 62 days at a time). */
export const ROUND_LIMITS = {
  windowDays: 61,
  duration: { min: 15, max: 240 },
  buffer: { min: 0, max: 120 },
  perDay: { min: 1, max: 20 },
  title: 200,
} as const;

const day = (date: Date) => format(date, 'yyyy-MM-dd');

/**
 * A first draft: the year's concept, every direct report, the next four weeks on weekdays 9-15 in the
 * leader's time zone. Pure.
 */
export function defaultRoundDraft(
  concept: Concept,
  reports: readonly Person[],
  today: Date,
  timeZone?: string,
): RoundDraft {
  return {
    title: `MUS ${today.getFullYear()}`,
    conceptId: concept.id,
    optionalTopicIds: [],
    ownTopics: [],
    employeeIds: reports.map((p) => p.id),
    window: { from: day(addDays(today, 1)), to: day(addDays(today, 28)) },
    durationMinutes: concept.durationMinutes,
    workingHours: { start: '09:00', end: '15:00', days: [1, 2, 3, 4, 5], ...(timeZone ? { timeZone } : {}) },
    bufferMinutes: 15,
    maxPerDay: 3,
  };
}

/** The year a round is held in: its first day's (the service's rule too), else this year. Pure. */
export const roundYear = (draft: RoundDraft, today: Date): number =>
  Number(draft.window.from.slice(0, 4)) || today.getFullYear();

/**
 * The concept a round of `year` is held with, as the service picks it (`conceptForRound` in
 * `src/service/api/concepts.ts`): of the chosen concept's template, the one published for the year, the
 * leader's unit's before the organisation's; for a year with none, the template's built-in default. Pure.
 */
export function roundConcept(concepts: readonly Concept[], chosen: Concept, year: number, at: Date): Concept {
  const ofYear = concepts.filter((c) => c.template === chosen.template && c.year === year);
  const found = ofYear.find((c) => c.scope.level === 'unit') ?? ofYear[0];
  if (found) return found;
  const scope = { level: 'organisation', id: 'organisation' } as const;
  const id = conceptId(conceptKeyOf({ template: chosen.template, year, scope }));
  return buildConcept({ id, template: chosen.template, year, scope, decidedAt: at });
}

/** What is wrong with a field of the draft, as a code the UI translates. */
export type DraftError =
  | 'required'
  | 'noEmployees'
  | 'windowOrder'
  | 'windowPast'
  | 'windowTooLong'
  | 'outOfRange'
  | 'hoursOrder'
  | 'hoursTooShort'
  | 'noDays'
  | 'tooLong';

/** The fields the form checks. */
export type DraftField =
  'title' | 'employees' | 'window' | 'duration' | 'workingHours' | 'buffer' | 'maxPerDay' | 'ownTopics';

const minutesOf = (time: string) => {
  const [h, m] = time.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};
const within = (value: number, { min, max }: { min: number; max: number }) =>
  Number.isInteger(value) && value >= min && value <= max;

/** Every problem of the draft by field; an empty object when it can be sent. Pure. */
export function checkRoundDraft(draft: RoundDraft, today: Date): Partial<Record<DraftField, DraftError>> {
  const errors: Partial<Record<DraftField, DraftError>> = {};
  const { window, workingHours: hours } = draft;
  if (draft.title.trim() === '') errors.title = 'required';
  else if (draft.title.length > ROUND_LIMITS.title) errors.title = 'tooLong';
  if (draft.employeeIds.length === 0) errors.employees = 'noEmployees';
  if (!window.from || !window.to) errors.window = 'required';
  else if (window.to < window.from) errors.window = 'windowOrder';
  else if (window.from < day(today)) errors.window = 'windowPast';
  else if (differenceInCalendarDays(parseISO(window.to), parseISO(window.from)) >= ROUND_LIMITS.windowDays)
    errors.window = 'windowTooLong';
  if (!within(draft.durationMinutes, ROUND_LIMITS.duration)) errors.duration = 'outOfRange';
  if (minutesOf(hours.end) <= minutesOf(hours.start)) errors.workingHours = 'hoursOrder';
  else if (minutesOf(hours.end) - minutesOf(hours.start) < draft.durationMinutes)
    errors.workingHours = 'hoursTooShort';
  else if (hours.days.length === 0) errors.workingHours = 'noDays';
  if (!within(draft.bufferMinutes, ROUND_LIMITS.buffer)) errors.buffer = 'outOfRange';
  if (!within(draft.maxPerDay, ROUND_LIMITS.perDay)) errors.maxPerDay = 'outOfRange';
  if (draft.ownTopics.some((t) => t.trim().length > ROUND_LIMITS.title)) errors.ownTopics = 'tooLong';
  return errors;
}

/** One line of the agenda a round's conversations start with. */
export interface PlannedTopic {
  readonly id: string;
  /** The concept's text, or the leader's own title (the same in both languages). */
  readonly title: LocalizedText;
  readonly kind: Topic['kind'];
  /** Basis topics and the goals topic are always on the agenda; chosen and own topics can be taken off. */
  readonly fixed: boolean;
}

/** The id of the round's n-th own topic: the same on every retry, so a topic is never added twice. */
export const ownTopicId = (roundId: string, index: number) => `own-${roundId.slice(0, 8)}-${index + 1}`;

/**
 * The agenda every conversation of the round starts with, in the order it will be discussed: the concept's
 * topics, the chosen optional topics, the own topics, and the goals topic last. Pure.
 */
export function plannedAgenda(concept: Concept, draft: RoundDraft, roundId: string): PlannedTopic[] {
  const fixed = (t: Topic): PlannedTopic => ({ id: t.id, title: t.title, kind: t.kind, fixed: true });
  const regular = concept.topics.filter((t) => t.role !== 'goals').map(fixed);
  const goals = concept.topics.filter((t) => t.role === 'goals').map(fixed);
  const optional = concept.optionalTopics
    .filter((t) => draft.optionalTopicIds.includes(t.id))
    .map((t) => ({ ...fixed(t), fixed: false }));
  const own = draft.ownTopics
    .map((title) => title.trim())
    .filter((title) => title !== '')
    .map((title, i) => ({
      id: ownTopicId(roundId, i),
      title: { da: title, en: title },
      kind: 'own' as const,
      fixed: false,
    }));
  return [...regular, ...optional, ...own, ...goals];
}
