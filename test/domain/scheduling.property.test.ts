import { TZDate } from '@date-fns/tz';
import fc from 'fast-check';
import { personId } from '../../src/domain/ids';
import {
  allocateSlots,
  type AllocationRequest,
  type SchedulingPerson,
} from '../../src/domain/scheduling/allocateSlots';
import { WeekdaySchema, type WorkingHours } from '../../src/domain/scheduling/workingHours';

/**
 * Properties of slot allocation over random rounds around the spring and autumn daylight-saving changes, with
 * people in different time zones. Working hours are checked on the wall clock with TZDate, independently of
 * the allocator's own computation.
 */
const HOUR = 3_600_000;
const zones = ['Europe/Copenhagen', 'Europe/London', 'America/New_York', 'UTC'];
const bases = [Date.parse('2025-03-24T00:00:00Z'), Date.parse('2025-10-20T00:00:00Z')];
const pad = (n: number) => String(n).padStart(2, '0');

const hoursArb = fc.record({
  daysOfWeek: fc.oneof(
    { weight: 3, arbitrary: fc.constant(WeekdaySchema.options.slice(1, 6)) },
    { weight: 1, arbitrary: fc.subarray(WeekdaySchema.options, { minLength: 1 }) },
  ),
  start: fc.integer({ min: 6, max: 11 }),
  length: fc.integer({ min: 3, max: 10 }),
  timeZone: fc.constantFrom(...zones),
});
const toHours = (h: {
  daysOfWeek: WorkingHours['daysOfWeek'];
  start: number;
  length: number;
  timeZone: string;
}): WorkingHours => ({
  daysOfWeek: h.daysOfWeek,
  startTime: `${pad(h.start)}:00`,
  endTime: `${pad(Math.min(h.start + h.length, 23))}:30`,
  timeZone: h.timeZone,
});

const requestArb = fc
  .record({
    base: fc.constantFrom(...bases),
    offsetDays: fc.integer({ min: 0, max: 10 }),
    lengthHours: fc.integer({ min: 6, max: 14 * 24 }),
    leaderHours: hoursArb,
    sameZone: fc.oneof(
      { weight: 3, arbitrary: fc.constant(true) },
      { weight: 1, arbitrary: fc.constant(false) },
    ),
    employees: fc.uniqueArray(
      fc.record({
        id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'leader'),
        hours: hoursArb,
        busy: fc.array(
          fc.record({ at: fc.integer({ min: 0, max: 24 * 24 }), len: fc.integer({ min: 1, max: 30 }) }),
          { maxLength: 8 },
        ),
      }),
      { maxLength: 10, selector: (e) => e.id },
    ),
    leaderBusy: fc.array(
      fc.record({ at: fc.integer({ min: 0, max: 24 * 24 }), len: fc.integer({ min: 1, max: 12 }) }),
      { maxLength: 10 },
    ),
    duration: fc.constantFrom(30, 45, 60, 90),
    buffer: fc.constantFrom(0, 10, 15, 30),
    maxPerDay: fc.integer({ min: 1, max: 4 }),
    step: fc.constantFrom(15, 30),
  })
  .map((g): AllocationRequest => {
    const start = g.base + g.offsetDays * 24 * HOUR;
    const busy = (list: { at: number; len: number }[]) =>
      list.map((b) => ({ start: start + (b.at * HOUR) / 2, end: start + ((b.at + b.len) * HOUR) / 2 }));
    const leaderHours = toHours(g.leaderHours);
    const employees: SchedulingPerson[] = g.employees.map((e) => ({
      id: personId(e.id),
      busy: busy(e.busy),
      workingHours: g.sameZone ? { ...toHours(e.hours), timeZone: leaderHours.timeZone } : toHours(e.hours),
    }));
    return {
      leader: { id: personId('leader'), busy: busy(g.leaderBusy), workingHours: leaderHours },
      employees,
      durationMinutes: g.duration,
      bufferMinutes: g.buffer,
      maxPerDay: g.maxPerDay,
      window: { start: new Date(start + 7 * HOUR), end: new Date(start + (7 + g.lengthHours) * HOUR) },
      stepMinutes: g.step,
    };
  });

/** Whether [start, end) lies within the working day on the person's own wall clock. */
function insideWorkingHours(hours: WorkingHours, start: number, end: number): boolean {
  const s = new TZDate(start, hours.timeZone);
  const e = new TZDate(end, hours.timeZone);
  const minutes = (d: TZDate) => d.getHours() * 60 + d.getMinutes();
  const toMin = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  return (
    s.getFullYear() === e.getFullYear() &&
    s.getMonth() === e.getMonth() &&
    s.getDate() === e.getDate() &&
    hours.daysOfWeek.includes(WeekdaySchema.options[s.getDay()]!) &&
    minutes(s) >= toMin(hours.startTime) &&
    minutes(e) <= toMin(hours.endTime)
  );
}

const shuffle = <T>(list: readonly T[], seed: number): T[] =>
  list
    .map((v, i) => ({ v, k: (i * 7919 + seed * 104729) % 1009 }))
    .sort((a, b) => a.k - b.k)
    .map((x) => x.v);

describe('allocateSlots (properties)', () => {
  it("never overlaps, stays inside both working weeks, the window and everyone's free time, and respects k per day", () => {
    fc.assert(
      fc.property(requestArb, (r) => {
        const { placements, unplaced } = allocateSlots(r);
        const slots = placements.map((p) => ({ ...p, s: Date.parse(p.start), e: Date.parse(p.end) }));
        const buffer = r.bufferMinutes * 60_000;
        for (let i = 1; i < slots.length; i += 1)
          expect(slots[i]!.s).toBeGreaterThanOrEqual(slots[i - 1]!.e + buffer);
        const perDay = new Map<string, number>();
        for (const p of slots) {
          expect(p.e - p.s).toBe(r.durationMinutes * 60_000);
          expect(p.s).toBeGreaterThanOrEqual(r.window.start.getTime());
          expect(p.e).toBeLessThanOrEqual(r.window.end.getTime());
          expect(insideWorkingHours(r.leader.workingHours, p.s, p.e)).toBe(true);
          const employee = r.employees.find((e) => e.id === p.employeeId)!;
          expect(insideWorkingHours(employee.workingHours, p.s, p.e)).toBe(true);
          expect(employee.busy.some((b) => b.start < p.e && p.s < b.end)).toBe(false);
          expect(r.leader.busy.some((b) => b.start < p.e + buffer && p.s - buffer < b.end)).toBe(false);
          const d = new TZDate(p.s, r.leader.workingHours.timeZone);
          const key = `${d.getFullYear()}-${d.getMonth()}-${d.getDate()}`;
          perDay.set(key, (perDay.get(key) ?? 0) + 1);
        }
        for (const n of perDay.values()) expect(n).toBeLessThanOrEqual(r.maxPerDay);
        const everyone = [...new Set(r.employees.map((e) => e.id))].sort();
        expect([...placements.map((p) => p.employeeId), ...unplaced.map((u) => u.employeeId)].sort()).toEqual(
          everyone,
        );
      }),
      { numRuns: 150 },
    );
  });

  it('is deterministic and independent of the order of employees and busy intervals', () => {
    fc.assert(
      fc.property(requestArb, fc.integer({ min: 1, max: 1000 }), (r, seed) => {
        const shuffled: AllocationRequest = {
          ...r,
          leader: { ...r.leader, busy: shuffle(r.leader.busy, seed) },
          employees: shuffle(r.employees, seed).map((e) => ({ ...e, busy: shuffle(e.busy, seed + 1) })),
        };
        const first = allocateSlots(r);
        expect(allocateSlots(r)).toEqual(first);
        expect(allocateSlots(shuffled)).toEqual(first);
      }),
      { numRuns: 100 },
    );
  });

  it('spreads a round evenly over the days when everyone is free', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 3 }), (n, weeks) => {
        const hours: WorkingHours = {
          ...toHours({
            daysOfWeek: WeekdaySchema.options.slice(1, 6),
            start: 8,
            length: 7,
            timeZone: zones[0]!,
          }),
        };
        const people = Array.from({ length: n }, (_, i) => ({
          id: personId(`e${pad(i)}`),
          busy: [],
          workingHours: hours,
        }));
        const start = Date.parse('2025-03-24T00:00:00Z');
        const { placements, unplaced } = allocateSlots({
          leader: { id: personId('leader'), busy: [], workingHours: hours },
          employees: people,
          durationMinutes: 60,
          bufferMinutes: 15,
          maxPerDay: 4,
          window: { start: new Date(start), end: new Date(start + weeks * 7 * 24 * HOUR) },
        });
        const days = weeks * 5;
        expect(unplaced).toEqual([]);
        const loads = new Map<string, number>();
        for (const p of placements)
          loads.set(p.start.slice(0, 10), (loads.get(p.start.slice(0, 10)) ?? 0) + 1);
        const values = [...loads.values(), ...Array<number>(Math.max(0, days - loads.size)).fill(0)];
        expect(Math.max(...values) - Math.min(...values)).toBeLessThanOrEqual(1);
      }),
      { numRuns: 30 },
    );
  });
});
