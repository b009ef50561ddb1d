import { randomUUID } from 'node:crypto';
import type { Reply } from '../api/http';
import { buildWorld, type Alias, type World } from './world';

/**
 * Moves of an attacker with an ordinary account, and the proof that a refusal changed nothing: each helper
 * works through HTTP on the world's service on the sandbox.
 */
export type Slot = { start: string; end: string };

/** A slot far ahead. */
export const far: Slot = { start: '2030-05-01T09:00:00.000Z', end: '2030-05-01T10:00:00.000Z' };
/** A slot starting in a moment; {@link untilStarted} waits for the server's clock to pass its start. */
export const soon = (): Slot => ({
  start: new Date(Date.now() + 1500).toISOString(),
  end: new Date(Date.now() + 3_600_000).toISOString(),
});
export const untilStarted = () => new Promise((resolve) => setTimeout(resolve, 1600));

export function attacks(w: World) {
  const conv = (id: string) => `/api/conversations/${id}`;

  /** What `alias` reads at `path` (must be 200). */
  async function read(alias: Alias, path: string): Promise<string> {
    const res = await w.call('GET', path, await w.as(alias));
    if (res.status !== 200) throw new Error(`read-back of ${path} as ${alias}: ${res.status} ${res.text}`);
    return res.text;
  }

  /** Sends `body` to a route of conversation `id` as `alias`, with the conversation's current eTag. */
  async function post(alias: Alias, id: string, route: string, body: unknown): Promise<Reply> {
    const current = await w.call('GET', conv(id), await w.as(alias));
    return w.call(
      'POST',
      `${conv(id)}/${route}`,
      await w.as(alias, { body, headers: { 'if-match': current.body.etag } }),
    );
  }

  /** `alias` sends `event` (with `slot` for book/rebook) to the conversation's state machine; must be 200. */
  async function step(alias: Alias, id: string, event: string, slot?: Slot): Promise<Reply> {
    const res = await post(alias, id, 'status', slot ? { event, slot } : { event });
    if (res.status !== 200) throw new Error(`${event} as ${alias}: ${res.status} ${res.text}`);
    return res;
  }

  /** Both parties agree the agenda (the conversation must be booked). */
  async function agree(leader: Alias, employee: Alias, id: string): Promise<void> {
    for (const who of [leader, employee]) {
      const res = await post(who, id, 'agenda', { action: 'agree' });
      if (res.status !== 200) throw new Error(`agree as ${who}: ${res.status} ${res.text}`);
    }
  }

  /** A new round of `leader` for `employee`: the new conversation's id and its first topic. */
  async function freshConversation(leader: Alias, employee: Alias): Promise<{ id: string; topic: string }> {
    const res = await w.call(
      'POST',
      '/api/rounds',
      await w.as(leader, {
        body: {
          roundId: randomUUID(),
          title: 'Ekstra runde',
          conceptId: 'flexible',
          employeeIds: [w.id(employee)],
        },
      }),
    );
    if (res.status !== 201) throw new Error(`round: ${res.status} ${res.text}`);
    const c = res.body.conversations[0].value;
    return { id: c.id, topic: c.agenda.items[0].topic.id };
  }

  /** Sends a request that must be refused, and proves that what `reads` returns is the same afterwards. */
  async function refused(
    expected: { status: number; code: string },
    request: () => Promise<Reply>,
    reads: () => Promise<string>,
  ): Promise<Reply> {
    const before = await reads();
    const res = await request();
    expect({ status: res.status, code: res.body?.code }).toEqual(expected);
    expect(res.body.messages.da.length).toBeGreaterThan(0);
    expect(res.body.messages.en.length).toBeGreaterThan(0);
    expect(await reads()).toBe(before);
    return res;
  }

  return { conv, read, post, step, agree, freshConversation, refused };
}

/**
 * The test file's world (built before its tests, closed after them) with the attacker's moves on it; `w` and
 * `a` are there once the tests run.
 */
export function suiteWorld(options?: Parameters<typeof buildWorld>[0]) {
  const suite = {} as { w: World; a: ReturnType<typeof attacks> };
  beforeAll(async () => {
    suite.w = await buildWorld(options);
    suite.a = attacks(suite.w);
  });
  afterAll(() => suite.w.s.close());
  return suite;
}
