import { z } from 'zod';
import { MUS_SITE_ID, SERVICE_APP_ID } from '../../src/sandbox';
import type { Harness } from './harness';
import { appToken, errorCode, graph, start } from './harness';

const meterSchema = z.object({
  limitPerMinute: z.number().nullable(),
  value: z.array(
    z.object({
      appId: z.string(),
      units: z.number(),
      requests: z.number(),
      throttled: z.number(),
      windowUnits: z.number(),
    }),
  ),
});

/** The service app's units since the last clear, as the sandbox's meter reports them. */
async function usage(url: string) {
  const body = meterSchema.parse(await (await fetch(`${url}/_sandbox/meter`)).json());
  return body.value.find((a) => a.appId === SERVICE_APP_ID) ?? { units: 0, throttled: 0, windowUnits: 0 };
}
const clearMeter = (url: string) => fetch(`${url}/_sandbox/meter`, { method: 'DELETE' });

describe('SharePoint resource units per app per minute', () => {
  let h: Harness;
  let token: string;
  let now = Date.parse('2026-12-01T10:00:00Z');
  let items = '';
  let itemId = '';
  beforeAll(async () => {
    // 800 licences: the smallest tier, 1,200 units a minute.
    h = await start({ licences: 800, meterClock: () => now });
    token = await appToken(h.url);
    const list = await graph(h.url, token, 'POST', `/sites/${MUS_SITE_ID}/lists`, {
      displayName: 'Meter',
      columns: [{ name: 'MusId', text: {}, indexed: true }],
    });
    items = `/sites/${MUS_SITE_ID}/lists/${String(list.body.id)}/items`;
    itemId = String((await graph(h.url, token, 'POST', items, { fields: { MusId: 'm-1' } })).body.id);
  });
  afterAll(() => h.stop());
  beforeEach(async () => {
    now += 60_000; // a new minute window
    await clearMeter(h.url);
  });

  it('costs 1 unit per single-item read, 2 per query and per create, update or delete; the directory costs none', async () => {
    await graph(h.url, token, 'GET', `${items}/${itemId}?expand=fields`);
    expect((await usage(h.url)).units).toBe(1);
    await graph(h.url, token, 'GET', `${items}?$filter=fields/MusId eq 'm-1'&expand=fields`);
    expect((await usage(h.url)).units).toBe(3);
    const created = await graph(h.url, token, 'POST', items, { fields: { MusId: 'm-2' } });
    await graph(h.url, token, 'PATCH', `${items}/${String(created.body.id)}/fields`, { MusId: 'm-3' });
    await graph(h.url, token, 'DELETE', `${items}/${String(created.body.id)}`);
    expect((await usage(h.url)).units).toBe(9);
    await graph(h.url, token, 'GET', '/users');
    expect((await usage(h.url)).units).toBe(9);
  });

  it('counts the requests of a $batch one by one, and the batch itself not at all', async () => {
    const requests = [
      { id: '1', method: 'GET', url: `${items}/${itemId}` },
      { id: '2', method: 'GET', url: `${items}?expand=fields` },
      { id: '3', method: 'GET', url: '/users' },
    ];
    const batch = await graph(h.url, token, 'POST', '/$batch', { requests });
    expect(batch.status).toBe(200);
    expect((await usage(h.url)).units).toBe(3);
  });

  it('sends RateLimit headers from 80 % of the budget, refuses past it with 429 and Retry-After, and opens again in the next minute', async () => {
    // 479 queries of 2 units: 958 units, just under 80 % of 1,200.
    for (let i = 0; i < 479; i++) await graph(h.url, token, 'GET', items);
    const below = await graph(h.url, token, 'GET', `${items}/${itemId}`);
    expect(below.status).toBe(200);
    expect(below.headers.get('ratelimit-limit')).toBeNull();
    now += 15_000;
    const at80 = await graph(h.url, token, 'GET', items); // 961 units
    expect(at80.status).toBe(200);
    expect(at80.headers.get('ratelimit-limit')).toBe('1200');
    expect(at80.headers.get('ratelimit-remaining')).toBe('239');
    expect(at80.headers.get('ratelimit-reset')).toBe('45');
    for (let i = 0; i < 119; i++) await graph(h.url, token, 'GET', items); // 1,199 units
    expect((await graph(h.url, token, 'GET', `${items}/${itemId}`)).status).toBe(200); // 1,200: the budget
    const over = await graph(h.url, token, 'GET', `${items}/${itemId}`);
    expect(over.status).toBe(429);
    expect(over.headers.get('retry-after')).toBe('45');
    expect(over.headers.get('ratelimit-remaining')).toBe('0');
    expect(errorCode(over.body).code).toBe('activityLimitReached');
    // A $batch is refused request by request: its inner answers carry the 429 and Retry-After.
    const batch = await graph(h.url, token, 'POST', '/$batch', {
      requests: [{ id: '1', method: 'GET', url: `${items}/${itemId}` }],
    });
    expect(batch.body).toMatchObject({
      responses: [{ id: '1', status: 429, headers: { 'retry-after': '45' } }],
    });
    expect((await graph(h.url, token, 'GET', '/users')).status).toBe(200); // not SharePoint
    expect(await usage(h.url)).toMatchObject({ throttled: 2 });
    now += 45_000;
    const next = await graph(h.url, token, 'GET', `${items}/${itemId}`);
    expect(next.status).toBe(200);
    expect(next.headers.get('ratelimit-limit')).toBeNull();
    expect((await usage(h.url)).windowUnits).toBe(1);
  });

  it('takes its tier from the licence count, and counts without refusing when none is set', async () => {
    const tier = async (licences: number | null) =>
      meterSchema.parse(
        await (
          await fetch(`${h.url}/_sandbox/meter`, {
            method: 'PUT',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ licences }),
          })
        ).json(),
      ).limitPerMinute;
    expect(await tier(1_000)).toBe(1_200);
    expect(await tier(4_000)).toBe(2_400);
    expect(await tier(15_000)).toBe(3_600);
    expect(await tier(20_000)).toBe(4_800);
    expect(await tier(80_000)).toBe(6_000);
    expect(await tier(null)).toBeNull();
    for (let i = 0; i < 650; i++) await graph(h.url, token, 'GET', items);
    const uncapped = await graph(h.url, token, 'GET', items);
    expect(uncapped.status).toBe(200);
    expect(uncapped.headers.get('ratelimit-limit')).toBeNull();
    expect((await usage(h.url)).units).toBe(1_302);
    expect(await tier(800)).toBe(1_200);
  });
});
