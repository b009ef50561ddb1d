import { TZDate } from '@date-fns/tz';
import { z } from 'zod';
import { DomainError } from '../errors';
import type { Interval } from './intervals';

/**
 * Working hours as Graph gives them (`workingHours` of a mailbox or getSchedule): days of the week, a start and
 * end time of day, and an IANA time zone (the adapter maps Windows zone names). Times may be "08:00" or Graph's
 * "08:00:00.0000000".
 */
export const WeekdaySchema = z.enum([
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
]);
export type Weekday = z.infer<typeof WeekdaySchema>;

const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?$/);

export const WorkingHoursSchema = z.object({
  daysOfWeek: z.array(WeekdaySchema),
  startTime: timeOfDay,
  endTime: timeOfDay,
  timeZone: z.string().min(1),
});
export type WorkingHours = z.infer<typeof WorkingHoursSchema>;

const minutesOf = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

export function assertTimeZone(timeZone: string): void {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
  } catch {
    throw new DomainError('scheduling.invalidRequest', `Unknown time zone ${timeZone}.`, {
      field: 'timeZone',
    });
  }
}

/** The calendar day (YYYY-MM-DD) of an instant in a time zone. */
export function dayKey(ms: number, timeZone: string): string {
  const d = new TZDate(ms, timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * The working intervals that touch [from, to), computed day by day in the working hours' own time zone, so a
 * day of 8 to 16 is 8 to 16 on the wall clock on both sides of a daylight-saving change.
 */
export function workingIntervals(hours: WorkingHours, from: number, to: number): Interval[] {
  const parsed = WorkingHoursSchema.safeParse(hours);
  if (!parsed.success)
    throw new DomainError('scheduling.invalidRequest', 'Invalid working hours.', { field: 'workingHours' });
  assertTimeZone(hours.timeZone);
  const days = new Set(hours.daysOfWeek.map((d) => WeekdaySchema.options.indexOf(d)));
  const startMin = minutesOf(hours.startTime);
  const endMin = minutesOf(hours.endTime);
  const first = new TZDate(from, hours.timeZone);
  const result: Interval[] = [];
  for (let offset = -1; ; offset += 1) {
    const noon = new TZDate(
      first.getFullYear(),
      first.getMonth(),
      first.getDate() + offset,
      12,
      0,
      hours.timeZone,
    );
    if (noon.getTime() - 36 * 3_600_000 > to) break;
    if (!days.has(noon.getDay())) continue;
    const at = (minutes: number) =>
      new TZDate(
        noon.getFullYear(),
        noon.getMonth(),
        noon.getDate(),
        Math.floor(minutes / 60),
        minutes % 60,
        hours.timeZone,
      ).getTime();
    const start = at(startMin);
    const end = at(endMin);
    if (end > start && end > from && start < to) result.push({ start, end });
  }
  return result;
}
