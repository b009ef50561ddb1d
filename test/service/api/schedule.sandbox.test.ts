import { randomUUID } from 'node:crypto';
import { addDays } from 'date-fns';
import { startServiceOnSandbox, type ServiceOnSandbox } from './onSandbox';

/**
 * A leader plans a round for her six reports on the sandbox: the service asks Graph getSchedule for everyone
 * (on her behalf, batched) and the domain places each conversation in both people's working hours, clear of
 * both calendars and of each other; she can move one to another free time, never to a busy one.
 */
let s: ServiceOnSandbox;
let leader: { id: string; upn: string };
let team: string[];
let token: string;
const day = (d: Date) => d.toISOString().slice(0, 10);

beforeAll(async () => {
  s = await startServiceOnSandbox();
  const users = await s.users();
  const hanne = users.find((u) => u.userPrincipalName.startsWith('hanne.mortensen'));
  if (!hanne) throw new Error('no Hanne in the sandbox');
  leader = { id: hanne.id, upn: hanne.userPrincipalName };
  team = users.filter((u) => u.managerId === hanne.id).map((u) => u.id);
  token = await s.token(leader.upn);
});
afterAll(() => s.close());

async function newRound(extra: Record<string, unknown> = {}) {
  const from = addDays(new Date(), 7);
  const res = await s.call('POST', '/api/rounds', {
    token,
    body: {
      roundId: randomUUID(),
      title: 'MUS 2027',
      conceptId: 'flexible',
      employeeIds: team,
      window: { from: day(from), to: day(addDays(from, 20)) },
      durationMinutes: 60,
      workingHours: { start: '09:00', end: '15:00' },
      bufferMinutes: 15,
      maxPerDay: 2,
      ...extra,
    },
  });
  expect(res.status).toBe(201);
  return res.body.round.value.id as string;
}

const minutes = (iso: string) => new Date(iso).getTime() / 60_000;

describe('planning a round from free/busy', () => {
  it('places every report in working hours, at most two a day, never overlapping, buffers kept', async () => {
    const roundId = await newRound();
    const res = await s.call('POST', `/api/rounds/${roundId}/schedule`, { token, body: {} });
    expect(res.status).toBe(200);
    const { slots, unplaced } = res.body as {
      slots: { conversationId: string; employeeId: string; start: string; end: string }[];
      unplaced: unknown[];
    };
    expect(unplaced).toEqual([]);
    expect(slots.map((x) => x.employeeId).sort()).toEqual([...team].sort());
    const sorted = [...slots].sort((a, b) => a.start.localeCompare(b.start));
    for (const [i, slot] of sorted.entries()) {
      expect(minutes(slot.end) - minutes(slot.start)).toBe(60);
      const local = new Intl.DateTimeFormat('en-GB', {
        timeZone: 'Europe/Copenhagen',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }).format(new Date(slot.start));
      expect(local >= '09:00' && local <= '14:00').toBe(true);
      const next = sorted[i + 1];
      if (next) expect(minutes(next.start) - minutes(slot.end)).toBeGreaterThanOrEqual(15);
    }
    const perDay = new Map<string, number>();
    for (const slot of slots)
      perDay.set(slot.start.slice(0, 10), (perDay.get(slot.start.slice(0, 10)) ?? 0) + 1);
    expect(Math.max(...perDay.values())).toBeLessThanOrEqual(2);

    // The round remembers the proposal.
    const round = await s.call('GET', `/api/rounds/${roundId}`, { token });
    expect(round.body.round.value.proposal.slots).toHaveLength(team.length);
    expect(round.body.conversations).toHaveLength(team.length);
  });

  it('moves one conversation to a free time the service offers, and refuses a taken one with 409', async () => {
    const roundId = await newRound();
    const first = await s.call('POST', `/api/rounds/${roundId}/schedule`, { token, body: {} });
    const [a, b] = first.body.slots as { conversationId: string; start: string }[];
    if (!a || !b) throw new Error('expected two slots');
    const options = await s.call(
      'GET',
      `/api/rounds/${roundId}/schedule/options?conversationId=${a.conversationId}`,
      { token },
    );
    expect(options.status).toBe(200);
    const target = (options.body as { start: string }[]).find((o) => o.start !== a.start);
    if (!target) throw new Error('no other free time offered');
    const moved = await s.call('POST', `/api/rounds/${roundId}/schedule`, {
      token,
      body: { moves: [{ conversationId: a.conversationId, start: target.start }] },
    });
    expect(moved.status).toBe(200);
    expect(
      moved.body.slots.find((x: { conversationId: string }) => x.conversationId === a.conversationId).start,
    ).toBe(target.start);
    const clash = await s.call('POST', `/api/rounds/${roundId}/schedule`, {
      token,
      body: { moves: [{ conversationId: a.conversationId, start: b.start }] },
    });
    expect({ status: clash.status, code: clash.body.code }).toEqual({ status: 409, code: 'slot_not_free' });
    expect(clash.body.messages.da).toMatch(/ikke ledigt/);
  });

  it('answers 404 to another leader, the same as for a round that does not exist', async () => {
    const roundId = await newRound();
    const users = await s.users();
    const other = users.find((u) => u.role === 'leader' && u.id !== leader.id);
    if (!other) throw new Error('no other leader');
    const theirs = await s.call('POST', `/api/rounds/${roundId}/schedule`, {
      token: await s.token(other.userPrincipalName),
      body: {},
    });
    const none = await s.call('POST', `/api/rounds/${randomUUID()}/schedule`, { token, body: {} });
    expect([theirs.status, theirs.body.code]).toEqual([404, 'not_found']);
    expect([none.status, none.body.code]).toEqual([404, 'not_found']);
  });
});
