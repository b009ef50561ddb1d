import { randomUUID } from 'node:crypto';
import { buildWorld, type Alias, type World } from '../security/world';

/**
 * HR's round overview (`GET /api/hr/overview`) on the sandbox: counts per round and leader, never a person;
 * HR only. The world: L1's round of six (E1, E2, E3, E5 booked and started; E4, E6 planned), L2's round of E7.
 */
let w: World;
beforeAll(async () => {
  w = await buildWorld();
});
afterAll(() => w.s.close());

const overview = async (alias: Alias) => w.call('GET', '/api/hr/overview', await w.as(alias));

describe('the round overview', () => {
  it('gives HR each round’s stages, plans and overdue conversations with the leader’s name', async () => {
    const users = await w.s.users();
    const nameOf = (alias: Alias) => users.find((u) => u.id === w.id(alias))?.displayName;
    const unitOf = (alias: Alias) => users.find((u) => u.id === w.id(alias))?.department;
    // A round of L2's whose window ended last year: its conversation is overdue.
    const past = await w.call('POST', '/api/rounds', {
      ...(await w.as('L2')),
      body: {
        roundId: randomUUID(),
        title: 'MUS 2025 IT',
        conceptId: 'flexible',
        employeeIds: [w.id('E7')],
        window: { from: '2025-02-01', to: '2025-03-31' },
      },
    });
    expect(past.status).toBe(201);
    const goal = await w.call('POST', `/api/conversations/${w.conv.E1}/goals`, {
      ...(await w.as('L1')),
      body: {
        goalId: randomUUID(),
        goal: 'Lære Python',
        activities: ['Kursus'],
        deadline: '2026-12-01',
        responsible: 'employee',
      },
    });
    expect(goal.status).toBe(201);

    const res = await overview('H');
    expect(res.status).toBe(200);
    const byTitle = new Map(res.body.map((r: { roundTitle: string }) => [r.roundTitle, r]));
    expect(byTitle.get('MUS 2026')).toMatchObject({
      leaderId: w.id('L1'),
      leaderName: nameOf('L1'),
      unit: unitOf('L1'),
      conversations: 6,
      notBooked: 2,
      booked: 4,
      held: 0,
      signed: 0,
      withPlan: 1,
      overdue: 0,
    });
    expect(unitOf('L1')).toEqual(expect.any(String));
    expect(byTitle.get('MUS 2025 IT')).toMatchObject({
      leaderName: nameOf('L2'),
      unit: unitOf('L2'),
      conversations: 1,
      notBooked: 1,
      overdue: 1,
    });
    // Counts only: no employee's id or name anywhere in the answer.
    for (const e of ['E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'E7'] as const) {
      expect(res.text).not.toContain(w.id(e));
      expect(res.text).not.toContain(nameOf(e));
    }
  });

  it('is refused to a leader and to an employee (forbidden), in Danish and English', async () => {
    for (const alias of ['L1', 'E1'] as const) {
      const res = await overview(alias);
      expect(res.status).toBe(403);
      expect(res.body).toMatchObject({ code: 'forbidden', messages: { da: expect.any(String) } });
      expect(res.text).not.toContain('MUS 2026');
    }
  });
});
