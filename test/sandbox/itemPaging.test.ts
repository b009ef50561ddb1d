import { z } from 'zod';
import { MUS_SITE_ID } from '../../src/sandbox';
import type { Harness } from './harness';
import { appToken, graph, start, valueOf } from './harness';

let h: Harness;
let token: string;
let listId: string;

beforeAll(async () => {
  h = await start();
  token = await appToken(h.url);
  const created = await graph(h.url, token, 'POST', `/sites/${MUS_SITE_ID}/lists`, {
    displayName: 'MUS Paging',
    list: { template: 'genericList' },
    columns: [
      { name: 'MusId', text: {}, indexed: true, enforceUniqueValues: true },
      { name: 'LeaderOid', text: {}, indexed: true },
    ],
  });
  listId = String(created.body.id);
});
afterAll(() => h.stop());

const items = () => `/sites/${MUS_SITE_ID}/lists/${listId}/items`;
const musIdOf = (item: Record<string, unknown>) => z.object({ MusId: z.string() }).parse(item.fields).MusId;

async function add(musId: string, leader: string): Promise<string> {
  const res = await graph(h.url, token, 'POST', items(), { fields: { MusId: musId, LeaderOid: leader } });
  expect(res.status).toBe(201);
  return String(res.body.id);
}

/** Follows every page from `first`, calling `between` after each page; the MusIds seen, in order. */
async function pageThrough(first: string, between: (page: number) => Promise<void>) {
  const seen: string[] = [];
  const tokens: string[] = [];
  let path: string | undefined = first;
  for (let page = 0; path; page++) {
    const res = await graph(h.url, token, 'GET', path);
    expect(res.status).toBe(200);
    seen.push(...valueOf(res.body).map(musIdOf));
    const next = res.body['@odata.nextLink'];
    path = typeof next === 'string' ? next.slice(next.indexOf('/v1.0') + 5) : undefined;
    if (path) tokens.push(new URL(`http://x${path}`).searchParams.get('$skiptoken') ?? '');
    await between(page);
  }
  return { seen, tokens };
}

describe('list item paging', () => {
  it('returns every item exactly once while items are added and removed between pages', async () => {
    const before: string[] = [];
    const ids = new Map<string, string>();
    for (let i = 0; i < 7; i++) {
      before.push(`all-${i}`);
      ids.set(`all-${i}`, await add(`all-${i}`, i % 2 ? 'leader-a' : 'leader-b'));
    }
    const added: string[] = [];
    const { seen, tokens } = await pageThrough(`${items()}?expand=fields&$top=2`, async (page) => {
      if (page > 3) return;
      added.push(`added-${page}`);
      await add(`added-${page}`, 'leader-a');
      if (page === 0) {
        // The last item of the first page (where the next page starts) and one not yet read go away.
        await graph(h.url, token, 'DELETE', `${items()}/${ids.get('all-1')}`);
        await graph(h.url, token, 'DELETE', `${items()}/${ids.get('all-5')}`);
      }
    });
    const expected = [...before.filter((m) => m !== 'all-5'), ...added];
    expect(seen).toEqual(expected);
    expect(new Set(seen).size).toBe(seen.length);
    // SharePoint's form of the token: base64 of `Paged=TRUE&p_ID=<the page's last item id>…`.
    expect(Buffer.from(tokens[0]!, 'base64').toString()).toMatch(
      new RegExp(`^Paged=TRUE&p_ID=${ids.get('all-1')}(&|$)`),
    );
  });

  it('pages an indexed filter, taking in matches added between pages once each', async () => {
    const { seen } = await pageThrough(
      `${items()}?expand=fields&$top=2&$filter=${encodeURIComponent("fields/LeaderOid eq 'leader-a'")}`,
      async (page) => {
        if (page === 0) {
          await add('late-a', 'leader-a');
          await add('late-b', 'leader-b');
        }
      },
    );
    expect(seen).toEqual(['all-3', 'added-0', 'added-1', 'added-2', 'added-3', 'late-a']);
  });

  it('gives 200 items a page by default and refuses a token that is not its own', async () => {
    for (let i = 0; i < 200; i++) await add(`bulk-${i}`, 'leader-c');
    const first = await graph(h.url, token, 'GET', `${items()}?expand=fields`);
    expect(valueOf(first.body)).toHaveLength(200);
    const next = String(first.body['@odata.nextLink']);
    const rest = await graph(h.url, token, 'GET', next.slice(next.indexOf('/v1.0') + 5));
    expect(valueOf(rest.body).length).toBeGreaterThan(0);
    expect(rest.body['@odata.nextLink']).toBeUndefined();
    const bad = Buffer.from('Paged=TRUE&p_ID=x').toString('base64');
    expect((await graph(h.url, token, 'GET', `${items()}?$skiptoken=${bad}`)).status).toBe(400);
    expect((await graph(h.url, token, 'GET', `${items()}?$top=0`)).status).toBe(400);
  });
});
