import { z } from 'zod';
import { MUS_SITE_ID } from '../../src/sandbox';
import type { Harness } from './harness';
import { appToken, demoUsers, errorCode, graph, start, userToken, valueOf } from './harness';

let h: Harness;
let token: string;
let listId: string;

beforeAll(async () => {
  h = await start();
  token = await appToken(h.url);
});
afterAll(() => h.stop());

const items = () => `/sites/${MUS_SITE_ID}/lists/${listId}/items`;
const eTag = (body: Record<string, unknown>) => z.string().parse(body.eTag);

describe('SharePoint sites and lists', () => {
  it('finds the empty MUS site by search with the app-only Sites.Selected token', async () => {
    const found = await graph(h.url, token, 'GET', '/sites?search=MUS');
    expect(valueOf(found.body).map((s) => s.displayName)).toEqual(['MUS']);
    expect(valueOf(found.body)[0]!.id).toBe(MUS_SITE_ID);
    const lists = await graph(h.url, token, 'GET', `/sites/${MUS_SITE_ID}/lists`);
    expect(valueOf(lists.body)).toEqual([]);
  });

  it('refuses a site outside the Sites.Selected grant, and a user token without Sites scopes', async () => {
    const all = await graph(
      h.url,
      await userToken(h.url, (await demoUsers(h.url))[0]!.userPrincipalName, 'Sites.Read.All'),
      'GET',
      '/sites?search=intranet',
    );
    const intranet = String(valueOf(all.body)[0]!.id);
    expect((await graph(h.url, token, 'GET', `/sites/${intranet}`)).status).toBe(403);
    const plain = await userToken(h.url, (await demoUsers(h.url))[0]!.userPrincipalName, 'User.Read');
    expect((await graph(h.url, plain, 'GET', `/sites/${MUS_SITE_ID}`)).status).toBe(403);
  });

  it('refuses a user’s delegated token on the MUS site (no members), whatever its Sites scope', async () => {
    const upn = (await demoUsers(h.url))[0]!.userPrincipalName;
    for (const scope of ['Sites.Read.All', 'Sites.ReadWrite.All', 'Sites.FullControl.All']) {
      const user = await userToken(h.url, upn, scope);
      const found = await graph(h.url, user, 'GET', '/sites?search=*');
      expect(valueOf(found.body).map((s) => s.displayName)).toEqual(['Intranet']);
      for (const path of [
        `/sites/${MUS_SITE_ID}`,
        `/sites/${MUS_SITE_ID}/lists`,
        '/sites/contoso-kommune.sharepoint.com:/sites/MUS',
      ]) {
        const res = await graph(h.url, user, 'GET', path);
        expect({ scope, path, status: res.status, code: errorCode(res.body).code }).toEqual({
          scope,
          path,
          status: 403,
          code: 'accessDenied',
        });
      }
    }
    // The service's app reaches it through its Sites.Selected grant.
    expect((await graph(h.url, token, 'GET', `/sites/${MUS_SITE_ID}/lists`)).status).toBe(200);
  });

  it('creates a list with indexed and unique columns, refuses a duplicate and a malformed definition', async () => {
    const created = await graph(h.url, token, 'POST', `/sites/${MUS_SITE_ID}/lists`, {
      displayName: 'MUS Samtaler',
      list: { template: 'genericList' },
      columns: [
        { name: 'MusId', text: {}, indexed: true, enforceUniqueValues: true },
        { name: 'LeaderOid', text: {}, indexed: true },
        { name: 'Note', text: { allowMultipleLines: true } },
        { name: 'Year', number: {} },
      ],
    });
    expect(created.status).toBe(201);
    listId = String(created.body.id);
    const columns = valueOf(
      (await graph(h.url, token, 'GET', `/sites/${MUS_SITE_ID}/lists/${listId}/columns`)).body,
    );
    expect(columns.find((c) => c.name === 'MusId')).toMatchObject({
      indexed: true,
      enforceUniqueValues: true,
      text: {},
    });
    expect(columns.find((c) => c.name === 'Note')).toMatchObject({ indexed: false });
    expect(
      (await graph(h.url, token, 'POST', `/sites/${MUS_SITE_ID}/lists`, { displayName: 'MUS Samtaler' }))
        .status,
    ).toBe(409);
    const bad = await graph(h.url, token, 'POST', `/sites/${MUS_SITE_ID}/lists`, {
      displayName: 'X',
      columns: [{ name: 'A', text: {}, indexd: true }],
    });
    expect(bad.status).toBe(400);
    const added = await graph(h.url, token, 'POST', `/sites/${MUS_SITE_ID}/lists/${listId}/columns`, {
      name: 'Status',
      text: {},
    });
    expect(added.status).toBe(201);
    const indexed = await graph(
      h.url,
      token,
      'PATCH',
      `/sites/${MUS_SITE_ID}/lists/${listId}/columns/${String(added.body.id)}`,
      { indexed: true },
    );
    expect(indexed.body).toMatchObject({ name: 'Status', indexed: true });
  });
});

describe('list items', () => {
  it('creates items with an eTag, and a stale If-Match on PATCH is 412 and changes nothing', async () => {
    const created = await graph(h.url, token, 'POST', items(), {
      fields: { Title: 'Første', MusId: 'mus-1', Note: 'første udkast' },
    });
    expect(created.status).toBe(201);
    const first = eTag(created.body);
    expect(first).toMatch(/^"[0-9a-f-]{36},1"$/);
    const id = String(created.body.id);
    const ok = await graph(
      h.url,
      token,
      'PATCH',
      `${items()}/${id}/fields`,
      { Note: 'anden' },
      { 'If-Match': first },
    );
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ Note: 'anden' });
    const stale = await graph(
      h.url,
      token,
      'PATCH',
      `${items()}/${id}/fields`,
      { Note: 'tredje' },
      { 'If-Match': first },
    );
    expect(stale.status).toBe(412);
    const now = await graph(h.url, token, 'GET', `${items()}/${id}?$expand=fields`);
    expect(now.body).toMatchObject({ fields: { Note: 'anden' } });
    expect(eTag(now.body)).toMatch(/,2"$/);
    expect(
      (await graph(h.url, token, 'DELETE', `${items()}/${id}`, undefined, { 'If-Match': first })).status,
    ).toBe(412);
    expect(
      (await graph(h.url, token, 'DELETE', `${items()}/${id}`, undefined, { 'If-Match': eTag(now.body) }))
        .status,
    ).toBe(204);
    expect((await graph(h.url, token, 'GET', `${items()}/${id}`)).status).toBe(404);
  });

  it('refuses unknown fields, wrong types and duplicate unique values', async () => {
    expect((await graph(h.url, token, 'POST', items(), { fields: { Nope: 'x' } })).status).toBe(400);
    expect((await graph(h.url, token, 'POST', items(), { fields: { Year: 'not a number' } })).status).toBe(
      400,
    );
    expect((await graph(h.url, token, 'POST', items(), { MusId: 'mus-x' })).status).toBe(400);
    await graph(h.url, token, 'POST', items(), { fields: { MusId: 'unique-1' } });
    expect((await graph(h.url, token, 'POST', items(), { fields: { MusId: 'unique-1' } })).status).toBe(409);
  });

  it('filters on indexed columns and pages with @odata.nextLink', async () => {
    for (let i = 0; i < 7; i++)
      await graph(h.url, token, 'POST', items(), {
        fields: { MusId: `goal-${i}`, LeaderOid: 'leader-a', Year: 2027 },
      });
    await graph(h.url, token, 'POST', items(), { fields: { MusId: 'other', LeaderOid: 'leader-b' } });
    const seen: string[] = [];
    let path: string | undefined =
      `${items()}?expand=fields&$filter=${encodeURIComponent("fields/LeaderOid eq 'leader-a'")}&$top=3`;
    let pages = 0;
    while (path) {
      const res = await graph(h.url, token, 'GET', path);
      pages++;
      seen.push(
        ...valueOf(res.body).map((i) => String(z.object({ MusId: z.string() }).parse(i.fields).MusId)),
      );
      const next = res.body['@odata.nextLink'];
      path = typeof next === 'string' ? next.slice(next.indexOf('/v1.0') + 5) : undefined;
    }
    expect(pages).toBe(3);
    expect(seen.sort()).toEqual(Array.from({ length: 7 }, (_, i) => `goal-${i}`));
  });

  it('filters text case-insensitively, follows changed values, and refuses a unique value differing in case', async () => {
    const created = await graph(h.url, token, 'POST', items(), {
      fields: { MusId: 'Case-1', LeaderOid: 'Leader-C', Year: 2028 },
    });
    const id = String(created.body.id);
    const musIds = async (filter: string) =>
      valueOf(
        (
          await graph(
            h.url,
            token,
            'GET',
            `${items()}?expand=fields&$filter=${encodeURIComponent(filter)}`,
            undefined,
            { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' }, // Year is not indexed
          )
        ).body,
      ).map((i) => String(z.object({ MusId: z.string() }).parse(i.fields).MusId));
    expect(await musIds("fields/LeaderOid eq 'leader-c'")).toEqual(['Case-1']);
    expect(await musIds("fields/LeaderOid eq 'LEADER-C' and fields/Year eq 2028")).toEqual(['Case-1']);
    expect(await musIds("fields/LeaderOid eq 'leader-c' and fields/Year eq 2027")).toEqual([]);
    expect((await graph(h.url, token, 'POST', items(), { fields: { MusId: 'case-1' } })).status).toBe(409);

    // A handover: the item moves to another leader and is found there only.
    const moved = await graph(
      h.url,
      token,
      'PATCH',
      `${items()}/${id}/fields`,
      { LeaderOid: 'leader-d' },
      { 'If-Match': eTag(created.body) },
    );
    expect(moved.status).toBe(200);
    expect(await musIds("fields/LeaderOid eq 'leader-c'")).toEqual([]);
    expect(await musIds("fields/LeaderOid eq 'leader-d'")).toEqual(['Case-1']);
    // Its own unique value is not a clash with itself; a deleted item's value is free again.
    expect((await graph(h.url, token, 'PATCH', `${items()}/${id}/fields`, { MusId: 'CASE-1' })).status).toBe(
      200,
    );
    expect((await graph(h.url, token, 'DELETE', `${items()}/${id}`)).status).toBe(204);
    expect(await musIds("fields/MusId eq 'case-1'")).toEqual([]);
    expect((await graph(h.url, token, 'POST', items(), { fields: { MusId: 'case-1' } })).status).toBe(201);
  });

  it('refuses a filter on a column that is not indexed, as SharePoint does, unless Prefer allows it', async () => {
    const refused = await graph(
      h.url,
      token,
      'GET',
      `${items()}?expand=fields&$filter=${encodeURIComponent("fields/Note eq 'x'")}`,
    );
    expect(refused.status).toBe(400);
    expect(errorCode(refused.body).message).toContain(
      "Field 'Note' cannot be referenced in filter or orderby as it is not indexed",
    );
    const allowed = await graph(
      h.url,
      token,
      'GET',
      `${items()}?expand=fields&$filter=${encodeURIComponent('fields/Year eq 2027')}`,
      undefined,
      { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' },
    );
    expect(valueOf(allowed.body)).toHaveLength(7);
  });
});
