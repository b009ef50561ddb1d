import { startHarness, type Harness } from '../api/harness';
import type { CallOptions, Reply } from '../api/http';

/**
 * A small organisation for the security suite: leader L1 with employees E1..E6, leader L2 with E7,
 * HR member H. One conversation per employee of L1, with notes, goals and a conclusion in place.
 */
export interface World {
  h: Harness;
  as(user: string, options?: CallOptions): Promise<CallOptions>;
  call(method: string, path: string, options?: CallOptions): Promise<Reply>;
  conv: Record<string, string>;
  roundId: string;
  topicId: string;
}

export async function buildWorld(): Promise<World> {
  const h = await startHarness();
  for (let i = 1; i <= 6; i++) h.directory.managers.set(`E${i}`, 'L1');
  h.directory.managers.set('E7', 'L2');
  h.directory.managers.set('L1', 'H');
  h.directory.hr.add('H');
  const as = async (user: string, options: CallOptions = {}) => ({ ...options, token: await h.token(user) });
  const round = await h.call('POST', '/api/rounds', {
    ...(await as('L1')),
    body: { title: 'MUS 2026', conceptId: 'flexible', employeeIds: ['E1', 'E2', 'E3', 'E4', 'E5', 'E6'] },
  });
  const round2 = await h.call('POST', '/api/rounds', {
    ...(await as('L2')),
    body: { title: 'MUS 2026 B', conceptId: 'flexible', employeeIds: ['E7'] },
  });
  const conv: Record<string, string> = {};
  for (const c of [...round.body.conversations, ...round2.body.conversations])
    conv[c.value.employeeId] = c.value.id;
  const topicId: string = round.body.conversations[0].value.agenda[0].topicId;
  for (const [employee, id] of Object.entries(conv)) {
    await h.call('PUT', `/api/conversations/${id}/notes/${topicId}`, {
      ...(await as(employee)),
      body: { text: `note of ${employee}` },
    });
    await h.call('PUT', `/api/conversations/${id}/conclusion`, {
      ...(await as(employee)),
      body: { text: `conclusion of ${employee}` },
    });
    await h.call('PUT', `/api/conversations/${id}/preparation`, {
      ...(await as(employee)),
      body: { answers: { [topicId]: `prep of ${employee}` }, submit: true },
    });
  }
  return { h, as, call: h.call, conv, roundId: round.body.round.value.id, topicId };
}

/** Reads a record as a party, to compare before and after a refused request. */
export async function snapshot(
  w: World,
  employee: string,
  part: 'notes' | 'conclusion' | 'goals' | '' = '',
): Promise<string> {
  const suffix = part ? `/${part}` : '';
  const res = await w.call('GET', `/api/conversations/${w.conv[employee]}${suffix}`, await w.as(employee));
  if (res.status !== 200) throw new Error(`snapshot failed: ${res.status} ${res.text}`);
  return res.text;
}
