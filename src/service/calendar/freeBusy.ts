/**
 * Free/busy for planning a round: Graph `getSchedule` on behalf of the leader, 20 schedules a call (the leader
 * and 19 others) over windows under 62 days, all calls sent as `$batch`es chained with `dependsOn` (a mailbox
 * serves 4 concurrent requests). Each person's busy intervals come from the `availabilityView`, read by the
 * domain's `parseAvailabilityView`; their working hours as Graph knows them (Windows zone names mapped to IANA).
 */
import { findIana } from 'windows-iana';
import { z } from 'zod';
import { parseAvailabilityView, WeekdaySchema, type Interval, type WorkingHours } from '../../domain';
import type { Caller } from '../auth/tokenValidator';
import { sendBatch, type BatchItem } from '../graph/batch';
import type { GraphClientFactory } from '../graph/client';
import { UpstreamError } from '../records/errors';

export interface FreeBusy {
  readonly busy: Interval[];
  /** The mailbox's working hours, when Graph gave them. */
  readonly workingHours?: WorkingHours;
}

/** Free/busy of many people over a window, asked as the caller. */
export interface CalendarPort {
  /** By address (lower case); an address Graph does not know is missing from the map. */
  freeBusy(
    caller: Caller,
    addresses: readonly string[],
    window: { start: Date; end: Date },
  ): Promise<Map<string, FreeBusy>>;
}

const SCHEDULES_PER_CALL = 20;
const MAX_WINDOW_MS = 61 * 24 * 3600_000;
const INTERVAL_MINUTES = 15;

const scheduleSchema = z.object({
  value: z.array(
    z.object({
      scheduleId: z.string(),
      availabilityView: z.string().default(''),
      error: z.object({ responseCode: z.string().optional() }).nullish(),
      workingHours: z
        .object({
          daysOfWeek: z.array(WeekdaySchema),
          startTime: z.string(),
          endTime: z.string(),
          timeZone: z.object({ name: z.string() }),
        })
        .nullish(),
    }),
  ),
});

const ianaOf = (name: string): string => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return name;
  } catch {
    return findIana(name)[0] ?? 'UTC';
  }
};

/** Cuts [start, end) into windows Graph accepts (under 62 days). */
function windows(start: Date, end: Date): { start: Date; end: Date }[] {
  const out = [];
  for (let t = start.getTime(); t < end.getTime(); t += MAX_WINDOW_MS)
    out.push({ start: new Date(t), end: new Date(Math.min(t + MAX_WINDOW_MS, end.getTime())) });
  return out;
}

export function graphCalendar(graph: GraphClientFactory): CalendarPort {
  return {
    async freeBusy(caller, addresses, window) {
      const unique = [...new Set(addresses.map((a) => a.toLowerCase()))];
      const groups: string[][] = [];
      for (let i = 0; i < unique.length; i += SCHEDULES_PER_CALL)
        groups.push(unique.slice(i, i + SCHEDULES_PER_CALL));
      const items: (BatchItem & { from: Date })[] = windows(window.start, window.end).flatMap((w, wi) =>
        groups.map((schedules, gi) => ({
          key: `${wi}:${gi}`,
          method: 'POST' as const,
          url: '/me/calendar/getSchedule',
          body: {
            schedules,
            startTime: { dateTime: w.start.toISOString().slice(0, 19), timeZone: 'UTC' },
            endTime: { dateTime: w.end.toISOString().slice(0, 19), timeZone: 'UTC' },
            availabilityViewInterval: INTERVAL_MINUTES,
          },
          from: w.start,
        })),
      );
      const connection = graph.forUser(caller.token, caller.userId);
      const report = await sendBatch(connection, items, { shape: 'chains', chains: 4 });
      const result = new Map<string, { busy: Interval[]; workingHours?: WorkingHours }>();
      for (const item of items) {
        const outcome = report.outcomes.get(item.key);
        if (!outcome?.ok) throw new UpstreamError(`getSchedule failed: ${outcome?.status ?? 'no answer'}`);
        for (const s of scheduleSchema.parse(outcome.body).value) {
          if (s.error) continue;
          const entry = result.get(s.scheduleId.toLowerCase()) ?? { busy: [] };
          entry.busy.push(...parseAvailabilityView(s.availabilityView, item.from, INTERVAL_MINUTES));
          if (s.workingHours && !entry.workingHours) {
            const { daysOfWeek, startTime, endTime, timeZone } = s.workingHours;
            entry.workingHours = {
              daysOfWeek,
              startTime: startTime.slice(0, 5),
              endTime: endTime.slice(0, 5),
              timeZone: ianaOf(timeZone.name),
            };
          }
          result.set(s.scheduleId.toLowerCase(), entry);
        }
      }
      return result;
    },
  };
}
