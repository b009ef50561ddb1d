import { randomUUID } from 'node:crypto';
import { pdfText } from '../../support/pdfText';
import { buildWorld, type Alias, type World } from '../security/world';

/**
 * The figures behind HR's charts and the SU report's charts, on the sandbox: goals by category and each
 * round's employees' evaluation, every group only from 5 people on. The world: L1's round "MUS 2026" of six
 * (E1, E2, E3, E5, E6 started, E4 planned), L2's round "MUS 2026 B" of E7 (started).
 */
let w: World;
const UNDER_5 = 'Færre end 5 — vises ikke';
beforeAll(async () => {
  w = await buildWorld({ meetingsStarted: ['E1', 'E2', 'E3', 'E5', 'E6', 'E7'] });
  const l1: Alias[] = ['E1', 'E2', 'E3', 'E5', 'E6'];
  // Faglig udvikling for five people, trivsel for two, E7's goal without a category.
  for (const e of l1) await goal(e, 'professional');
  for (const e of ['E1', 'E2'] as const) await goal(e, 'wellbeing');
  await goal('E7', undefined);
  for (const e of [...l1, 'E7'] as const) {
    await hold(e);
    await evaluate(e, e === 'E7' ? 2 : 4);
  }
});
afterAll(() => w.s.close());

const leaderOf = (e: Alias): Alias => (e === 'E7' ? 'L2' : 'L1');
async function goal(e: Alias, category: string | undefined) {
  const res = await w.call('POST', `/api/conversations/${w.conv[e]}/goals`, {
    ...(await w.as(leaderOf(e))),
    body: { goalId: randomUUID(), goal: 'Et mål', deadline: '2026-12-01', ...(category && { category }) },
  });
  expect([res.status, res.body.value?.category]).toEqual([201, category]);
}
async function hold(e: Alias) {
  const path = `/api/conversations/${w.conv[e]}`;
  const current = await w.call('GET', path, await w.as(leaderOf(e)));
  const res = await w.call('POST', `${path}/status`, {
    ...(await w.as(leaderOf(e))),
    headers: { 'if-match': current.body.etag },
    body: { event: 'hold' },
  });
  expect(res.status).toBe(200);
}
async function evaluate(e: Alias, rating: number) {
  const path = `/api/conversations/${w.conv[e]}/evaluation`;
  expect((await w.call('PUT', path, await w.as(e, { body: { rating } }))).status).toBe(200);
}
const get = async (path: string) => w.call('GET', `/api/hr/${path}`, await w.as('H'));

describe('figures for the charts', () => {
  it('count goals by category, a category of fewer than 5 people (none too) as null', async () => {
    const res = await get('aggregates/needs');
    expect(res.status).toBe(200);
    expect(res.body.respondents).toBe(6);
    expect(res.body.goalsByCategory).toEqual([
      { category: 'professional', goals: 5 },
      { category: 'personal', goals: null },
      { category: 'collaboration', goals: null },
      { category: 'wellbeing', goals: null },
      { category: 'career', goals: null },
      { category: 'none', goals: null },
    ]);
    // Every basis topic was on all six agendas: six conversations, six people.
    expect(res.body.topics[0]).toMatchObject({ conversations: 6 });
    // No own topics: under 5 as well; the eight goals of six people, none started yet.
    expect(res.body.ownTopics).toBeNull();
    expect(res.body.goalsByStatus).toEqual({ notStarted: 8 });
  });

  it('give each round’s employees’ evaluation from 5 people on, in one answer', async () => {
    const res = await get('aggregates/evaluations/rounds');
    expect(res.status).toBe(200);
    const byTitle = new Map(res.body.map((r: { roundTitle: string }) => [r.roundTitle, r]));
    expect(byTitle.get('MUS 2026')).toMatchObject({
      rating: { respondents: 5, evaluations: { averageRating: 4 } },
    });
    expect(byTitle.get('MUS 2026 B')).not.toHaveProperty('rating');
  });

  it('are refused to a leader', async () => {
    const res = await w.call('GET', '/api/hr/aggregates/evaluations/rounds', await w.as('L1'));
    expect([res.status, res.body.code]).toEqual([403, 'forbidden']);
  });
});

describe('the SU report', () => {
  it('prints the categories, topics and evaluations with their numbers, and no group under 5', async () => {
    const res = await fetch(`${w.s.url}/api/hr/su-report.pdf`, {
      headers: { authorization: `Bearer ${(await w.as('H')).token}` },
    });
    expect(res.status).toBe(200);
    const text = await pdfText(Buffer.from(await res.arrayBuffer()));
    const lines = text.split('\n').map((l) => l.trim());
    // A table row is one line: the group, then its figure; each chart's rows follow its heading.
    const rowAfter = (heading: string, label: string) =>
      lines.slice(lines.indexOf(heading)).find((l) => l.startsWith(`${label} `));
    const categories = 'Udviklingsmål efter kategori';
    expect(rowAfter(categories, 'Faglig udvikling')).toBe('Faglig udvikling 5');
    expect(rowAfter(categories, 'Trivsel')).toBe(`Trivsel ${UNDER_5}`);
    expect(rowAfter(categories, 'Ingen kategori')).toBe(`Ingen kategori ${UNDER_5}`);
    // A category nobody has is under 5 as well, not 0.
    expect(rowAfter(categories, 'Personlig udvikling')).toBe(`Personlig udvikling ${UNDER_5}`);
    expect(rowAfter('Udviklingsbehov på tværs af runderne', 'Egne emner')).toBe(`Egne emner ${UNDER_5}`);
    expect(rowAfter('Udviklingsbehov på tværs af runderne', 'Trivsel')).toBe('Trivsel 6');
    const rounds = 'Medarbejdernes evaluering pr. runde (1-5)';
    expect(rowAfter(rounds, 'MUS 2026')).toBe('MUS 2026 (2026) 4 af 5 i gennemsnit (5 personer)');
    expect(rowAfter(rounds, 'MUS 2026 B')).toBe(`MUS 2026 B (2026) ${UNDER_5}`);
    // MUS-testen (no leader answered) and the leaders' evaluation (two leaders) are not shown.
    expect(lines.filter((l) => l === 'Vises kun for grupper på mindst 5 personer.')).toHaveLength(2);
    // E7's rating of 2 is in no figure: the only round it is in has fewer than 5 people.
    expect(text).not.toMatch(/\b2 af 5/);
  });
});
