import { z } from 'zod';
import { MUS_SITE_ID } from '../../src/sandbox';
import type { DemoUser, Harness } from './harness';
import { appToken, demoUsers, graph, json, start, userToken } from './harness';

const logSchema = z.object({
  value: z.array(
    z.object({
      method: z.string(),
      path: z.string(),
      status: z.number(),
      time: z.string(),
      durationMs: z.number(),
    }),
  ),
});
const faults = (url: string, rule: unknown) =>
  fetch(`${url}/_sandbox/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(rule),
  });

describe('test controls', () => {
  let h: Harness;
  let user: DemoUser;
  let token: string;
  beforeAll(async () => {
    h = await start();
    user = (await demoUsers(h.url))[0]!;
    token = await userToken(h.url, user.userPrincipalName);
  });
  afterAll(() => h.stop());
  afterEach(async () => {
    await fetch(`${h.url}/_sandbox/faults`, { method: 'DELETE' });
  });

  it('fails the next N matching requests with 503 and Retry-After, then recovers', async () => {
    expect(
      (await faults(h.url, { path: '^/v1\\.0/me$', status: 503, failNext: 2, retryAfter: 7 })).status,
    ).toBe(201);
    const first = await graph(h.url, token, 'GET', '/me');
    expect(first.status).toBe(503);
    expect(first.headers.get('retry-after')).toBe('7');
    expect(first.body).toMatchObject({ error: { code: 'ServiceUnavailable' } });
    expect((await graph(h.url, token, 'GET', '/me')).status).toBe(503);
    expect((await graph(h.url, token, 'GET', '/me')).status).toBe(200);
    expect((await graph(h.url, token, 'GET', '/me/manager')).status).not.toBe(503);
  });

  it('throttles a seeded share of requests the same way on every run', async () => {
    const run = async () => {
      await fetch(`${h.url}/_sandbox/faults`, { method: 'DELETE' });
      await faults(h.url, { path: '^/v1\\.0/me$', status: 429, rate: 0.3, seed: 42 });
      const statuses: number[] = [];
      for (let i = 0; i < 30; i++) statuses.push((await graph(h.url, token, 'GET', '/me')).status);
      return statuses;
    };
    const a = await run();
    const b = await run();
    expect(a).toEqual(b);
    const throttled = a.filter((s) => s === 429).length;
    expect(throttled).toBeGreaterThan(3);
    expect(throttled).toBeLessThan(20);
  });

  it('adds latency to matching requests', async () => {
    await faults(h.url, { path: '/me$', latencyMs: 150 });
    const t0 = Date.now();
    await graph(h.url, token, 'GET', '/me');
    expect(Date.now() - t0).toBeGreaterThanOrEqual(140);
  });

  it('refuses a malformed fault rule', async () => {
    expect((await faults(h.url, { status: 418 })).status).toBe(400);
  });

  it('logs every request with method, path, status and time; DELETE clears it', async () => {
    await fetch(`${h.url}/_sandbox/log`, { method: 'DELETE' });
    await graph(h.url, token, 'GET', '/me');
    await graph(h.url, undefined, 'GET', '/me');
    const log = logSchema.parse(await json(await fetch(`${h.url}/_sandbox/log`)));
    expect(log.value.map((e) => [e.method, e.path, e.status])).toEqual([
      ['GET', '/v1.0/me', 200],
      ['GET', '/v1.0/me', 401],
    ]);
    await fetch(`${h.url}/_sandbox/log`, { method: 'DELETE' });
    expect(logSchema.parse(await json(await fetch(`${h.url}/_sandbox/log`))).value).toEqual([]);
  });
});

describe('persistence', () => {
  it('keeps lists, items, events and the signing key across a restart; reset re-seeds', async () => {
    const first = await start();
    const app = await appToken(first.url);
    const list = await graph(first.url, app, 'POST', `/sites/${MUS_SITE_ID}/lists`, {
      displayName: 'MUS Mål',
      columns: [{ name: 'MusId', text: {}, indexed: true }],
    });
    const listId = String(list.body.id);
    await graph(first.url, app, 'POST', `/sites/${MUS_SITE_ID}/lists/${listId}/items`, {
      fields: { MusId: 'kept' },
    });
    const users = await demoUsers(first.url);
    const me = await userToken(first.url, users[0]!.userPrincipalName);
    const event = {
      subject: 'Gemt',
      start: { dateTime: '2027-05-03T10:00:00', timeZone: 'UTC' },
      end: { dateTime: '2027-05-03T11:00:00', timeZone: 'UTC' },
      transactionId: 'kept-1',
    };
    const created = await graph(first.url, me, 'POST', '/me/events', event);
    const jwks = await json(await fetch(`${first.url}/oidc/jwks`));
    await first.stop(true);

    const second = await start({}, first.dataDir);
    try {
      expect(await json(await fetch(`${second.url}/oidc/jwks`))).toEqual(jwks);
      expect(await demoUsers(second.url)).toEqual(users);
      const token = await appToken(second.url);
      const items = await graph(
        second.url,
        token,
        'GET',
        `/sites/${MUS_SITE_ID}/lists/${listId}/items?expand=fields`,
      );
      expect(items.body.value).toEqual([
        expect.objectContaining({ fields: expect.objectContaining({ MusId: 'kept' }) }),
      ]);
      const me2 = await userToken(second.url, users[0]!.userPrincipalName);
      const again = await graph(second.url, me2, 'POST', '/me/events', event);
      expect(again.body.id).toBe(created.body.id);
      const reset = await fetch(`${second.url}/_sandbox/reset`, { method: 'POST' });
      expect(reset.status).toBe(200);
      const lists = await graph(second.url, token, 'GET', `/sites/${MUS_SITE_ID}/lists`);
      expect(lists.body.value).toEqual([]);
      expect(await demoUsers(second.url)).toEqual(users);
    } finally {
      await second.stop();
    }
  });
});
