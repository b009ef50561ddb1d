import { DomainError } from '../errors';
import type { PersonId } from '../ids';
import { containedIn, mergeIntervals, overlapsAny, type Interval } from './intervals';
import { dayKey, workingIntervals, type WorkingHours } from './workingHours';

/**
 * Slot allocation for a round: every employee gets one conversation with the leader, inside both people's
 * working hours and the window, never overlapping the leader's busy time or another conversation (buffers
 * included), at most `maxPerDay` a day (the leader's calendar day), spread over the days. Deterministic: the
 * same request gives the same answer whatever order employees and busy intervals come in.
 *
 * Strategy: list the leader's candidate starts on a `stepMinutes` grid once; for each employee keep those that
 * fit their hours and calendar; place the most constrained employees first (fewest candidates, then id), each
 * on the least loaded day that still has room, earliest time first.
 */
export interface SchedulingPerson {
  id: PersonId;
  /** Busy time, e.g. from parseAvailabilityView. */
  busy: readonly Interval[];
  workingHours: WorkingHours;
}

export interface AllocationRequest {
  leader: SchedulingPerson;
  employees: readonly SchedulingPerson[];
  durationMinutes: number;
  /** Free time kept around each conversation, towards other conversations and the leader's own meetings. */
  bufferMinutes: number;
  maxPerDay: number;
  window: { start: Date; end: Date };
  /** Grid of possible start times, from the start of the leader's working day. Default 15. */
  stepMinutes?: number;
}

export interface Placement {
  employeeId: PersonId;
  start: string;
  end: string;
}

export type UnplacedReason =
  /** The two working weeks never overlap for long enough inside the window. */
  | 'noCommonWorkingHours'
  /** They do overlap, but one of the two calendars is busy at every such time. */
  | 'noCommonFreeTime'
  /** There was a free time, but only on days that already hold `maxPerDay` conversations. */
  | 'dailyLimitReached'
  /** There was a free time, but other conversations (with their buffers) took it. */
  | 'slotsTaken'
  /** The same person was listed twice, or is the leader. */
  | 'duplicateEmployee';

export interface AllocationResult {
  /** Sorted by start time. */
  placements: Placement[];
  /** Sorted by employee id. */
  unplaced: { employeeId: PersonId; reason: UnplacedReason }[];
}

const MINUTE = 60_000;

function checkRequest(r: AllocationRequest): {
  duration: number;
  buffer: number;
  step: number;
  from: number;
  to: number;
} {
  const bad = (field: string, message: string) =>
    new DomainError('scheduling.invalidRequest', message, { field });
  const step = r.stepMinutes ?? 15;
  if (!Number.isInteger(r.durationMinutes) || r.durationMinutes < 5 || r.durationMinutes > 480)
    throw bad('durationMinutes', 'The duration must be 5 to 480 whole minutes.');
  if (!Number.isInteger(r.bufferMinutes) || r.bufferMinutes < 0 || r.bufferMinutes > 240)
    throw bad('bufferMinutes', 'The buffer must be 0 to 240 whole minutes.');
  if (!Number.isInteger(r.maxPerDay) || r.maxPerDay < 1)
    throw bad('maxPerDay', 'At least one conversation a day.');
  if (!Number.isInteger(step) || step < 5 || step > 120)
    throw bad('stepMinutes', 'The step must be 5 to 120 minutes.');
  const from = r.window.start.getTime();
  const to = r.window.end.getTime();
  if (!(Number.isFinite(from) && Number.isFinite(to) && to > from) || to - from > 366 * 24 * 60 * MINUTE)
    throw bad('window', 'The window must end after it starts and span at most a year.');
  return {
    duration: r.durationMinutes * MINUTE,
    buffer: r.bufferMinutes * MINUTE,
    step: step * MINUTE,
    from,
    to,
  };
}

interface Candidate {
  start: number;
  end: number;
  day: string;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The leader's candidate slots: on the grid of each working day, inside the window, clear of own meetings. */
function leaderCandidates(request: AllocationRequest, checked: ReturnType<typeof checkRequest>): Candidate[] {
  const { duration, buffer, step, from, to } = checked;
  const { leader } = request;
  const leaderBusy = mergeIntervals(leader.busy);
  const tz = leader.workingHours.timeZone;
  const slots: Candidate[] = [];
  for (const day of workingIntervals(leader.workingHours, from, to)) {
    for (let start = day.start; start + duration <= day.end; start += step) {
      const end = start + duration;
      if (start < from || end > to || overlapsAny(leaderBusy, start - buffer, end + buffer)) continue;
      slots.push({ start, end, day: dayKey(start, tz) });
    }
  }
  return slots;
}

/** The leader's candidates that also fit one employee's working hours and calendar. */
function personCandidates(person: SchedulingPerson, slots: readonly Candidate[], from: number, to: number) {
  const hours = mergeIntervals(workingIntervals(person.workingHours, from, to));
  const busy = mergeIntervals(person.busy);
  const candidates = slots.filter(
    (c) => containedIn(hours, c.start, c.end) && !overlapsAny(busy, c.start, c.end),
  );
  return { person, hours, candidates };
}

/**
 * Where one conversation could move: the times free for both the leader and `employee` (same rules as
 * {@link allocateSlots}), clear of `taken` (the round's other conversations) by the buffer.
 */
export function freeSlotsFor(
  request: Omit<AllocationRequest, 'employees' | 'maxPerDay'>,
  employee: SchedulingPerson,
  taken: readonly Interval[],
): { start: string; end: string }[] {
  const checked = checkRequest({ ...request, employees: [], maxPerDay: 1 });
  const { buffer, from, to } = checked;
  const slots = leaderCandidates({ ...request, employees: [], maxPerDay: 1 }, checked);
  return personCandidates(employee, slots, from, to)
    .candidates.filter((c) => !taken.some((t) => c.start < t.end + buffer && t.start < c.end + buffer))
    .map((c) => ({ start: new Date(c.start).toISOString(), end: new Date(c.end).toISOString() }));
}

export function allocateSlots(request: AllocationRequest): AllocationResult {
  const checked = checkRequest(request);
  const { duration, buffer, from, to } = checked;
  const { leader } = request;
  const leaderSlots = leaderCandidates(request, checked);
  const leaderHours = mergeIntervals(workingIntervals(leader.workingHours, from, to));

  const counts = new Map<string, number>();
  for (const e of request.employees) counts.set(e.id, (counts.get(e.id) ?? 0) + 1);
  const unplaced: AllocationResult['unplaced'] = [];
  const duplicates = [...counts].filter(([id, n]) => n > 1 || id === leader.id).map(([id]) => id);
  for (const id of duplicates.sort()) {
    const person = request.employees.find((e) => e.id === id);
    if (person) unplaced.push({ employeeId: person.id, reason: 'duplicateEmployee' });
  }

  const people = request.employees
    .filter((e) => !duplicates.includes(e.id))
    .sort(byId)
    .map((person) => personCandidates(person, leaderSlots, from, to))
    .sort((a, b) => a.candidates.length - b.candidates.length || byId(a.person, b.person));

  const placed: Candidate[] = [];
  const perDay = new Map<string, number>();
  const placements: Placement[] = [];
  const clash = (c: Candidate) => placed.some((p) => c.start < p.end + buffer && p.start < c.end + buffer);

  for (const { person, hours, candidates } of people) {
    if (candidates.length === 0) {
      const common = commonTime(leaderHours, hours, from, to, duration);
      unplaced.push({ employeeId: person.id, reason: common ? 'noCommonFreeTime' : 'noCommonWorkingHours' });
      continue;
    }
    let best: Candidate | undefined;
    let bestLoad = Infinity;
    let blockedByLimitOnly = false;
    for (const c of candidates) {
      if (clash(c)) continue;
      const load = perDay.get(c.day) ?? 0;
      if (load >= request.maxPerDay) {
        blockedByLimitOnly = true;
        continue;
      }
      if (load < bestLoad || (load === bestLoad && best !== undefined && c.start < best.start)) {
        best = c;
        bestLoad = load;
      }
    }
    if (!best) {
      unplaced.push({
        employeeId: person.id,
        reason: blockedByLimitOnly ? 'dailyLimitReached' : 'slotsTaken',
      });
      continue;
    }
    placed.push(best);
    perDay.set(best.day, bestLoad + 1);
    placements.push({
      employeeId: person.id,
      start: new Date(best.start).toISOString(),
      end: new Date(best.end).toISOString(),
    });
  }

  placements.sort((a, b) =>
    a.start < b.start ? -1 : a.start > b.start ? 1 : a.employeeId < b.employeeId ? -1 : 1,
  );
  unplaced.sort((a, b) => (a.employeeId < b.employeeId ? -1 : a.employeeId > b.employeeId ? 1 : 0));
  return { placements, unplaced };
}

/** Whether both people's working hours overlap, inside the window, for at least `duration`. */
function commonTime(
  a: readonly Interval[],
  b: readonly Interval[],
  from: number,
  to: number,
  duration: number,
): boolean {
  return a.some((x) =>
    b.some((y) => Math.min(x.end, y.end, to) - Math.max(x.start, y.start, from) >= duration),
  );
}
