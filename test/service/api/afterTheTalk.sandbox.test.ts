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
