import { randomUUID } from 'node:crypto';
import { suiteWorld } from './attacks';

/**
 * Lower findings of the security review about the data's way out and in: the CSV export carries no formula, text limits
 * count what SharePoint counts, and no user reaches the MUS site with their own token. Through HTTP, on the
 * service on the sandbox.
 */
const t = suiteWorld();

describe('the CSV export cannot carry a formula', () => {
  it('a round title starting with NUL, a zero-width space or a BOM before = is defused', async () => {
    const titles = ['\u0000=HYPERLINK("http://x")', '\u200B=1+1', '\uFEFF+SUM(A1)', '\u200D\u0000@cmd'];
    for (const title of titles) {
      const res = await t.w.call(
        'POST',
        '/api/rounds',
        await t.w.as('L2', {
          body: { roundId: randomUUID(), title, conceptId: 'flexible', employeeIds: [t.w.id('E7')] },
        }),
      );
      expect(res.status).toBe(201);
    }
    const csv = await t.w.call('GET', '/api/hr/coverage.csv', await t.w.as('H'));
    expect(csv.status).toBe(200);
    const cells = csv.text.split(/\r\n/).flatMap((line) => line.split(/","/));
    const risky = cells.map((c) => c.replace(/^"/, '')).filter((c) => /^[\p{Cc}\p{Cf}\s]*[=+\-@]/u.test(c));
    expect(risky).toEqual([]);
    expect(csv.text).toContain("'=1+1");
  });
});

describe('text limits count what SharePoint counts (UTF-16 units)', () => {
  it('a note of 10,001 emoji (20,002 units) is refused, 10,000 (20,000 units) is kept', async () => {
    const path = `${t.a.conv(t.w.conv.E3!)}/notes/${t.w.topicId}`;
    const notes = () => t.a.read('E3', `${t.a.conv(t.w.conv.E3!)}/notes`);
    const current = JSON.parse(await notes()).find(
      (n: { value: { topicId: string } }) => n.value.topicId === t.w.topicId,
    );
    await t.a.refused(
      { status: 400, code: 'validation_failed' },
      async () =>
        t.w.call(
          'PUT',
          path,
          await t.w.as('E3', { body: { text: '😀'.repeat(10_001) }, headers: { 'if-match': current.etag } }),
        ),
      notes,
    );
    const kept = await t.w.call(
      'PUT',
      path,
      await t.w.as('E3', { body: { text: '😀'.repeat(10_000) }, headers: { 'if-match': current.etag } }),
    );
    expect(kept.status).toBe(200);
    expect(kept.body.value.text.length).toBe(20_000);
  });
});

describe('no user reaches the MUS site directly', () => {
  it('an employee’s delegated Sites.Read.All token cannot find or read the MUS lists', async () => {
    const res = await fetch(`${t.w.s.sandboxUrl}/oidc/token`, {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'password',
        username: t.w.upn('E1'),
        scope: 'https://graph.microsoft.com/Sites.Read.All',
        client_id: t.w.s.config.clientId,
      }),
    });
    const token = ((await res.json()) as { access_token: string }).access_token;
    const graph = async (path: string) => {
      const r = await fetch(`${t.w.s.sandboxUrl}/v1.0${path}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      return { status: r.status, text: await r.text() };
    };
    const search = await graph('/sites?search=MUS');
    expect(search.status).toBe(200);
    expect(search.text).not.toContain('"MUS"');
    const site = t.w.s.site.siteId;
    for (const path of [
      `/sites/${site}`,
      `/sites/${site}/lists`,
      `/sites/${site}/lists/${t.w.s.site.listIds.preparations}/items?expand=fields`,
    ]) {
      const r = await graph(path);
      expect({ path, status: r.status }).toEqual({ path, status: 403 });
      expect(r.text).not.toContain('prep of');
    }
    expect((await graph('/sites?search=intranet')).text).toContain('Intranet');
  });
});
