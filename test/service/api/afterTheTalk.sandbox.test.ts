import { randomUUID } from 'node:crypto';
import { startServiceOnSandbox, type ServiceOnSandbox } from './onSandbox';

/**
 * After the talk, on the sandbox with the one clock: the evaluation opens once the meeting has ended (the
 * clock moved past it), each party sees only their own, and gives it once; MUS-testen year over year.
 */
let s: ServiceOnSandbox;
let leader: string;
let employee: string;
const DAY = 86_400_000;

beforeAll(async () => {
  s = await startServiceOnSandbox({ oneClock: true });
  const users = await s.users();
  const hanne = users.find((u) => u.userPrincipalName.startsWith('hanne.mortensen'));
  const report = users.find((u) => hanne && u.managerId === hanne.id);
  if (!hanne || !report) throw new Error('no Hanne and report in the sandbox');
  leader = hanne.userPrincipalName;
  employee = report.userPrincipalName;
});
afterAll(() => s.close());

const as = async (upn: string, extra: object = {}) => ({ token: await s.token(upn), ...extra });
const advance = (advanceDays: number) =>
  fetch(`${s.sandboxUrl}/_sandbox/clock`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ advanceDays }),
  });
const serviceNow = async () =>
  new Date(((await (await fetch(`${s.url}/_sandbox/clock`)).json()) as { now: string }).now);

async function planRound(employeeIds: string[]) {
  const res = await s.call('POST', '/api/rounds', {
    ...(await as(leader)),
    body: { roundId: randomUUID(), title: 'MUS', conceptId: 'flexible', employeeIds },
  });
  expect(res.status).toBe(201);
  return res.body as {
    round: { value: { id: string; year: number } };
    conversations: { value: { id: string } }[];
  };
}

describe('the evaluation after the talk', () => {
  it('opens when the meeting has ended, shows each party only their own, and is given once', async () => {
    const users = await s.users();
    const employeeId = users.find((u) => u.userPrincipalName === employee)!.id;
    const planned = await planRound([employeeId]);
    const conversation = planned.conversations[0]!.value.id;
    const path = `/api/conversations/${conversation}`;
    const start = new Date((await serviceNow()).getTime() + DAY);
    const slot = { start: start.toISOString(), end: new Date(start.getTime() + 3600_000).toISOString() };
    const current = await s.call('GET', `${path}/`, await as(leader));
    const booked = await s.call('POST', `${path}/status`, {
      ...(await as(leader)),
      headers: { 'if-match': current.body.etag },
      body: { event: 'book', slot },
    });
    expect(booked.status).toBe(200);

    const before = await s.call('GET', `${path}/evaluation`, await as(employee));
    expect(before.body).toEqual({ due: false, mine: null });
    // Written before the talk: refused with a reason in both languages, and nothing is kept.
    const early = await s.call('PUT', `${path}/evaluation`, {
      ...(await as(employee)),
      body: { rating: 5, comment: 'Skrevet før samtalen' },
    });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('evaluation_not_open');
    expect(early.body.messages.da).toMatch(/ikke begyndt endnu/);
    expect(early.body.messages.en).toMatch(/not begun yet/);
    expect((await s.call('GET', `${path}/evaluation`, await as(employee))).body.mine).toBeNull();

    expect((await advance(2)).status).toBe(200);
    const open = await s.call('GET', `${path}/evaluation`, await as(employee));
    expect(open.body).toEqual({ due: true, mine: null });

    const given = await s.call('PUT', `${path}/evaluation`, {
      ...(await as(employee)),
      body: { rating: 4, comment: 'God og konkret samtale' },
    });
    expect(given.status).toBe(200);
    const mine = await s.call('GET', `${path}/evaluation`, await as(employee));
    expect(mine.body.mine.value).toMatchObject({ party: 'employee', rating: 4 });
    // The leader sees that their own is open, never the employee's.
    const leaders = await s.call('GET', `${path}/evaluation`, await as(leader));
    expect(leaders.body).toEqual({ due: true, mine: null });
    expect(leaders.text).not.toContain('God og konkret');
    // Once: a second answer without the eTag is refused and the first stays.
    const again = await s.call('PUT', `${path}/evaluation`, {
      ...(await as(employee)),
      body: { rating: 1, comment: '' },
    });
    expect(again.status).toBe(428);
    expect((await s.call('GET', `${path}/evaluation`, await as(employee))).body.mine.value.rating).toBe(4);
  });
});

describe('MUS-testen year over year', () => {
  const sheet = (answer: number) => Array(20).fill(answer);

  it('lists my results newest first with their scores, only mine', async () => {
    const users = await s.users();
    const reports = users.filter(
      (u) => u.managerId === users.find((x) => x.userPrincipalName === leader)!.id,
    );
    const first = await planRound([reports[1]!.id]);
    const put = async (roundId: string, answer: number) =>
      s.call('PUT', `/api/rounds/${roundId}/mus-test`, {
        ...(await as(leader)),
        body: { answers: sheet(answer) },
      });
    expect((await put(first.round.value.id, 3)).status).toBe(200);

    expect((await advance(365)).status).toBe(200);
    const next = await planRound([reports[1]!.id]);
    expect(next.round.value.year).toBe(first.round.value.year + 1);
    expect((await put(next.round.value.id, 4)).status).toBe(200);

    const list = await s.call('GET', '/api/mus-tests', await as(leader));
    expect(list.status).toBe(200);
    expect(
      list.body.map((r: { value: { year: number }; score: { total: { score: number } } }) => [
        r.value.year,
        r.score.total.score,
      ]),
    ).toEqual([
      [next.round.value.year, 80],
      [first.round.value.year, 60],
    ]);
    const others = await s.call('GET', '/api/mus-tests', await as(employee));
    expect(others.body).toEqual([]);
  });
});

describe('Siden sidst', () => {
  it('fills next year’s conversation with last year’s goals and their status, for its two parties only', async () => {
    const users = await s.users();
    const hanneId = users.find((u) => u.userPrincipalName === leader)!.id;
    const report = users.filter((u) => u.managerId === hanneId)[2]!;
    const last = (await planRound([report.id])).conversations[0]!.value.id;
    const made = await s.call('POST', `/api/conversations/${last}/goals`, {
      ...(await as(leader)),
      body: {
        goalId: randomUUID(),
        goal: 'Lære at lede møder',
        deadline: '2030-06-30',
        activities: ['Kursus'],
      },
    });
    expect(made.status).toBe(201);
    const followed = await s.call(
      'POST',
      `/api/conversations/${last}/goals/${made.body.value.id}/follow-ups`,
      {
        ...(await as(leader)),
        headers: { 'if-match': made.body.etag },
        body: { status: 'inProgress', note: 'Kurset er booket' },
      },
    );
    expect(followed.status).toBe(200);
    const first = await s.call(
      'GET',
      `/api/conversations/${last}/since-last`,
      await as(report.userPrincipalName),
    );
    expect(first.body).toEqual({ conversationId: null, at: null, goals: [] });

    expect((await advance(365)).status).toBe(200);
    const next = (await planRound([report.id])).conversations[0]!.value.id;
    for (const who of [report.userPrincipalName, leader]) {
      const res = await s.call('GET', `/api/conversations/${next}/since-last`, await as(who));
      expect(res.status).toBe(200);
      expect(res.body.conversationId).toBe(last);
      expect(
        res.body.goals.map((g: { value: { goal: string; status: string } }) => [
          g.value.goal,
          g.value.status,
        ]),
      ).toEqual([['Lære at lede møder', 'inProgress']]);
    }
    // Someone who is no party to the new conversation learns nothing (the same 404 as for none).
    const stranger = await s.call('GET', `/api/conversations/${next}/since-last`, await as(employee));
    expect(stranger.status).toBe(404);
  });
});
