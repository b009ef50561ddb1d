import { personId } from '../../src/domain/ids';
import {
  allocateSlots,
  freeSlotsFor,
  type AllocationRequest,
  type SchedulingPerson,
} from '../../src/domain/scheduling/allocateSlots';
import { mergeIntervals, parseAvailabilityView } from '../../src/domain/scheduling/intervals';
import { dayKey, workingIntervals, type WorkingHours } from '../../src/domain/scheduling/workingHours';

const cph: WorkingHours = {
  daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
  startTime: '08:00',
  endTime: '16:00',
  timeZone: 'Europe/Copenhagen',
};
const person = (id: string, busy: SchedulingPerson['busy'] = [], workingHours = cph): SchedulingPerson => ({
  id: personId(id),
  busy,
  workingHours,
});
const iso = (s: string) => Date.parse(s);
const base = (overrides: Partial<AllocationRequest> = {}): AllocationRequest => ({
  leader: person('leader'),
  employees: [person('anna'), person('bo')],
  durationMinutes: 60,
  bufferMinutes: 15,
  maxPerDay: 4,
  window: { start: new Date('2025-03-10T00:00:00Z'), end: new Date('2025-03-15T00:00:00Z') },
  ...overrides,
});

describe('parseAvailabilityView', () => {
  const start = new Date('2025-03-10T08:00:00Z');
  it('turns tentative, busy and out-of-office into merged busy intervals, working elsewhere free', () => {
    expect(parseAvailabilityView('0122034', start, 30)).toEqual([
      { start: iso('2025-03-10T08:30:00Z'), end: iso('2025-03-10T10:00:00Z') },
      { start: iso('2025-03-10T10:30:00Z'), end: iso('2025-03-10T11:00:00Z') },
    ]);
    expect(parseAvailabilityView('14', start, 60, { busy: ['workingElsewhere'] })).toEqual([
      { start: iso('2025-03-10T09:00:00Z'), end: iso('2025-03-10T10:00:00Z') },
    ]);
    expect(parseAvailabilityView('', start, 15)).toEqual([]);
  });
  it('refuses unknown codes and a bad interval', () => {
    expect(() => parseAvailabilityView('01x', start, 30)).toThrow(
      expect.objectContaining({ code: 'availability.invalidView', details: { index: 2 } }),
    );
    expect(() => parseAvailabilityView('0', start, 0)).toThrow(
      expect.objectContaining({ code: 'availability.invalidView' }),
    );
    expect(() => parseAvailabilityView('0', new Date('x'), 30)).toThrow(
      expect.objectContaining({ code: 'availability.invalidView' }),
    );
  });
  it('merges overlapping and touching intervals', () => {
    expect(
      mergeIntervals([
        { start: 5, end: 8 },
        { start: 1, end: 3 },
        { start: 3, end: 4 },
        { start: 6, end: 7 },
        { start: 9, end: 9 },
      ]),
    ).toEqual([
      { start: 1, end: 4 },
      { start: 5, end: 8 },
    ]);
  });
});

describe('working hours', () => {
  it('stay 8 to 16 on the wall clock across the spring daylight-saving change', () => {
    const days = workingIntervals(cph, iso('2025-03-28T00:00:00Z'), iso('2025-04-01T00:00:00Z'));
    expect(days.map((d) => [new Date(d.start).toISOString(), new Date(d.end).toISOString()])).toEqual([
      ['2025-03-28T07:00:00.000Z', '2025-03-28T15:00:00.000Z'],
      ['2025-03-31T06:00:00.000Z', '2025-03-31T14:00:00.000Z'],
    ]);
    expect(dayKey(iso('2025-03-30T22:30:00Z'), 'Europe/Copenhagen')).toBe('2025-03-31');
  });
  it('refuse an unknown time zone and malformed times', () => {
    expect(() => workingIntervals({ ...cph, timeZone: 'Mars/Olympus' }, 0, 1)).toThrow(
      expect.objectContaining({ code: 'scheduling.invalidRequest' }),
    );
    expect(() => workingIntervals({ ...cph, startTime: '8' }, 0, 1)).toThrow(
      expect.objectContaining({ code: 'scheduling.invalidRequest' }),
    );
  });
  it('accept Graph time strings', () => {
    const graph = { ...cph, startTime: '08:00:00.0000000', endTime: '16:00:00.0000000' };
    expect(workingIntervals(graph, iso('2025-03-10T00:00:00Z'), iso('2025-03-11T00:00:00Z'))[0]?.start).toBe(
      iso('2025-03-10T07:00:00Z'),
    );
  });
});

describe('allocateSlots', () => {
  it('spreads conversations over the days, earliest time first', () => {
    const result = allocateSlots(base({ employees: [person('c'), person('a'), person('b')] }));
    expect(result.placements.map((p) => [p.employeeId, p.start])).toEqual([
      ['a', '2025-03-10T07:00:00.000Z'],
      ['b', '2025-03-11T07:00:00.000Z'],
      ['c', '2025-03-12T07:00:00.000Z'],
    ]);
    expect(result.unplaced).toEqual([]);
  });

  it("keeps the buffer between conversations on a single day and respects the leader's meetings", () => {
    const oneDay = { start: new Date('2025-03-10T07:00:00Z'), end: new Date('2025-03-10T15:00:00Z') };
    const leader = person('leader', [
      { start: iso('2025-03-10T07:00:00Z'), end: iso('2025-03-10T08:00:00Z') },
    ]);
    const result = allocateSlots(base({ leader, window: oneDay, stepMinutes: 15 }));
    expect(result.placements.map((p) => [p.start, p.end])).toEqual([
      ['2025-03-10T08:15:00.000Z', '2025-03-10T09:15:00.000Z'],
      ['2025-03-10T09:30:00.000Z', '2025-03-10T10:30:00.000Z'],
    ]);
  });

  it('places people in the spring DST week inside Danish working hours', () => {
    const window = { start: new Date('2025-03-28T00:00:00Z'), end: new Date('2025-04-01T00:00:00Z') };
    const result = allocateSlots(base({ window, maxPerDay: 1 }));
    expect(result.placements.map((p) => p.start)).toEqual([
      '2025-03-28T07:00:00.000Z',
      '2025-03-31T06:00:00.000Z',
    ]);
  });

  it('says why someone could not be placed', () => {
    const night: WorkingHours = { ...cph, startTime: '20:00', endTime: '23:00' };
    const allBusy = [{ start: iso('2025-03-01T00:00:00Z'), end: iso('2025-04-01T00:00:00Z') }];
    const oneDay = { start: new Date('2025-03-10T07:00:00Z'), end: new Date('2025-03-10T09:00:00Z') };
    const result = allocateSlots(
      base({
        window: oneDay,
        employees: [
          person('night', [], night),
          person('busy', allBusy),
          person('first'),
          person('second'),
          person('first'),
        ],
      }),
    );
    expect(result.placements.map((p) => p.employeeId)).toEqual(['second']);
    expect(result.unplaced).toEqual([
      { employeeId: 'busy', reason: 'noCommonFreeTime' },
      { employeeId: 'first', reason: 'duplicateEmployee' },
      { employeeId: 'night', reason: 'noCommonWorkingHours' },
    ]);
    const full = allocateSlots(base({ window: oneDay, maxPerDay: 1, bufferMinutes: 0 }));
    expect(full.unplaced).toEqual([{ employeeId: 'bo', reason: 'dailyLimitReached' }]);
    const taken = allocateSlots(base({ window: oneDay, maxPerDay: 5, bufferMinutes: 15 }));
    expect(taken.unplaced).toEqual([{ employeeId: 'bo', reason: 'slotsTaken' }]);
  });

  it('places the most constrained employee first', () => {
    const oneDay = { start: new Date('2025-03-10T07:00:00Z'), end: new Date('2025-03-10T09:15:00Z') };
    // "anna" would take 07:00 first by id, but "zoe" can only do 07:00.
    const zoe = person('zoe', [{ start: iso('2025-03-10T08:00:00Z'), end: iso('2025-03-10T10:00:00Z') }]);
    const result = allocateSlots(
      base({ window: oneDay, employees: [person('anna'), zoe], bufferMinutes: 0, stepMinutes: 60 }),
    );
    expect(result.placements.map((p) => [p.employeeId, p.start])).toEqual([
      ['zoe', '2025-03-10T07:00:00.000Z'],
      ['anna', '2025-03-10T08:00:00.000Z'],
    ]);
  });

  it('refuses a request that makes no sense', () => {
    const invalid = (r: Partial<AllocationRequest>) => () => allocateSlots(base(r));
    const code = expect.objectContaining({ code: 'scheduling.invalidRequest' });
    expect(invalid({ durationMinutes: 0 })).toThrow(code);
    expect(invalid({ bufferMinutes: -5 })).toThrow(code);
    expect(invalid({ maxPerDay: 0 })).toThrow(code);
    expect(invalid({ stepMinutes: 1 })).toThrow(code);
    expect(invalid({ window: { start: new Date('2025-03-10'), end: new Date('2025-03-09') } })).toThrow(code);
  });
});

describe('freeSlotsFor (where one conversation can move)', () => {
  it('offers only times both are free, inside both working days, clear of the other conversations by the buffer', () => {
    const annaBusy = [{ start: iso('2025-03-10T07:00:00Z'), end: iso('2025-03-10T09:00:00Z') }]; // 08-10 local
    const taken = [{ start: iso('2025-03-10T11:00:00Z'), end: iso('2025-03-10T12:00:00Z') }]; // 12-13 local
    const {
      employees: _e,
      maxPerDay: _m,
      ...request
    } = base({
      window: { start: new Date('2025-03-10T00:00:00Z'), end: new Date('2025-03-11T00:00:00Z') },
    });
    const free = freeSlotsFor(request, person('anna', annaBusy), taken);
    const starts = free.map((f) => f.start);
    expect(starts[0]).toBe('2025-03-10T09:00:00.000Z'); // 10:00 local, after Anna's busy morning
    // 15 minutes clear of the taken 12-13: the latest start before it is 10:45 local, the earliest after 13:15.
    expect(starts).toContain('2025-03-10T09:45:00.000Z');
    expect(starts).not.toContain('2025-03-10T10:00:00.000Z');
    expect(starts).toContain('2025-03-10T12:15:00.000Z');
    expect(starts.every((s) => s <= '2025-03-10T09:45:00.000Z' || s >= '2025-03-10T12:15:00.000Z')).toBe(
      true,
    );
    expect(starts.at(-1)).toBe('2025-03-10T14:00:00.000Z'); // 15:00 local, the last hour of the day
    expect(free.every((f) => Date.parse(f.end) - Date.parse(f.start) === 3_600_000)).toBe(true);
  });
});
