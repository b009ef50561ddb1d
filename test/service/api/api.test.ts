import { randomUUID } from 'node:crypto';
import { startHarness, startMeeting, type Harness } from './harness';

let h: Harness;
const as = async (user: string) => ({ token: await h.token(user) });

beforeAll(async () => {
  h = await startHarness();
  h.directory.managers.set('emp-1', 'lead-1');
  h.directory.managers.set('emp-2', 'lead-1');
  h.directory.hr.add('hr-1');
});
afterAll(() => h.close());

async function planRound() {
  const res = await h.call('POST', '/api/rounds', {
    ...(await as('lead-1')),
    body: { roundId: randomUUID(), title: 'MUS 2026', conceptId: 'flexible', employeeIds: ['emp-1'] },
  });
  expect(res.status).toBe(201);
  return res.body.conversations[0].value as { id: string; agenda: { items: { topic: { id: string } }[] } };
}

/** A planned round whose meeting has started (a conclusion is written at or after the meeting). */
async function startedRound() {
  const conv = await planRound();
  await startMeeting(h, conv.id, 'lead-1', 'emp-1');
  return conv;
}

describe('the MUS API', () => {
  it('tells the caller who they are, their leader and reports', async () => {
    const me = await h.call('GET', '/api/me', await as('lead-1'));
    expect(me.body).toMatchObject({ id: 'lead-1', roles: { leader: true, hr: false } });
    expect(me.body.reports.map((r: { id: string }) => r.id)).toEqual(['emp-1', 'emp-2']);
  });

  it('serves the domain’s four seeded concepts, the flexible one with its Danish topics and the goals topic last', async () => {
    const res = await h.call('GET', '/api/concepts', await as('emp-1'));
    expect(res.body.map((c: { value: { template: string } }) => c.value.template)).toEqual([
      'flexible',
      'coreTask',
      'group',
      'performance',
    ]);
    const flexible = res.body[0].value;
    expect(flexible.topics.map((t: { title: { da: string } }) => t.title.da)).toContain('Trivsel');
    expect(flexible.topics.at(-1).role).toBe('goals');
  });

  it('lets both parties write notes in different topics without losing a word; a stale write gets the current text', async () => {
    const conv = await planRound();
    const [t1, t2] = conv.agenda.items.map((i) => i.topic.id);
    const url = (t: string | undefined) => `/api/conversations/${conv.id}/notes/${t}`;
    const a = await h.call('PUT', url(t1), { ...(await as('lead-1')), body: { text: 'Leder skriver' } });
    const b = await h.call('PUT', url(t2), { ...(await as('emp-1')), body: { text: 'Medarbejder skriver' } });
    expect([a.status, b.status]).toEqual([200, 200]);
    const stale = await h.call('PUT', url(t1), {
      ...(await as('emp-1')),
      headers: { 'if-match': '"old"' },
      body: { text: 'overwrite' },
    });
    expect(stale.status).toBe(412);
    expect(stale.headers.get('content-type')).toContain('application/problem+json');
    expect(stale.body).toMatchObject({ code: 'stale_record', current: { value: { text: 'Leder skriver' } } });
    const notes = await h.call('GET', `/api/conversations/${conv.id}/notes`, await as('emp-1'));
    expect(notes.body.map((n: { value: { text: string } }) => n.value.text).sort()).toEqual([
      'Leder skriver',
      'Medarbejder skriver',
    ]);
  });

  it('requires If-Match to change an existing record (428)', async () => {
    const conv = await planRound();
    const res = await h.call('POST', `/api/conversations/${conv.id}/agenda`, {
      ...(await as('emp-1')),
      body: { action: 'propose', topicId: 'own-1', title: 'Arbejdsmiljø' },
    });
    expect(res.status).toBe(428);
    expect(res.body.messages.da).toMatch(/If-Match/);
  });

  it('gives a translated 400, never a 500, for bad input', async () => {
    const res = await h.call('POST', '/api/rounds', {
      ...(await as('lead-1')),
      body: { roundId: randomUUID(), title: '', conceptId: '../etc', employeeIds: 'x' },
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      code: 'validation_failed',
      messages: { da: expect.any(String), en: expect.any(String) },
    });
    const broken = await h.call('POST', '/api/rounds', { ...(await as('lead-1')), raw: '{"title":' });
    expect(broken.status).toBe(400);
    expect(broken.body.code).toBe('malformed_body');
  });

  it('signs, locks and amends a conclusion (domain Conclusion: a summary per agreed topic, every version kept)', async () => {
    const conv = await startedRound();
    const topic = conv.agenda.items[0]?.topic.id ?? '';
    const url = `/api/conversations/${conv.id}/conclusion`;
    let res = await h.call('PUT', url, {
      ...(await as('lead-1')),
      body: { summaries: { [topic]: 'Vi aftaler kursus' } },
    });
    expect(res.status).toBe(200);
    for (const who of ['lead-1', 'emp-1']) {
      res = await h.call('POST', `${url}/sign`, {
        ...(await as(who)),
        headers: { 'if-match': res.headers.get('etag') ?? '' },
      });
      expect(res.status).toBe(200);
    }
    const etag = res.headers.get('etag') ?? '';
    const again = await h.call('POST', `${url}/sign`, {
      ...(await as('emp-1')),
      headers: { 'if-match': etag },
    });
    expect(again.body).toMatchObject({ status: 409, code: 'conclusion_locked' });
    const locked = await h.call('PUT', url, {
      ...(await as('emp-1')),
      headers: { 'if-match': etag },
      body: { summaries: { [topic]: 'ændret' } },
    });
    expect(locked.status).toBe(409);
    expect(locked.body.code).toBe('conclusion_locked');
    const amended = await h.call('POST', `${url}/amend`, {
      ...(await as('emp-1')),
      headers: { 'if-match': etag },
      body: { reason: 'To kurser', summaries: { [topic]: 'Vi aftaler to kurser' } },
    });
    expect(amended.status).toBe(200);
    const [v1, v2] = amended.body.value.versions;
    expect(v1).toMatchObject({ version: 1, signatures: { leader: { personId: 'lead-1' } } });
    expect(v1.summaries[0].summary).toBe('Vi aftaler kursus');
    expect(v2).toMatchObject({
      version: 2,
      amendmentReason: 'To kurser',
      signatures: { leader: null, employee: null },
    });
    expect(v2.summaries[0].summary).toBe('Vi aftaler to kurser');
  });

  it('refuses to sign an empty conclusion and to amend an unsigned one', async () => {
    const conv = await startedRound();
    const url = `/api/conversations/${conv.id}/conclusion`;
    const empty = await h.call('PUT', url, { ...(await as('lead-1')), body: { summaries: {} } });
    const etag = empty.headers.get('etag') ?? '';
    const sign = await h.call('POST', `${url}/sign`, {
      ...(await as('lead-1')),
      headers: { 'if-match': etag },
    });
    expect(sign.body).toMatchObject({ status: 409, code: 'conclusion_empty' });
    const amend = await h.call('POST', `${url}/amend`, {
      ...(await as('lead-1')),
      headers: { 'if-match': etag },
      body: { reason: 'x' },
    });
    expect(amend.body).toMatchObject({ status: 409, code: 'conclusion_not_locked' });
  });
});
