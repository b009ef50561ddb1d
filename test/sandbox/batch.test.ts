import { z } from 'zod';
import type { DemoUser, Harness } from './harness';
import { demoUsers, graph, json, start, userToken, valueOf } from './harness';

let h: Harness;
let leader: DemoUser;
let token: string;

beforeAll(async () => {
  h = await start();
  const users = await demoUsers(h.url);
  leader = users.find((u) => u.role === 'leader' && users.filter((r) => r.managerId === u.id).length === 30)!;
  token = await userToken(h.url, leader.userPrincipalName);
});
afterAll(() => h.stop());
afterEach(async () => {
  await fetch(`${h.url}/_sandbox/faults`, { method: 'DELETE' });
});

const responsesOf = (body: Record<string, unknown>) =>
  z
    .array(
      z.object({
        id: z.string(),
        status: z.number(),
        headers: z.record(z.string(), z.string()).optional(),
        body: z.unknown().optional(),
      }),
    )
    .parse(body.responses);

const event = (i: number) => ({
  subject: `Batch ${i}`,
  start: { dateTime: `2027-03-0${1 + (i % 5)}T${10 + (i % 5)}:00:00`, timeZone: 'Romance Standard Time' },
  end: { dateTime: `2027-03-0${1 + (i % 5)}T${10 + (i % 5)}:30:00`, timeZone: 'Romance Standard Time' },
  transactionId: `batch-${i}`,
});
const post = (id: string, body: unknown, dependsOn?: string[]) => ({
  id,
  method: 'POST',
  url: '/me/events',
  headers: { 'Content-Type': 'application/json' },
  body,
  ...(dependsOn ? { dependsOn } : {}),
});

describe('$batch', () => {
  it('answers each request by id, with status, headers and body', async () => {
    const res = await graph(h.url, token, 'POST', '/$batch', {
      requests: [
        { id: 'me', method: 'GET', url: '/me' },
        { id: 'reports', method: 'GET', url: '/me/directReports?$top=3' },
        { id: 'nope', method: 'GET', url: '/users/nobody@contoso-kommune.dk' },
      ],
    });
    expect(res.status).toBe(200);
    const byId = new Map(responsesOf(res.body).map((r) => [r.id, r]));
    expect(byId.get('me')).toMatchObject({ status: 200, body: { id: leader.id } });
    expect(byId.get('me')!.headers!['content-type']).toContain('application/json');
    expect(valueOf(z.record(z.string(), z.unknown()).parse(byId.get('reports')!.body))).toHaveLength(3);
    expect(byId.get('nope')).toMatchObject({ status: 404 });
  });

  it('gives 424 to a request whose dependency failed, and runs nothing after it', async () => {
    const res = await graph(h.url, token, 'POST', '/$batch', {
      requests: [
        post('1', { ...event(1), bogus: true }),
        post('2', event(2), ['1']),
        post('3', event(3), ['2']),
      ],
    });
    const statuses = Object.fromEntries(responsesOf(res.body).map((r) => [r.id, r.status]));
    expect(statuses).toEqual({ '1': 400, '2': 424, '3': 424 });
    const found = await graph(
      h.url,
      token,
      'GET',
      `/me/events?$filter=${encodeURIComponent("subject eq 'Batch 2'")}`,
    );
    expect(valueOf(found.body)).toHaveLength(0);
  });

  it('refuses more than 20 requests, duplicate ids, unknown dependencies and a body without Content-Type', async () => {
    const many = Array.from({ length: 21 }, (_, i) => ({ id: String(i), method: 'GET', url: '/me' }));
    expect((await graph(h.url, token, 'POST', '/$batch', { requests: many })).status).toBe(400);
    expect(
      (
        await graph(h.url, token, 'POST', '/$batch', {
          requests: [
            { id: 'a', method: 'GET', url: '/me' },
            { id: 'a', method: 'GET', url: '/me' },
          ],
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await graph(h.url, token, 'POST', '/$batch', {
          requests: [{ id: 'a', method: 'GET', url: '/me', dependsOn: ['x'] }],
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await graph(h.url, token, 'POST', '/$batch', {
          requests: [{ id: 'a', method: 'POST', url: '/me/events', body: event(9) }],
        })
      ).status,
    ).toBe(400);
    expect(
      (await graph(h.url, token, 'POST', '/$batch', { requests: [{ id: 'a', verb: 'GET', url: '/me' }] }))
        .status,
    ).toBe(400);
    expect(
      (
        await graph(h.url, undefined, 'POST', '/$batch', {
          requests: [{ id: 'a', method: 'GET', url: '/me' }],
        })
      ).status,
    ).toBe(401);
  });

  it('throttles more than 4 concurrent requests to one mailbox, but not 4 chains of 5', async () => {
    const flat = await graph(h.url, token, 'POST', '/$batch', {
      requests: Array.from({ length: 8 }, (_, i) => post(String(i), event(100 + i))),
    });
    const statuses = responsesOf(flat.body).map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(4);
    const throttled = responsesOf(flat.body).filter((r) => r.status === 429);
    expect(throttled).toHaveLength(4);
    expect(throttled[0]!.headers!['retry-after']).toBe('1');
    const chains = Array.from({ length: 20 }, (_, i) =>
      post(String(i), event(200 + i), i % 5 === 0 ? undefined : [String(i - 1)]),
    );
    const chained = await graph(h.url, token, 'POST', '/$batch', { requests: chains });
    expect(responsesOf(chained.body).every((r) => r.status === 201)).toBe(true);
  });

  it('passes inner requests through the fault machinery: inner 429 with Retry-After, logged under the batch', async () => {
    await fetch(`${h.url}/_sandbox/log`, { method: 'DELETE' });
    await fetch(`${h.url}/_sandbox/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        path: '/me/events$',
        method: 'POST',
        target: 'inner',
        failNext: 2,
        retryAfter: 3,
      }),
    });
    const res = await graph(h.url, token, 'POST', '/$batch', {
      requests: [post('a', event(300)), post('b', event(301), ['a']), post('c', event(302), ['b'])],
    });
    expect(res.status).toBe(200);
    const answers = responsesOf(res.body);
    expect(answers.find((r) => r.id === 'a')).toMatchObject({ status: 429, headers: { 'retry-after': '3' } });
    expect(answers.find((r) => r.id === 'b')!.status).toBe(424);
    const retry = await graph(h.url, token, 'POST', '/$batch', {
      requests: [post('a', event(300)), post('b', event(301), ['a'])],
    });
    expect(
      responsesOf(retry.body)
        .map((r) => r.status)
        .sort(),
    ).toEqual([424, 429]);
    const third = await graph(h.url, token, 'POST', '/$batch', {
      requests: [post('a', event(300)), post('b', event(301), ['a'])],
    });
    expect(responsesOf(third.body).map((r) => r.status)).toEqual([201, 201]);
    const log = z
      .object({
        value: z.array(
          z.object({
            path: z.string(),
            status: z.number(),
            inner: z.array(z.object({ path: z.string(), status: z.number(), method: z.string() })).optional(),
          }),
        ),
      })
      .parse(await json(await fetch(`${h.url}/_sandbox/log`)));
    const batches = log.value.filter((e) => e.path === '/v1.0/$batch');
    expect(batches).toHaveLength(3);
    expect(batches[2]!.inner).toHaveLength(2);
    expect(batches[0]!.inner).toEqual([
      expect.objectContaining({ method: 'POST', path: '/v1.0/me/events', status: 429 }),
    ]);
  });
});
