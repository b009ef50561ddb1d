import { buildWorld, type Alias, type World } from './world';

let w: World;
beforeAll(async () => {
  // E6's meeting starts too: five talks of L1's round are under way, so five can evaluate.
  w = await buildWorld({ meetingsStarted: ['E1', 'E2', 'E3', 'E5', 'E6', 'E7'] });
  // Six meetings to book and start: a loaded machine needs more than the default half minute.
}, 120_000);
afterAll(() => w.s.close());
const conv = (e: Alias) => `/api/conversations/${w.conv[e]}`;

describe('what the rules grant', () => {
  it('script in a text field is stored as text and returned only as JSON, never as HTML', async () => {
    const script = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const notes = await w.call('GET', `${conv('E3')}/notes`, await w.as('E3'));
    const put = await w.call(
      'PUT',
      `${conv('E3')}/notes/${w.topicId}`,
      await w.as('E3', { body: { text: script }, headers: { 'if-match': notes.body[0].etag } }),
    );
    expect(put.status).toBe(200);
    const read = await w.call('GET', `${conv('E3')}/notes`, await w.as('L1'));
    expect(read.headers.get('content-type')).toMatch(/^application\/json/);
    expect(read.headers.get('x-content-type-options')).toBe('nosniff');
    expect(read.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(read.body[0].value.text).toBe(script);
  });

  it('preparation stays hidden until both submitted, then both see both', async () => {
    const before = await w.call('GET', `${conv('E4')}/preparation`, await w.as('L1'));
    expect(before.body.other).toEqual({ submitted: true, answers: null });
    await w.call(
      'PUT',
      `${conv('E4')}/preparation`,
      await w.as('L1', { body: { answers: { [w.topicId]: 'leder' }, submit: true } }),
    );
    const after = await w.call('GET', `${conv('E4')}/preparation`, await w.as('L1'));
    expect(after.body.other.answers[w.topicId]).toBe('prep of E4');
  });

  it('private notes reach only their author', async () => {
    await w.call('PUT', `${conv('E4')}/private-note`, await w.as('E4', { body: { text: 'kun til mig' } }));
    expect((await w.call('GET', `${conv('E4')}/private-note`, await w.as('E4'))).body.text).toBe(
      'kun til mig',
    );
    expect((await w.call('GET', `${conv('E4')}/private-note`, await w.as('L1'))).body).toBeNull();
  });

  it('HR reads a consented conclusion signed by both, and the read is audited', async () => {
    let c = await w.call('GET', `${conv('E5')}/conclusion`, await w.as('E5'));
    for (const who of ['E5', 'L1'] as const)
      c = await w.call(
        'POST',
        `${conv('E5')}/conclusion/sign`,
        await w.as(who, { headers: { 'if-match': c.body.etag } }),
      );
    await w.call(
      'PUT',
      `${conv('E5')}/conclusion/consent`,
      await w.as('E5', { body: { consentToPersonnelFile: true }, headers: { 'if-match': c.body.etag } }),
    );
    const read = await w.call('GET', `/api/hr/conversations/${w.conv.E5}/conclusion`, await w.as('H'));
    expect(read.status).toBe(200);
    const audit = await w.call('GET', '/api/hr/audit', await w.as('H'));
    expect(audit.body).toEqual(
      expect.arrayContaining([expect.objectContaining({ actorId: w.id('H'), conversationId: w.conv.E5 })]),
    );
  });

  it('a former leader keeps access after the employee consents to a handover, audited', async () => {
    const c = await w.call('GET', conv('E3'), await w.as('E3'));
    await w.call(
      'POST',
      `${conv('E3')}/handover`,
      await w.as('E3', {
        body: { leaderId: w.id('L1'), consent: true },
        headers: { 'if-match': c.body.etag },
      }),
    );
    await w.s.setManager(w.id('E3'), w.id('L2'));
    const read = await w.call('GET', conv('E3'), await w.as('L1'));
    expect(read.status).toBe(200);
    const audit = await w.call('GET', '/api/hr/audit', await w.as('H'));
    expect(
      audit.body.some(
        (a: { actorId: string; action: string }) =>
          a.actorId === w.id('L1') && a.action.startsWith('handover'),
      ),
    ).toBe(true);
  });

  it('aggregates show for a group of 5, and the CSV export defuses formulas', async () => {
    for (const e of ['E1', 'E2', 'E3', 'E5', 'E6'] as const)
      await w.call('PUT', `${conv(e)}/evaluation`, await w.as(e, { body: { rating: 4 } }));
    const res = await w.call('GET', `/api/hr/aggregates/evaluations?roundId=${w.roundId}`, await w.as('H'));
    expect(res.body).toEqual({ respondents: 5, evaluations: { averageRating: 4 } });
    const csv = await w.call('GET', '/api/hr/coverage.csv', await w.as('H'));
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csv.text.split('\r\n')[0]).toContain('"roundId"');
  });
});
