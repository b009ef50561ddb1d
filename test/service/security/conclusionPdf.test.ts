import { randomUUID } from 'node:crypto';
import type { Reply } from '../api/http';
import { createGraphClientFactory } from '../../../src/service/graph/client';
import { CONCLUSION_FOLDER } from '../../../src/service/pdf/files';
import { pdfText } from '../../support/pdfText';
import { buildWorld, type Alias, type World } from './world';

/**
 * The signed conclusion as a PDF (issue 10): made when the second signature lands, kept once in the MUS
 * site's drive, served to the two parties, to HR only when filed to the personnel record, and to nobody else
 * (the same 404 as the rest of the API).
 */
let w: World;
let director: { id: string; upn: string };
beforeAll(async () => {
  w = await buildWorld();
  const users = await w.s.users();
  const boss = users.find((u) => u.id === users.find((l) => l.id === w.id('L1'))?.managerId);
  if (!boss) throw new Error('L1 has no manager in the sandbox');
  director = { id: boss.id, upn: boss.userPrincipalName };
});
afterAll(() => w.s.close());

const conv = (e: Alias) => `/api/conversations/${w.conv[e]}`;
const ok = (res: Reply, what: string) => {
  if (res.status !== 200 && res.status !== 201) throw new Error(`${what}: ${res.status} ${res.text}`);
  return res;
};
/** Fetches a PDF with a bearer token: the status, the type and the bytes. */
async function download(path: string, token: string) {
  const res = await fetch(`${w.s.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    bytes: Buffer.from(await res.arrayBuffer()),
  };
}
const tokenOf = async (alias: Alias) => (await w.as(alias)).token ?? '';

/** Two goals both agree, a summary with æøå, a follow-up date, and both signatures (the employee first). */
async function concludeAndSign(e: Alias) {
  for (const goal of ['Lære Power BI', 'Mentorforløb med Økonomi']) {
    let g = ok(
      await w.call('POST', `${conv(e)}/goals`, {
        ...(await w.as(e)),
        body: { goalId: randomUUID(), goal, activities: ['Kursus i foråret'], deadline: '2027-06-30' },
      }),
      'goal',
    );
    for (const who of [e, 'L1'] as const)
      g = ok(
        await w.call('POST', `${conv(e)}/goals/${g.body.value.id}/agree`, {
          ...(await w.as(who)),
          headers: { 'if-match': g.body.etag },
          body: {},
        }),
        'agree',
      );
  }
  let c = ok(await w.call('GET', `${conv(e)}/conclusion`, await w.as(e)), 'read');
  c = ok(
    await w.call('PUT', `${conv(e)}/conclusion`, {
      ...(await w.as('L1')),
      headers: { 'if-match': c.body.etag },
      body: {
        summaries: { [w.topicId]: 'Et godt år; æøå ÆØÅ er på plads' },
        snapshotGoals: true,
        followUpDate: '2027-01-15',
      },
    }),
    'write',
  );
  for (const who of [e, 'L1'] as const)
    c = ok(
      await w.call('POST', `${conv(e)}/conclusion/sign`, {
        ...(await w.as(who)),
        headers: { 'if-match': c.body.etag },
      }),
      `sign as ${who}`,
    );
  return c;
}

/** The files of the MUS site's drive as Graph shows them to the MUS service (app-only). */
async function keptFile(name: string) {
  const graph = createGraphClientFactory(w.s.config).app();
  const path = `/sites/${w.s.site.siteId}/drive/root:/${CONCLUSION_FOLDER}/${name}:`;
  return (await graph.client.api(path).get()) as { name: string; eTag: string; size: number };
}

describe('the PDF of a signed conclusion', () => {
  it('is kept in the site drive when the second signature lands and reads back with the goals, both names and æøå', async () => {
    const signed = await concludeAndSign('E1');
    const version = signed.body.value.versions.at(-1);
    expect(version.signatures.leader.name).toBe('Hanne Kjær Mortensen');
    const file = await keptFile(`${w.conv.E1}-v1-da.pdf`);
    expect(file.size).toBeGreaterThan(1000);

    for (const who of ['E1', 'L1'] as const) {
      const pdf = await download(`${conv('E1')}/conclusion/pdf`, await tokenOf(who));
      expect(pdf).toMatchObject({ status: 200, type: 'application/pdf' });
      expect(pdf.bytes.length).toBe(file.size);
      const text = await pdfText(pdf.bytes);
      expect(text).toContain('Fælles konklusionsskema');
      expect(text).toContain('Lære Power BI');
      expect(text).toContain('Mentorforløb med Økonomi');
      expect(text).toContain('Et godt år; æøå ÆØÅ er på plads');
      expect(text).toContain('Hanne Kjær Mortensen');
      expect(text).toContain(version.signatures.employee.name);
      expect(text).toContain('15. januar 2027');
    }
    // Served again and again, the kept file is never written anew (still its first version).
    expect((await keptFile(`${w.conv.E1}-v1-da.pdf`)).eTag).toBe(file.eTag);
  });

  it('is made in English on request, once, beside the Danish one', async () => {
    const token = await tokenOf('E1');
    const [a, b] = await Promise.all([
      download(`${conv('E1')}/conclusion/pdf?lang=en`, token),
      download(`${conv('E1')}/conclusion/pdf?lang=en`, token),
    ]);
    expect(a.status).toBe(200);
    expect(b.bytes.equals(a.bytes)).toBe(true);
    const text = await pdfText(a.bytes);
    expect(text).toContain('Joint conclusion form');
    expect(text).toContain('Agreed development goals');
    expect((await keptFile(`${w.conv.E1}-v1-en.pdf`)).eTag).toMatch(/,1"$/);
  });

  it('is refused with 404 to a third person, the leader’s leader and HR without consent, and with a translated 400 for a bad language', async () => {
    const path = `${conv('E1')}/conclusion/pdf`;
    const hrPath = `/api/hr/conversations/${w.conv.E1}/conclusion/pdf`;
    const directorToken = await w.s.token(director.upn);
    for (const [what, token] of [
      ['another employee', await tokenOf('E2')],
      ['another leader', await tokenOf('L2')],
      ["the leader's leader", directorToken],
      ['HR', await tokenOf('H')],
    ] as const) {
      const res = await w.call('GET', path, { token });
      expect([what, res.status, res.body.code]).toEqual([what, 404, 'not_found']);
    }
    const hr = await w.call('GET', hrPath, await w.as('H'));
    expect(hr.body).toMatchObject({ status: 404, code: 'not_found' });
    const notHr = await w.call('GET', hrPath, { token: directorToken });
    expect(notHr.status).toBe(403);
    const bad = await w.call('GET', `${path}?lang=de`, await w.as('E1'));
    expect(bad.body).toMatchObject({
      status: 400,
      code: 'validation_failed',
      messages: { da: expect.any(String) },
    });
  });

  it('is 404 while no version is signed by both', async () => {
    const res = await w.call('GET', `${conv('E2')}/conclusion/pdf`, await w.as('E2'));
    expect(res.body).toMatchObject({ status: 404, code: 'not_found' });
  });

  it('reaches HR once the employee files it to the personnel record, and the read is audited', async () => {
    const c = ok(await w.call('GET', `${conv('E1')}/conclusion`, await w.as('E1')), 'read');
    ok(
      await w.call('PUT', `${conv('E1')}/conclusion/consent`, {
        ...(await w.as('E1')),
        headers: { 'if-match': c.body.etag },
        body: { consentToPersonnelFile: true },
      }),
      'consent',
    );
    const pdf = await download(`/api/hr/conversations/${w.conv.E1}/conclusion/pdf`, await tokenOf('H'));
    expect(pdf).toMatchObject({ status: 200, type: 'application/pdf' });
    expect(await pdfText(pdf.bytes)).toContain('Lære Power BI');
    // HR is still no party: the parties' route stays closed to HR.
    const party = await w.call('GET', `${conv('E1')}/conclusion/pdf`, await w.as('H'));
    expect(party.status).toBe(404);
    const audit = ok(await w.call('GET', '/api/hr/audit', await w.as('H')), 'audit');
    expect(audit.body).toContainEqual(
      expect.objectContaining({ conversationId: w.conv.E1, action: 'hr:read-conclusion' }),
    );
  });
});
