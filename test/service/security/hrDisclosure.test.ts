import { randomUUID } from 'node:crypto';
import type { Reply } from '../api/http';
import { buildWorld, type Alias, type World } from './world';

/**
 * What HR may see (`src/service/README.md`, "Confidentiality rules"): a conclusion only as both signed it and only with consent, and
 * aggregates only for 5 or more distinct people, however many records those people made.
 */
let w: World;
beforeAll(async () => {
  // E6's meeting starts too: five talks of L1's round are under way, so five can evaluate.
  w = await buildWorld({ meetingsStarted: ['E1', 'E2', 'E3', 'E5', 'E6', 'E7'] });
  // Six meetings to book and start: a loaded machine needs more than the default half minute.
}, 120_000);
afterAll(() => w.s.close());

const conv = (e: Alias) => `/api/conversations/${w.conv[e]}`;
const ok = (res: Reply, what: string) => {
  if (res.status !== 200 && res.status !== 201) throw new Error(`${what}: ${res.status} ${res.text}`);
  return res;
};
const conclusionOf = async (e: Alias) =>
  ok(await w.call('GET', `${conv(e)}/conclusion`, await w.as(e)), 'read');
const consent = async (e: Alias) => {
  const c = await conclusionOf(e);
  ok(
    await w.call(
      'PUT',
      `${conv(e)}/conclusion/consent`,
      await w.as(e, { body: { consentToPersonnelFile: true }, headers: { 'if-match': c.body.etag } }),
    ),
    'consent',
  );
};
const signByBoth = async (e: Alias) => {
  let c = await conclusionOf(e);
  for (const who of [e, 'L1'] as const) {
    c = ok(
      await w.call(
        'POST',
        `${conv(e)}/conclusion/sign`,
        await w.as(who, { headers: { 'if-match': c.body.etag } }),
      ),
      `sign as ${who}`,
    );
  }
};
const hrReads = async (e: Alias) =>
  w.call('GET', `/api/hr/conversations/${w.conv[e]}/conclusion`, await w.as('H'));

describe('HR and a consented conclusion', () => {
  it('an unsigned draft is a translated 404 with none of its text, even with consent', async () => {
    await consent('E1');
    const res = await hrReads('E1');
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({
      code: 'not_found',
      messages: { da: 'Det findes ikke.', en: expect.any(String) },
    });
    expect(res.text).not.toContain('conclusion of E1');
  });

  it('after an amendment HR still sees only the version both signed, and each read is audited', async () => {
    await signByBoth('E2');
    await consent('E2');
    const c = await conclusionOf('E2');
    ok(
      await w.call(
        'POST',
        `${conv('E2')}/conclusion/amend`,
        await w.as('L1', {
          body: { reason: 'ny aftale', summaries: { [w.topicId]: 'unsigned amendment of E2' } },
          headers: { 'if-match': c.body.etag },
        }),
      ),
      'amend',
    );
    const res = await hrReads('E2');
    expect(res.status).toBe(200);
    expect(res.text).not.toContain('unsigned amendment of E2');
    expect(res.body.value.versions).toHaveLength(1);
    expect(res.body.value.versions[0]).toMatchObject({
      version: 1,
      summaries: expect.arrayContaining([expect.objectContaining({ summary: 'conclusion of E2' })]),
    });
    const audit = await w.call('GET', '/api/hr/audit', await w.as('H'));
    expect(
      audit.body.filter(
        (a: { actorId: string; conversationId?: string }) =>
          a.actorId === w.id('H') && a.conversationId === w.conv.E2,
      ),
    ).toHaveLength(1);
  });
});

describe('aggregates count people, not records', () => {
  const musTestAggregate = async (query = '') =>
    w.call('GET', `/api/hr/aggregates/mus-test${query}`, await w.as('H'));
  const evaluationAggregate = async (query: string) =>
    w.call('GET', `/api/hr/aggregates/evaluations?roundId=${w.roundId}${query}`, await w.as('H'));
  const leadersAggregate = async () =>
    w.call('GET', '/api/hr/aggregates/evaluations?party=leader', await w.as('H'));

  it('five MUS-testen answers of one leader (five rounds) are refused, overall and per round', async () => {
    const token = await w.as('L1');
    let roundId = '';
    for (let i = 0; i < 5; i++) {
      const round = ok(
        await w.call('POST', '/api/rounds', {
          ...token,
          body: {
            roundId: randomUUID(),
            title: `Runde ${i}`,
            conceptId: 'flexible',
            employeeIds: [w.id('E1')],
          },
        }),
        'round',
      );
      roundId = round.body.round.value.id;
      ok(
        await w.call('PUT', `/api/rounds/${roundId}/mus-test`, {
          ...token,
          body: { answers: Array(20).fill(3) },
        }),
        'mus-test',
      );
    }
    const res = await musTestAggregate();
    expect(res.body).toMatchObject({ status: 403, code: 'group_too_small' });
    expect(res.text).not.toMatch(/averageTotal/);
    expect((await musTestAggregate(`?roundId=${roundId}`)).body).toMatchObject({ code: 'group_too_small' });
  });

  it('five distinct leaders give HR the aggregate, each leader counted once', async () => {
    const users = await w.s.users();
    const managers = [...new Set(users.flatMap((u) => (u.managerId ? [u.managerId] : [])))].filter(
      (m) => m !== w.id('L1'),
    );
    if (managers.length < 4) throw new Error('the sandbox has too few leaders');
    for (const leaderId of managers.slice(0, 4)) {
      const leader = users.find((u) => u.id === leaderId);
      const report = users.find((u) => u.managerId === leaderId);
      if (!leader || !report) throw new Error('leader without a report');
      const token = { token: await w.s.token(leader.userPrincipalName) };
      const round = ok(
        await w.call('POST', '/api/rounds', {
          ...token,
          body: { roundId: randomUUID(), title: 'MUS 2026', conceptId: 'flexible', employeeIds: [report.id] },
        }),
        'round',
      );
      ok(
        await w.call('PUT', `/api/rounds/${round.body.round.value.id}/mus-test`, {
          ...token,
          body: { answers: Array(20).fill(3) },
        }),
        'mus-test',
      );
    }
    const res = await musTestAggregate();
    expect(res.status).toBe(200);
    // L1's five answers count as one leader: five leaders in all, not nine.
    expect(res.body).toMatchObject({ respondents: 5, musTest: { leaders: 5, averageTotal: 60 } });
  });

  it('five evaluations from one leader are refused; five employees’ are shown, without the leader’s', async () => {
    for (const e of ['E1', 'E2', 'E3', 'E5', 'E6'] as const)
      ok(await w.call('PUT', `${conv(e)}/evaluation`, await w.as('L1', { body: { rating: 1 } })), 'leader');
    expect((await leadersAggregate()).body).toMatchObject({ status: 403, code: 'group_too_small' });
    expect((await evaluationAggregate('')).body).toMatchObject({ status: 403, code: 'group_too_small' });
    for (const e of ['E1', 'E2', 'E3', 'E5', 'E6'] as const)
      ok(await w.call('PUT', `${conv(e)}/evaluation`, await w.as(e, { body: { rating: 5 } })), 'employee');
    const res = await evaluationAggregate('');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ respondents: 5, evaluations: { averageRating: 5 } });
    expect((await leadersAggregate()).status).toBe(403);
  });

  it('no two figures of a measure cover overlapping groups, so none can be combined to single out a person', async () => {
    const H = await w.as('H');
    // The employees' figure is per round only (rounds hold different conversations): no all-rounds figure that a
    // combination of per-round figures could be subtracted from.
    const allRounds = await w.call('GET', '/api/hr/aggregates/evaluations', H);
    expect({ status: allRounds.status, code: allRounds.body.code }).toEqual({
      status: 400,
      code: 'validation_failed',
    });
    expect(allRounds.body.messages.da).toBeTruthy();
    // The leaders' figure is across all rounds only; one round has one leader.
    const perRound = await w.call(
      'GET',
      `/api/hr/aggregates/evaluations?roundId=${w.roundId}&party=leader`,
      H,
    );
    expect(perRound.status).toBe(400);
  });
});
