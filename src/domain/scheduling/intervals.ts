import { DomainError } from '../errors';

/** A half-open interval of time [start, end) in epoch milliseconds. */
export interface Interval {
  readonly start: number;
  readonly end: number;
}

/** Sorted, non-overlapping union of intervals (touching intervals are joined); empty ones are dropped. */
export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Interval[] = [];
  for (const i of sorted) {
    const last = merged[merged.length - 1];
    if (last && i.start <= last.end)
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, i.end) };
    else merged.push({ start: i.start, end: i.end });
  }
  return merged;
}

/** Whether [start, end) overlaps any of the sorted, merged intervals (binary search). */
export function overlapsAny(sorted: readonly Interval[], start: number, end: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid]?.end ?? 0) <= start) lo = mid + 1;
    else hi = mid;
  }
  const first = sorted[lo];
  return first !== undefined && first.start < end;
}

/** Whether [start, end) lies entirely inside one of the sorted, merged intervals. */
export const containedIn = (sorted: readonly Interval[], start: number, end: number): boolean =>
  sorted.some((i) => i.start <= start && end <= i.end);

/** Graph getSchedule availability codes. */
export type AvailabilityCode = 'free' | 'tentative' | 'busy' | 'oof' | 'workingElsewhere';
const CODES: Readonly<Record<string, AvailabilityCode>> = {
  '0': 'free',
  '1': 'tentative',
  '2': 'busy',
  '3': 'oof',
  '4': 'workingElsewhere',
};

export interface AvailabilityOptions {
  /** Which codes count as busy. Default: tentative, busy and out of office; working elsewhere is free for a
   * Teams meeting. */
  busy?: readonly AvailabilityCode[];
}

/**
 * Busy intervals from a Graph getSchedule `availabilityView` ("0" free, "1" tentative, "2" busy, "3" out of
 * office, "4" working elsewhere), one character per `intervalMinutes` from `start` (the request's startTime).
 */
export function parseAvailabilityView(
  view: string,
  start: Date,
  intervalMinutes: number,
  options: AvailabilityOptions = {},
): Interval[] {
  const t0 = start.getTime();
  if (
    !Number.isFinite(t0) ||
    !Number.isInteger(intervalMinutes) ||
    intervalMinutes < 1 ||
    intervalMinutes > 1440
  ) {
    throw new DomainError(
      'availability.invalidView',
      'A valid start and an interval of 1 to 1440 minutes are needed.',
    );
  }
  const busy = new Set<AvailabilityCode>(options.busy ?? ['tentative', 'busy', 'oof']);
  const step = intervalMinutes * 60_000;
  const intervals: Interval[] = [];
  [...view].forEach((char, index) => {
    const code = CODES[char];
    if (code === undefined) {
      throw new DomainError('availability.invalidView', `Unknown availability code "${char}" at ${index}.`, {
        index,
      });
    }
    if (busy.has(code)) intervals.push({ start: t0 + index * step, end: t0 + (index + 1) * step });
  });
  return mergeIntervals(intervals);
}
