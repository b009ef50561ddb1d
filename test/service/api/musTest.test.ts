import { randomUUID } from 'node:crypto';
import { startHarness, type Harness } from './harness';

/** MUS-testen through the domain: scores and bands in the answer, the HR aggregate only for 5 or more. */
let h: Harness;
const as = async (user: string) => ({ token: await h.token(user) });
const leaders = ['ml-1', 'ml-2', 'ml-3', 'ml-4', 'ml-5'];
const rounds = new Map<string, string>();

beforeAll(async () => {
  h = await startHarness();
  h.directory.hr.add('hr-1');
  for (const leader of leaders) {
    h.directory.managers.set(`${leader}-report`, leader);
    const res = await h.call('POST', '/api/rounds', {
      ...(await as(leader)),
      body: {
        roundId: randomUUID(),
        title: 'MUS 2026',
        conceptId: 'flexible',
        employeeIds: [`${leader}-report`],
      },
    });
    rounds.set(leader, res.body.round.value.id);
  }
});
afterAll(() => h.close());

const put = async (leader: string, answers: unknown) =>
  h.call('PUT', `/api/rounds/${rounds.get(leader)}/mus-test`, { ...(await as(leader)), body: { answers } });
const aggregate = async () => h.call('GET', '/api/hr/aggregates/mus-test', await as('hr-1'));

describe('MUS-testen', () => {
  it('answers with the score per section and in total, the band and its Danish and English text', async () => {
    const res = await put('ml-1', Array(20).fill(3));
    expect(res.status).toBe(200);
    const { score } = res.body;
    expect(score.total).toMatchObject({ score: 60, min: 20, max: 100, band: 'developing' });
    expect(score.total.bandText).toEqual({ da: expect.stringMatching(/delvist/), en: expect.any(String) });
    expect(score.sections.reduce((sum: number, s: { score: number }) => sum + s.score, 0)).toBe(60);
    expect(score.bandNote.da).toMatch(/produktets egen/);
    expect(Object.keys(res.body.value.answers)).toHaveLength(20);
  });

  it('reads answers by statement id too, and refuses an unknown statement', async () => {
    const sheet = Object.fromEntries(
      Array.from({ length: 20 }, (_, i) => [`s${String(i + 1).padStart(2, '0')}`, 'altid']),
    );
    const res = await put('ml-2', sheet);
    expect(res.body.score.total).toMatchObject({ score: 100, band: 'strong' });
    const unknown = await put('ml-3', { ...sheet, s99: 'altid' });
    expect(unknown.body).toMatchObject({ status: 400, domainCode: 'musTest.unknownStatement' });
  });

  it('gives HR the aggregate only when five or more leaders answered', async () => {
    await put('ml-3', Array(20).fill(1));
    await put('ml-4', Array(20).fill(5));
    expect((await aggregate()).body).toMatchObject({ status: 403, code: 'group_too_small' });
    await put('ml-5', Array(20).fill(2));
    const res = await aggregate();
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ respondents: 5, musTest: { leaders: 5, averageTotal: 64 } });
  });
});
