import fc from 'fast-check';
import {
  aggregateMusTest,
  latestMusTestPerLeader,
  MusTestAnswerSchema,
  musTestBand,
  musTestBandNote,
  musTestBandTexts,
  musTestScale,
  musTestSections,
  scoreMusTest,
  type MusTestAnswer,
} from '../../src/domain/musTest';

const ids = musTestSections.flatMap((s) => s.statements.map((st) => st.id));
const all = (answer: MusTestAnswer) => Object.fromEntries(ids.map((id) => [id, answer]));

describe('MUS-testen', () => {
  it('has the 20 statements of the seed in three sections of 5, 7 and 8', () => {
    expect(musTestSections.map((s) => [s.title.da, s.statements.length])).toEqual([
      ['Forberedelse og gennemførelse af MUS', 5],
      ['Samtalen', 7],
      ['Værdien af MUS', 8],
    ]);
    expect(new Set(ids).size).toBe(20);
    const texts = musTestSections.flatMap((s) => s.statements.map((st) => st.text.da));
    expect(texts[0]).toBe('MUS gennemføres');
    expect(texts).toContain('Jeg giver den enkelte klare tilbagemeldinger på opgaveløsningen');
    expect(texts.at(-1)).toBe('Jeg bringer nye ideer og forslag fra MUS-runden videre i organisationen');
    expect(texts.every((t) => !t.includes('  ') && !t.includes('\n') && t === t.trim())).toBe(true);
  });

  it('uses the scale Aldrig, Sjældent, Af og til, Oftest, Altid weighted 1 to 5', () => {
    expect(musTestScale.map((s) => [s.label.da, s.weight])).toEqual([
      ['Aldrig', 1],
      ['Sjældent', 2],
      ['Af og til', 3],
      ['Oftest', 4],
      ['Altid', 5],
    ]);
  });

  it('scores crosses per column times weight, per section and in total', () => {
    const answers = all('oftest');
    answers[ids[0]!] = 'altid';
    answers[ids[1]!] = 'aldrig';
    answers[ids[19]!] = 'afOgTil';
    const result = scoreMusTest(answers);
    expect(result.total.counts).toEqual({ aldrig: 1, sjaeldent: 0, afOgTil: 1, oftest: 17, altid: 1 });
    expect(result.total.score).toBe(1 + 3 + 17 * 4 + 5);
    expect(result.sections.map((s) => s.score)).toEqual([5 + 1 + 3 * 4, 7 * 4, 7 * 4 + 3]);
    expect(result.sections.map((s) => [s.min, s.max])).toEqual([
      [5, 25],
      [7, 35],
      [8, 40],
    ]);
    expect(result.total.band).toBe('good');
  });

  it('gives 20 for all Aldrig and 100 for all Altid, with bands from foundation to strong', () => {
    expect(scoreMusTest(all('aldrig')).total).toMatchObject({ score: 20, band: 'foundation' });
    expect(scoreMusTest(all('sjaeldent')).total.score).toBe(40);
    expect(scoreMusTest(all('afOgTil')).total).toMatchObject({ score: 60, band: 'developing' });
    expect(scoreMusTest(all('altid')).total).toMatchObject({ score: 100, band: 'strong' });
    expect([musTestBand(49, 20), musTestBand(50, 20), musTestBand(70, 20), musTestBand(90, 20)]).toEqual([
      'foundation',
      'developing',
      'good',
      'strong',
    ]);
    expect(musTestBandNote.da).toContain('produktets egen læsning');
    expect(Object.values(musTestBandTexts).every((t) => t.da.length > 0 && t.en.length > 0)).toBe(true);
  });

  it('keeps the total within 20..100 and equal to the sum of the sections (property)', () => {
    const answer = fc.constantFrom(...MusTestAnswerSchema.options);
    fc.assert(
      fc.property(fc.array(answer, { minLength: 20, maxLength: 20 }), (list) => {
        const result = scoreMusTest(Object.fromEntries(ids.map((id, i) => [id, list[i]!])));
        expect(result.total.score).toBeGreaterThanOrEqual(20);
        expect(result.total.score).toBeLessThanOrEqual(100);
        expect(result.sections.reduce((sum, s) => sum + s.score, 0)).toBe(result.total.score);
      }),
    );
  });

  it('refuses incomplete answers and unknown statements with typed errors', () => {
    const partial = all('altid');
    delete partial[ids[3]!];
    expect(() => scoreMusTest(partial)).toThrow(
      expect.objectContaining({ code: 'musTest.incomplete', details: { statementIds: [ids[3]] } }),
    );
    expect(() => scoreMusTest({ ...all('altid'), s99: 'altid' })).toThrow(
      expect.objectContaining({ code: 'musTest.unknownStatement' }),
    );
  });

  it('aggregates only five or more leaders', () => {
    const four = [1, 2, 3, 4].map(() => scoreMusTest(all('oftest')));
    expect(aggregateMusTest(four)).toBeUndefined();
    const five = [...four, scoreMusTest(all('altid'))];
    expect(aggregateMusTest(five)).toEqual({
      leaders: 5,
      averageTotal: 84,
      averageBySection: { forberedelse: 21, samtalen: 29.4, vaerdien: 33.6 },
    });
  });

  it('counts a leader once however many rounds they answered, keeping their latest answer', () => {
    const answer = (leaderId: string, day: number, total: MusTestAnswer) => ({
      leaderId,
      submittedAt: `2026-03-${String(day).padStart(2, '0')}T10:00:00.000Z`,
      total,
    });
    const one = [1, 2, 3, 4, 5].map((day) => answer('leader-a', day, day === 4 ? 'altid' : 'aldrig'));
    const latest = latestMusTestPerLeader([one[3]!, ...one]);
    expect(latest).toEqual([one[4]]);
    expect(aggregateMusTest(latest.map((r) => scoreMusTest(all(r.total))))).toBeUndefined();
    const five = ['a', 'b', 'c', 'd', 'e'].map((l) => answer(`leader-${l}`, 1, 'oftest'));
    expect(latestMusTestPerLeader([...five, answer('leader-a', 9, 'altid')]).map((r) => r.total)).toEqual([
      'altid',
      'oftest',
      'oftest',
      'oftest',
      'oftest',
    ]);
  });
});
