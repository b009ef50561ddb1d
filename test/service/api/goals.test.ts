import { randomUUID } from 'node:crypto';
import { startHarness, startMeeting, type Harness } from './harness';

/** Development goals by the domain's rules: agreed by both with time; editing what was agreed clears it. */
let h: Harness;
const as = async (user: string) => ({ token: await h.token(user) });
let base = '';

beforeAll(async () => {
  h = await startHarness();
  h.directory.managers.set('emp-1', 'lead-1');
  const res = await h.call('POST', '/api/rounds', {
    ...(await as('lead-1')),
    body: { roundId: randomUUID(), title: 'MUS 2026', conceptId: 'flexible', employeeIds: ['emp-1'] },
  });
  base = `/api/conversations/${res.body.conversations[0].value.id}/goals`;
});
afterAll(() => h.close());

describe('development goals', () => {
  it('is agreed by both with time; an edit clears both agreements, progress does not', async () => {
    let g = await h.call('POST', base, {
      ...(await as('emp-1')),
      body: {
        goalId: randomUUID(),
        goal: 'Lære Power BI',
        activities: ['Kursus', 'Sidemandsoplæring'],
        deadline: '2027-06-30',
      },
    });
    expect(g.status).toBe(201);
    expect(g.body.value).toMatchObject({ status: 'notStarted', responsible: 'both' });
    const post = async (who: string, path: string, body: unknown = {}) =>
      h.call('POST', `${base}/${g.body.value.id}${path}`, {
        ...(await as(who)),
        headers: { 'if-match': g.body.etag },
        body,
      });
    g = await post('emp-1', '/agree');
    g = await post('lead-1', '/agree');
    expect(g.body.value.agreement).toEqual({ leader: expect.any(String), employee: expect.any(String) });
    const twice = await post('lead-1', '/agree');
    expect(twice.body).toMatchObject({ status: 409, code: 'goal_already_agreed' });

    g = await post('emp-1', '/activities', { index: 0, done: true });
    expect(g.body.value.status).toBe('inProgress');
    expect(g.body.value.agreement.leader).not.toBeNull();
    g = await post('lead-1', '/follow-ups', { note: 'Godt i gang', status: 'inProgress' });
    expect(g.body.value.followUps).toHaveLength(1);

    const edited = await h.call('PUT', `${base}/${g.body.value.id}`, {
      ...(await as('lead-1')),
      headers: { 'if-match': g.body.etag },
      body: { deadline: '2027-12-31' },
    });
    expect(edited.status).toBe(200);
    expect(edited.body.value.agreement).toEqual({ leader: null, employee: null });
    expect(edited.body.value.activities[0]).toEqual({ description: 'Kursus', done: true });
  });

  it('refuses a goal without a deadline', async () => {
    const res = await h.call('POST', base, {
      ...(await as('emp-1')),
      body: { goalId: randomUUID(), goal: 'Uden frist' },
    });
    expect(res.body).toMatchObject({ status: 400, code: 'validation_failed' });
  });

  it('copies the goals both agreed into the conclusion as a snapshot, which can then be signed', async () => {
    const conversation = base.replace(/\/goals$/, '');
    await startMeeting(h, conversation.replace('/api/conversations/', ''), 'lead-1', 'emp-1');
    const conclusion = `${conversation}/conclusion`;
    // The goal was edited after both agreed: it needs both agreements again to be part of the conclusion.
    const [goal] = (await h.call('GET', base, await as('emp-1'))).body;
    let g = goal;
    for (const who of ['emp-1', 'lead-1'])
      g = (
        await h.call('POST', `${base}/${g.value.id}/agree`, {
          ...(await as(who)),
          headers: { 'if-match': g.etag },
          body: {},
        })
      ).body;
    const unagreed = await h.call('POST', base, {
      ...(await as('emp-1')),
      body: { goalId: randomUUID(), goal: 'Ikke aftalt endnu', deadline: '2027-06-30' },
    });
    expect(unagreed.status).toBe(201);
    const res = await h.call('PUT', conclusion, { ...(await as('lead-1')), body: { snapshotGoals: true } });
    expect(res.status).toBe(200);
    expect(res.body.value.versions[0].goals).toEqual([
      expect.objectContaining({
        goal: 'Lære Power BI',
        deadline: '2027-12-31',
        activities: ['Kursus', 'Sidemandsoplæring'],
      }),
    ]);
    const signed = await h.call('POST', `${conclusion}/sign`, {
      ...(await as('emp-1')),
      headers: { 'if-match': res.body.etag },
    });
    expect(signed.body.value.versions[0].signatures.employee).toMatchObject({ personId: 'emp-1' });
  });
});
