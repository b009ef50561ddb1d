import { randomUUID } from 'node:crypto';
import { startServiceOnSandbox, type ServiceOnSandbox, type SandboxUser } from './onSandbox';

/**
 * The handover when the manager changes, on the sandbox's directory: the conversation, its open goals and its
 * conclusion stay with nobody but the employee until the employee hands them to the new manager; then the new
 * leader follows them up and the former leader has no access.
 */
let s: ServiceOnSandbox;
let hanne: SandboxUser;
let lars: SandboxUser;
let employee: SandboxUser;
let conversation: string;
let goal: string;

const LARS = 'lars.oestergaard@contoso-kommune.dk';
const as = async (who: SandboxUser, extra: object = {}) => ({
  token: await s.token(who.userPrincipalName),
  ...extra,
});
const path = () => `/api/conversations/${conversation}`;

beforeAll(async () => {
  s = await startServiceOnSandbox({ oneClock: true, directoryCacheMs: 0 });
  const users = await s.users();
  hanne = users.find((u) => u.userPrincipalName.startsWith('hanne.mortensen'))!;
  lars = users.find((u) => u.userPrincipalName === LARS)!;
  employee = users.filter((u) => u.managerId === hanne.id)[4]!;
  const round = await s.call('POST', '/api/rounds', {
    ...(await as(hanne)),
    body: { roundId: randomUUID(), title: 'MUS', conceptId: 'flexible', employeeIds: [employee.id] },
  });
  conversation = round.body.conversations[0].value.id;
  const made = await s.call('POST', `${path()}/goals`, {
    ...(await as(hanne)),
    body: { goalId: randomUUID(), goal: 'Tage lederuddannelsen', deadline: '2030-01-31', activities: [] },
  });
  expect(made.status).toBe(201);
  goal = made.body.value.id;
  await s.setManager(employee.id, lars.id);
});
afterAll(() => s.close());

const handOver = async (who: SandboxUser, leaderId: string) => {
  const current = await s.call('GET', `${path()}/`, await as(employee));
  return s.call('POST', `${path()}/handover/new-leader`, {
    ...(await as(who)),
    headers: { 'if-match': current.body.etag },
    body: { leaderId },
  });
};

it('before the employee’s consent: the former leader is refused, the new one learns nothing, nobody else hands over', async () => {
  const former = await s.call('GET', `${path()}/goals`, await as(hanne));
  expect([former.status, former.body.code]).toEqual([403, 'former_leader']);
  expect(former.text).not.toContain('lederuddannelsen');
  const newLeader = await s.call('GET', `${path()}/goals`, await as(lars));
  expect([newLeader.status, newLeader.body.code]).toEqual([404, 'not_found']);
  expect((await handOver(lars, lars.id)).status).toBe(404);
  expect((await handOver(hanne, lars.id)).status).toBe(403);
  // The employee can hand over only to the manager the directory names now.
  const stranger = await handOver(employee, hanne.id);
  expect([stranger.status, stranger.body.code]).toEqual([403, 'handover_not_allowed']);
  expect(stranger.body.messages.da).toMatch(/samtykke/);
  const list = await s.call('GET', '/api/conversations', await as(lars));
  expect(list.body.map((c: { value: { id: string } }) => c.value.id)).not.toContain(conversation);
});

it('with the employee’s consent: the new leader follows up the goals, the former leader loses access', async () => {
  const given = await handOver(employee, lars.id);
  expect(given.status).toBe(200);
  expect(given.body.value.leaderId).toBe(lars.id);
  expect(given.body.value.formerLeaders.map((f: { leaderId: string }) => f.leaderId)).toEqual([hanne.id]);

  const goals = await s.call('GET', `${path()}/goals`, await as(lars));
  expect(goals.status).toBe(200);
  expect(goals.body.map((g: { value: { goal: string } }) => g.value.goal)).toEqual(['Tage lederuddannelsen']);
  const followed = await s.call('POST', `${path()}/goals/${goal}/follow-ups`, {
    ...(await as(lars)),
    headers: { 'if-match': goals.body[0].etag },
    body: { status: 'inProgress', note: 'Tilmeldt' },
  });
  expect(followed.status).toBe(200);
  const list = await s.call('GET', '/api/conversations', await as(lars));
  expect(list.body.map((c: { value: { id: string } }) => c.value.id)).toContain(conversation);

  const former = await s.call('GET', `${path()}/goals`, await as(hanne));
  expect(former.status).toBe(404);
  expect(former.text).not.toContain('lederuddannelsen');
  const formerList = await s.call('GET', '/api/conversations', await as(hanne));
  expect(formerList.body.map((c: { value: { id: string } }) => c.value.id)).not.toContain(conversation);
});
