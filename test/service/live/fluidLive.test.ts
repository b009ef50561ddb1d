import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { joinFluid } from '../../../src/adapters/live/fluidLive';
import { createLiveApi } from '../../../src/adapters/live/liveApi';
import { MeetingLive } from '../../../src/application/live/meetingLive';
import type { SharedChange } from '../../../src/application/meeting/live';
import type { LivePort, LiveSession } from '../../../src/application/ports/LivePort';
import { startLocalFluid, type LocalFluid } from '../../../src/service/live/localFluid';
import { LOCAL_FLUID_KEY, LOCAL_FLUID_TENANT } from '../../../src/service/live/settings';
import { MemoryDraft } from '../../application/live/fakeLive';
import { startHarness, type Harness } from '../api/harness';

// Fluid's container runtime reads `navigator` (a global from Node 21 on).
(globalThis as { navigator?: object }).navigator ??= {};

/** The live layer end to end in Node: the MUS service's tokens, the local Fluid service, two side panels. */
let fluid: LocalFluid;
let h: Harness;
let folder: string;
let conversationId = '';
const sessions: LiveSession[] = [];

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'mus-fluid-'));
  fluid = await startLocalFluid({ location: folder });
  h = await startHarness({
    live: {
      endpoint: fluid.endpoint,
      tenantId: LOCAL_FLUID_TENANT,
      key: LOCAL_FLUID_KEY,
      tokenSeconds: 3600,
    },
  });
  h.directory.managers.set('emp-1', 'lead-1');
  const res = await h.call('POST', '/api/rounds', {
    token: await h.token('lead-1'),
    body: { roundId: randomUUID(), title: 'MUS 2026', conceptId: 'flexible', employeeIds: ['emp-1'] },
  });
  conversationId = res.body.conversations[0].value.id;
}, 60_000);

afterAll(async () => {
  sessions.forEach((session) => session.close());
  await h.close();
  await fluid.close();
  rmSync(folder, { recursive: true, force: true });
});

async function panel(user: string) {
  const token = await h.token(user);
  const accessToken = {
    getAccessToken: async () => ({ ok: true as const, token }),
    signIn: async () => ({ ok: true as const, token }),
  };
  const joined = await joinFluid(createLiveApi({ baseUrl: h.url, accessToken }), conversationId);
  if (!joined.ok) throw new Error(`join failed: ${joined.reason}`);
  sessions.push(joined.session);
  const port: LivePort = { join: async () => joined };
  const live = new MeetingLive(conversationId, port, new MemoryDraft());
  await live.joined;
  const heard = new Map<string, SharedChange>();
  live.subscribe((change) => {
    const field = change.field;
    const key =
      field.kind === 'note'
        ? `${change.etag ? 'saved' : 'note'}:${field.topicId}`
        : field.kind === 'goal'
          ? `goal:${field.goalId}:${field.part}`
          : 'goals';
    heard.set(key, change);
  });
  return { live, heard, session: joined.session };
}

async function until(check: () => boolean, timeoutMs = 5000): Promise<number> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return Date.now() - started;
}

describe('the live map on the local Fluid service', () => {
  it('puts both parties in one container, and each sees the other’s typing within 2 seconds', async () => {
    const [leader, employee] = await Promise.all([panel('lead-1'), panel('emp-1')]);
    expect(leader.session.me).toBe('lead-1');
    expect(employee.session.me).toBe('emp-1');
    await until(() => leader.session.connected && employee.session.connected, 15_000);
    const registered = await h.call('GET', `/api/conversations/${conversationId}/live`, {
      token: await h.token('emp-1'),
    });
    expect(registered.body.containerId).toEqual(expect.any(String));

    const latencies: number[] = [];
    const note = (topicId: string, text: string) => ({ field: { kind: 'note' as const, topicId }, text });
    const goal = (text: string) => ({
      field: { kind: 'goal' as const, goalId: 'g1', part: 'goal' as const },
      text,
    });
    for (let i = 1; i <= 5; i++) {
      leader.live.publish(note('t1', `Lederen skriver ${i}`));
      employee.live.publish(note('t2', `Medarbejderen skriver ${i}`));
      employee.live.publish(goal(`Lære Power BI ${i}`));
      latencies.push(
        await until(() => employee.heard.get('note:t1')?.text === `Lederen skriver ${i}`),
        await until(() => leader.heard.get('note:t2')?.text === `Medarbejderen skriver ${i}`),
        await until(() => leader.heard.get('goal:g1:goal')?.text === `Lære Power BI ${i}`),
      );
    }
    // A save's eTag travels beside the text: the other party's next save is based on it.
    leader.live.publish({ ...note('t1', 'Lederen skriver 5'), etag: '"7"' });
    await until(() => employee.heard.get('saved:t1')?.etag === '"7"');
    console.log(`live sync latency (ms): ${latencies.join(', ')}`);
    expect(Math.max(...latencies)).toBeLessThan(2000);
    expect(leader.session.keys().sort()).toEqual(['goal:g1:goal', 'note:t1', 'note:t2', 'saved:t1']);
  }, 60_000);
});
