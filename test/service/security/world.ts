import { randomUUID } from 'node:crypto';
import type { CallOptions, Reply } from '../api/http';
import { startServiceOnSandbox, type ServiceOnSandbox } from '../api/onSandbox';

/**
 * The security suite's world, on the sandbox's seeded organisation: L1 is the Borgerservice leader and E1..E6
 * her six direct reports, L2 the IT leader and E7 one of his, H the HR partner (member of the HR group). One
 * conversation per employee, with a shared note and a submitted preparation in place; the meetings of E1, E2,
 * E3, E5 and E7 have started (booked, agenda agreed, start passed) and have a conclusion, E4's and E6's are
 * planned (or those of `meetingsStarted`). Tokens come from the sandbox's /oidc; leaders and HR are what
 * Graph says.
 */
export type Alias = 'L1' | 'L2' | 'H' | 'E1' | 'E2' | 'E3' | 'E4' | 'E5' | 'E6' | 'E7';

export interface World {
  s: ServiceOnSandbox;
  /** The Entra object id of a person of the world. */
  id(alias: Alias): string;
  upn(alias: Alias): string;
  as(alias: Alias, options?: CallOptions): Promise<CallOptions>;
  call(method: string, path: string, options?: CallOptions): Promise<Reply>;
  conv: Record<string, string>;
  roundId: string;
  topicId: string;
}

/** Whose meetings the world starts (booked, agenda agreed, start passed), so a conclusion can be written. */
const STARTED: readonly Alias[] = ['E1', 'E2', 'E3', 'E5', 'E7'];

export async function buildWorld(
  options: { directoryCacheMs?: number; meetingsStarted?: readonly Alias[] } = {},
): Promise<World> {
  // Manager changes must show at once in these tests (the service caches directory answers for 60 s),
  // unless a test is about that cache.
  const s = await startServiceOnSandbox({ directoryCacheMs: options.directoryCacheMs ?? 0 });
  const users = await s.users();
  const leaderOf = (department: string) => {
    const leader = users.find((u) => u.role === 'leader' && u.department === department);
    if (!leader) throw new Error(`no leader of ${department} in the sandbox`);
    return { leader, team: users.filter((u) => u.managerId === leader.id) };
  };
  const borgerservice = leaderOf('Borgerservice');
  const it = leaderOf('Digitalisering og IT');
  const hr = users.find((u) => u.jobTitle === 'HR-partner') ?? users.find((u) => u.role === 'hr');
  if (!hr || borgerservice.team.length < 6 || !it.team[0]) throw new Error('unexpected sandbox organisation');
  const people: Record<Alias, { id: string; userPrincipalName: string }> = {
    L1: borgerservice.leader,
    L2: it.leader,
    H: hr,
    E1: borgerservice.team[0]!,
    E2: borgerservice.team[1]!,
    E3: borgerservice.team[2]!,
    E4: borgerservice.team[3]!,
    E5: borgerservice.team[4]!,
    E6: borgerservice.team[5]!,
    E7: it.team[0],
  };
  const tokens = new Map<Alias, Promise<string>>();
  const tokenOf = (alias: Alias) => {
    let t = tokens.get(alias);
    if (!t) {
      t = s.token(people[alias].userPrincipalName);
      tokens.set(alias, t);
    }
    return t;
  };
  const as = async (alias: Alias, options: CallOptions = {}) => ({ ...options, token: await tokenOf(alias) });
  const id = (alias: Alias) => people[alias].id;

  const round = await s.call('POST', '/api/rounds', {
    ...(await as('L1')),
    body: {
      roundId: randomUUID(),
      title: 'MUS 2026',
      conceptId: 'flexible',
      employeeIds: (['E1', 'E2', 'E3', 'E4', 'E5', 'E6'] as const).map(id),
    },
  });
  const round2 = await s.call('POST', '/api/rounds', {
    ...(await as('L2')),
    body: { roundId: randomUUID(), title: 'MUS 2026 B', conceptId: 'flexible', employeeIds: [id('E7')] },
  });
  if (round.status !== 201 || round2.status !== 201)
    throw new Error(`rounds: ${round.status} ${round.text} / ${round2.status} ${round2.text}`);
  const aliasOf = new Map(Object.entries(people).map(([alias, p]) => [p.id, alias]));
  const conv: Record<string, string> = {};
  for (const c of [...round.body.conversations, ...round2.body.conversations])
    conv[aliasOf.get(c.value.employeeId) ?? '?'] = c.value.id;
  const topicId: string = round.body.conversations[0].value.agenda.items[0].topic.id;
  const started = options.meetingsStarted ?? STARTED;
  await startMeetings(s, as, conv, started);
  for (const employee of ['E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'E7'] as const) {
    const path = `/api/conversations/${conv[employee]}`;
    const parts = [
      [`notes/${topicId}`, { text: `note of ${employee}` }],
      ['conclusion', { summaries: { [topicId]: `conclusion of ${employee}` } }],
      ['preparation', { answers: { [topicId]: `prep of ${employee}` }, submit: true }],
    ] as const;
    // A conclusion is written at or after the meeting: only where the meeting has started.
    for (const [part, body] of parts.filter(([p]) => p !== 'conclusion' || started.includes(employee))) {
      const res = await s.call('PUT', `${path}/${part}`, { ...(await as(employee)), body });
      if (res.status !== 200) throw new Error(`seeding ${part}: ${res.status} ${res.text}`);
    }
  }
  return {
    s,
    id,
    upn: (alias) => people[alias].userPrincipalName,
    as,
    call: s.call,
    conv,
    roundId: round.body.round.value.id,
    topicId,
  };
}

/**
 * Books each of `employees`' meetings to start in a few seconds, has both parties agree the agenda, and waits
 * for the server's clock to pass the start: the meetings have started (agendaAgreed).
 */
async function startMeetings(
  s: ServiceOnSandbox,
  as: (alias: Alias) => Promise<CallOptions>,
  conv: Record<string, string>,
  employees: readonly Alias[],
): Promise<void> {
  if (employees.length === 0) return;
  const post = async (alias: Alias, employee: Alias, route: string, body: unknown) => {
    const path = `/api/conversations/${conv[employee]}`;
    const current = await s.call('GET', path, await as(alias));
    return s.call('POST', `${path}/${route}`, {
      ...(await as(alias)),
      body,
      headers: { 'if-match': current.body.etag },
    });
  };
  const send = async (alias: Alias, employee: Alias, route: string, body: unknown) => {
    const res = await post(alias, employee, route, body);
    if (res.status !== 200) throw new Error(`starting ${employee}'s meeting: ${res.status} ${res.text}`);
  };
  // A loaded machine can take longer than the lead to book: the service then refuses the slot as past
  // (`slot_in_past`, nothing changed), and the booking is tried again further ahead.
  const book = async (leader: Alias, employee: Alias): Promise<number> => {
    for (let lead = 4000; ; lead *= 2) {
      const start = Date.now() + lead;
      const slot = { start: new Date(start).toISOString(), end: new Date(start + 3_600_000).toISOString() };
      const res = await post(leader, employee, 'status', { event: 'book', slot });
      if (res.status === 200) return start;
      if (res.body?.code !== 'slot_in_past' || lead > 60_000)
        throw new Error(`booking ${employee}'s meeting: ${res.status} ${res.text}`);
    }
  };
  const starts = await Promise.all(
    employees.map(async (employee) => {
      const leader: Alias = employee === 'E7' ? 'L2' : 'L1';
      const start = await book(leader, employee);
      await send(leader, employee, 'agenda', { action: 'agree' });
      await send(employee, employee, 'agenda', { action: 'agree' });
      return start;
    }),
  );
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, Math.max(...starts) - Date.now()) + 200));
}

/** Reads a record as a party, to compare before and after a refused request. */
export async function snapshot(
  w: World,
  employee: Alias,
  part: 'notes' | 'conclusion' | 'goals' | '' = '',
): Promise<string> {
  const suffix = part ? `/${part}` : '';
  const res = await w.call('GET', `/api/conversations/${w.conv[employee]}${suffix}`, await w.as(employee));
  if (res.status !== 200) throw new Error(`snapshot failed: ${res.status} ${res.text}`);
  return res.text;
}
