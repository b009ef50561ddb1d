import {
  changedPeople,
  figureToShow,
  MIN_PUBLISHED_CHANGE,
  nothingPublished,
  PublishedFiguresSchema,
  type Contributions,
  type PublishedFigures,
} from '../../src/domain';

/** Each person's fingerprint is their rating and when they gave it. */
const people = (ratings: Record<string, number>, at = 't1'): Contributions =>
  Object.fromEntries(Object.entries(ratings).map(([p, r]) => [p, `${r}@${at}`]));
const average = (ratings: Record<string, number>) => {
  const values = Object.values(ratings);
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return { respondents: values.length, averageRating: Math.round(mean * 100) / 100 };
};
const at = new Date('2026-06-01T10:00:00Z');

/** HR's reads of one measure; the published figures are kept as the service keeps them (validated). */
function hr() {
  let published: PublishedFigures = nothingPublished('evaluations:employee');
  return (group: string, ratings: Record<string, number>, contributions = people(ratings)) => {
    const shown = figureToShow(published, { group, contributions, figure: average(ratings) }, at);
    if (shown.published) published = PublishedFiguresSchema.parse(shown.published);
    return shown.figure;
  };
}

const five = { a: 4, b: 4, c: 4, d: 4, e: 3 };

describe('aggregates are published anew only when at least 5 people changed', () => {
  it('the attack: 5 evaluations → read, a 6th → read; the 6th person’s rating cannot be derived', () => {
    const read = hr();
    const first = read('round:r1', five);
    expect(first).toEqual({ respondents: 5, averageRating: 3.8 });
    const second = read('round:r1', { ...five, f: 1 });
    expect(second).toEqual(first);
  });

  it('changes below 5 people add up against the figure last published, not the last read', () => {
    const read = hr();
    read('round:r1', five);
    expect(read('round:r1', { ...five, f: 1, g: 2 })).toEqual(average(five));
    expect(read('round:r1', { ...five, f: 1, g: 2, h: 5, i: 5 })).toEqual(average(five));
    const ten = { ...five, f: 1, g: 2, h: 5, i: 5, j: 1 };
    expect(read('round:r1', ten)).toEqual(average(ten));
    expect(read('round:r1', { ...ten, k: 5 })).toEqual(average(ten));
  });

  it('a person who answers anew counts as a change, so a revised rating is not revealed either', () => {
    const read = hr();
    read('round:r1', five);
    const revised = { ...five, a: 1 };
    expect(read('round:r1', revised, { ...people(five), a: '1@t2' })).toEqual(average(five));
  });

  it('a group too close to another group’s published figure is not shown (a round versus all rounds)', () => {
    const read = hr();
    expect(read('round:r1', five)).toEqual(average(five));
    // "All rounds" = round r1 and one person of round r2: their rating would be the difference.
    expect(read('all', { ...five, f: 1 })).toBeUndefined();
    const moreInR2 = { f: 1, g: 2, h: 5, i: 5, j: 1 };
    expect(read('all', { ...five, ...moreInR2 })).toEqual(average({ ...five, ...moreInR2 }));
    expect(read('round:r2', moreInR2)).toEqual(average(moreInR2));
  });

  it('counts people who joined, left or answered anew', () => {
    expect(changedPeople({ a: '1', b: '2' }, { b: '2', c: '3' })).toBe(2);
    expect(changedPeople({ a: '1' }, { a: '2' })).toBe(1);
    expect(changedPeople({ a: '1' }, { a: '1' })).toBe(0);
    expect(MIN_PUBLISHED_CHANGE).toBe(5);
  });
});
