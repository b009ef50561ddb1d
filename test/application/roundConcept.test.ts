import { roundConcept, roundYear, defaultRoundDraft } from '../../src/application/rounds/roundDraft';
import { buildConcept, conceptId, createOwnTopic, topicId, type ConceptScope } from '../../src/domain';
import { REPORTS } from './support/inMemoryMusService';

const AT = new Date('2026-12-02T08:00:00Z');
const ORGANISATION: ConceptScope = { level: 'organisation', id: 'organisation' };
const own = (title: string) =>
  createOwnTopic({ id: topicId(`own.${title}`), title: { da: title, en: title } });
const concept = (id: string, year: number, scope: ConceptScope, ownTopic?: string) =>
  buildConcept({
    id: conceptId(id),
    template: 'flexible',
    year,
    scope,
    decidedAt: AT,
    ...(ownTopic ? { ownTopics: [own(ownTopic)] } : {}),
  });
const THIS_YEAR = concept('flexible', 2026, ORGANISATION);
const NEXT_YEAR = concept('flexible.2027.organisation.organisation', 2027, ORGANISATION, 'Arbejdsmiljø');
const UNIT = concept('flexible.2027.unit.hanne', 2027, { level: 'unit', id: 'hanne' }, 'Borgerbetjening');
const titles = (c: { topics: readonly { title: { da: string } }[] }) => c.topics.map((t) => t.title.da);

describe('the concept a round is held with', () => {
  it('is the one for the round’s year whichever of the template’s concepts was chosen', () => {
    expect(roundConcept([THIS_YEAR, NEXT_YEAR], NEXT_YEAR, 2026, AT).id).toBe('flexible');
    expect(roundConcept([THIS_YEAR, NEXT_YEAR], THIS_YEAR, 2027, AT).id).toBe(NEXT_YEAR.id);
  });

  it('is the leader’s unit’s before the organisation’s for the year', () => {
    expect(titles(roundConcept([THIS_YEAR, NEXT_YEAR, UNIT], THIS_YEAR, 2027, AT))).toContain(
      'Borgerbetjening',
    );
  });

  it('is the template’s built-in default for a year nothing is published for', () => {
    const later = roundConcept([THIS_YEAR, NEXT_YEAR], NEXT_YEAR, 2028, AT);
    expect(later).toMatchObject({ id: 'flexible.2028.organisation.organisation', year: 2028, version: 1 });
    expect(titles(later)).not.toContain('Arbejdsmiljø');
  });

  it('takes the round’s year from its first day', () => {
    const draft = defaultRoundDraft(THIS_YEAR, REPORTS, AT);
    expect(roundYear(draft, AT)).toBe(2026);
    expect(roundYear({ ...draft, window: { from: '2027-02-01', to: '2027-02-26' } }, AT)).toBe(2027);
    expect(roundYear({ ...draft, window: { from: '', to: '' } }, AT)).toBe(2026);
  });
});
