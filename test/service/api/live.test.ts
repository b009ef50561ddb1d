import { randomUUID } from 'node:crypto';
import { jwtVerify } from 'jose';
import type { LiveSettings } from '../../../src/service/live/settings';
import { startHarness, type Harness } from './harness';

/** The live layer's door: a Fluid token for the conversation's two parties only, bound to its container. */
const live: LiveSettings = {
  endpoint: 'https://eu.fluidrelay.azure.com',
  tenantId: 'relay-tenant',
  key: 'a-relay-tenant-key-of-some-length',
  tokenSeconds: 600,
};
let h: Harness;
let base = '';
const as = async (user: string) => ({ token: await h.token(user) });
const claimsOf = async (token: string) =>
  (await jwtVerify(token, new TextEncoder().encode(live.key), { algorithms: ['HS256'] })).payload;

beforeAll(async () => {
  h = await startHarness({ live });
  h.directory.managers.set('emp-1', 'lead-1');
  h.directory.managers.set('lead-1', 'boss-1');
  h.directory.hr.add('hr-1');
  const res = await h.call('POST', '/api/rounds', {
    ...(await as('lead-1')),
    body: { roundId: randomUUID(), title: 'MUS 2026', conceptId: 'flexible', employeeIds: ['emp-1'] },
  });
  base = `/api/conversations/${res.body.conversations[0].value.id}/live`;
});
afterAll(() => h.close());

describe('live layer tokens', () => {
  it('signs a token for each party, bound to the container the first of them registered', async () => {
    const before = await h.call('GET', base, await as('emp-1'));
    expect(before.body).toEqual({
      endpoint: live.endpoint,
      tenantId: 'relay-tenant',
      local: false,
      containerId: null,
      etag: null,
    });
    const create = await h.call('POST', `${base}/token`, { ...(await as('emp-1')), body: {} });
    expect(create.status).toBe(200);
    expect(await claimsOf(create.body.token)).toMatchObject({
      documentId: '',
      tenantId: 'relay-tenant',
      scopes: ['doc:read', 'doc:write', 'summary:write'],
      user: { id: 'emp-1' },
      ver: '1.0',
    });

    const first = await h.call('PUT', base, {
      ...(await as('lead-1')),
      body: { containerId: 'container-1' },
    });
    expect(first.body.containerId).toBe('container-1');
    // Both created one at once: the second registration answers the first, which the second then joins.
    const second = await h.call('PUT', base, {
      ...(await as('emp-1')),
      body: { containerId: 'container-2' },
    });
    expect(second.body).toMatchObject({ containerId: 'container-1', etag: first.body.etag });

    for (const party of ['lead-1', 'emp-1']) {
      const res = await h.call('POST', `${base}/token`, {
        ...(await as(party)),
        body: { documentId: 'container-1' },
      });
      expect(await claimsOf(res.body.token)).toMatchObject({
        documentId: 'container-1',
        user: { id: party },
      });
    }
    const other = await h.call('POST', `${base}/token`, {
      ...(await as('emp-1')),
      body: { documentId: 'container-2' },
    });
    expect(other.body).toMatchObject({ status: 404, code: 'not_found' });
  });

  it('refuses a stranger, HR and the leader’s own leader with the same 404 as for no conversation', async () => {
    for (const who of ['stranger-1', 'hr-1', 'boss-1']) {
      const auth = await as(who);
      const answers = [
        await h.call('GET', base, auth),
        await h.call('POST', `${base}/token`, { ...auth, body: { documentId: 'container-1' } }),
        await h.call('POST', `${base}/token`, { ...auth, body: {} }),
        await h.call('PUT', base, { ...auth, body: { containerId: 'mine' } }),
      ];
      expect(answers.map((a) => a.status)).toEqual([404, 404, 404, 404]);
      expect(answers.every((a) => a.body.code === 'not_found' && !('token' in a.body))).toBe(true);
    }
    const still = await h.call('GET', base, await as('emp-1'));
    expect(still.body.containerId).toBe('container-1');
  });

  it('answers 503 in Danish and English where no Fluid service is configured', async () => {
    const bare = await startHarness();
    try {
      bare.directory.managers.set('emp-2', 'lead-2');
      const token = await bare.token('lead-2');
      const res = await bare.call('POST', '/api/rounds', {
        token,
        body: { roundId: randomUUID(), title: 'MUS', conceptId: 'flexible', employeeIds: ['emp-2'] },
      });
      const id = res.body.conversations[0].value.id;
      const answer = await bare.call('POST', `/api/conversations/${id}/live/token`, { token, body: {} });
      expect(answer.body).toMatchObject({ status: 503, code: 'live_unavailable' });
      expect(answer.body.messages.da).toMatch(/Fælles redigering/);
    } finally {
      await bare.close();
    }
  });
});
