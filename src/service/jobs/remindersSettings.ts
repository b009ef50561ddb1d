/**
 * The organisation's reminder settings (environment variables, all optional):
 * - `MUS_REMINDERS`                which reminders Teams shows, comma-separated from `goalDeadline`, `checkInDue`,
 *   `signed`, `topicProposed` (default all four; `none` for none)
 * - `MUS_REMINDER_DEADLINE_DAYS`   how many days before a goal's deadline (default 14)
 * - `MUS_REMINDER_CHECKIN_DAYS`    how many days before the mid-year check-in (default 7)
 * - `MUS_REMINDERS_EVERY_SECONDS`  how often the scheduled job looks (default 3600)
 * The job runs where the booking jobs run (a job queue is configured, `settings.ts`).
 */
import { z } from 'zod';
import { ConfigError } from '../config';
import { REMINDER_KINDS, type ReminderPolicy } from './remindersDue';

export interface ReminderSettings extends ReminderPolicy {
  readonly everySeconds: number;
}

const kinds = z
  .string()
  .transform((s) => (s.trim() === 'none' ? [] : s.split(',').map((k) => k.trim())))
  .pipe(z.array(z.enum(REMINDER_KINDS)));

const envSchema = z.object({
  MUS_REMINDERS: kinds.default([...REMINDER_KINDS]),
  MUS_REMINDER_DEADLINE_DAYS: z.coerce.number().int().min(0).max(365).default(14),
  MUS_REMINDER_CHECKIN_DAYS: z.coerce.number().int().min(0).max(365).default(7),
  MUS_REMINDERS_EVERY_SECONDS: z.coerce.number().int().min(1).max(86_400).default(3600),
});

/** The reminder settings from the environment (bad values stop the service with a clear message). */
export function loadReminderSettings(
  env: Readonly<Record<string, string | undefined>> = process.env,
): ReminderSettings {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) throw new ConfigError(`Invalid reminder settings: ${z.prettifyError(parsed.error)}`);
  const e = parsed.data;
  return {
    kinds: e.MUS_REMINDERS,
    deadlineDays: e.MUS_REMINDER_DEADLINE_DAYS,
    checkInDays: e.MUS_REMINDER_CHECKIN_DAYS,
    everySeconds: e.MUS_REMINDERS_EVERY_SECONDS,
  };
}
