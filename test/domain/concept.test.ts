import { buildConcept, ConceptSchema, conceptTopics } from '../../src/domain/concept';
import { guidedTopics } from '../../src/domain/content/build';
import { conceptTemplates } from '../../src/domain/content/templates';
import { conceptId, topicId } from '../../src/domain/ids';
import { createOwnTopic, followsOrderingRule, orderTopics } from '../../src/domain/topic';

const decidedAt = new Date('2025-01-15T10:00:00Z');
const org = { level: 'organisation', id: 'org' } as const;

describe('the flexible MUS concept', () => {
  it('has the five basis topics of the seed, in order, with Danish and English titles', () => {
    const concept = buildConcept({
      id: conceptId('c1'),
      template: 'flexible',
      year: 2025,
      scope: org,
      decidedAt,
    });
    expect(concept.topics.map((t) => t.title.da)).toEqual([
      'Siden sidst - et godt afsæt for at tale om fremtiden',
      'Fokus på det kommende års opgaveløsning',
      'Trivsel',
      'Samarbejde',
      'Udviklingsmål og udviklingsaktiviteter',
    ]);
    for (const topic of concept.topics) {
      expect(topic.title.en.length).toBeGreaterThan(0);
      expect(topic.purpose.da.length).toBeGreaterThan(10);
      expect(topic.guidance.leader.da.length).toBeGreaterThan(10);
      expect(topic.guidance.employee.en.length).toBeGreaterThan(10);
      expect(topic.questions.length).toBeGreaterThanOrEqual(3);
      expect(topic.questions.every((q) => q.da.endsWith('?') && q.en.endsWith('?'))).toBe(true);
    }
  });

  it('offers the four optional topics of the seed', () => {
    const concept = buildConcept({
      id: conceptId('c1'),
      template: 'flexible',
      year: 2025,
      scope: org,
      decidedAt,
    });
    expect(concept.optionalTopics.map((t) => t.title.da)).toEqual([
      'Mobilitet',
      'Talent- og karriereudvikling',
      'Balance mellem arbejds- og familieliv',
      'Innovation',
    ]);
  });

  it('places chosen optional and own topics before the goals topic, which stays last', () => {
    const own = createOwnTopic({ id: topicId('own.hjemmearbejde'), title: 'Hjemmearbejde' });
    const concept = buildConcept({
      id: conceptId('c1'),
      template: 'flexible',
      year: 2025,
      scope: org,
      chosenOptionalTopicIds: [topicId('flex.innovation')],
      ownTopics: [own],
      decidedAt,
    });
    const titles = concept.topics.map((t) => t.title.da);
    expect(titles.slice(-3)).toEqual([
      'Innovation',
      'Hjemmearbejde',
      'Udviklingsmål og udviklingsaktiviteter',
    ]);
    expect(concept.optionalTopics.map((t) => t.title.da)).not.toContain('Innovation');
    expect(conceptTopics(concept)).toHaveLength(10);
    expect(ConceptSchema.parse(JSON.parse(JSON.stringify(concept)))).toEqual(concept);
  });

  it('refuses an unknown optional topic, a duplicate own topic and leaving out the goals topic', () => {
    const base = { id: conceptId('c1'), template: 'flexible', year: 2025, scope: org, decidedAt } as const;
    expect(() => buildConcept({ ...base, chosenOptionalTopicIds: [topicId('nope')] })).toThrow(
      expect.objectContaining({ code: 'concept.unknownTopic' }),
    );
    const dup = createOwnTopic({ id: topicId('flex.trivsel'), title: 'Trivsel igen' });
    expect(() => buildConcept({ ...base, ownTopics: [dup] })).toThrow(
      expect.objectContaining({ code: 'concept.invalid' }),
    );
    expect(() => buildConcept({ ...base, omittedBasisTopicIds: [topicId('flex.udviklingsmaal')] })).toThrow(
      expect.objectContaining({ code: 'concept.goalsTopicRequired' }),
    );
    const trimmed = buildConcept({ ...base, omittedBasisTopicIds: [topicId('flex.samarbejde')] });
    expect(trimmed.topics.map((t) => t.id)).not.toContain('flex.samarbejde');
  });
});

describe('the other concepts', () => {
  it('MUS i arbejdsfællesskabet: 45 minutes, the four shared understandings, three phases and five steps', () => {
    const concept = buildConcept({
      id: conceptId('k'),
      template: 'coreTask',
      year: 2025,
      scope: org,
      decidedAt,
    });
    expect(concept.durationMinutes).toBe(45);
    expect(concept.sharedUnderstandings.map((u) => u.da)).toEqual([
      'Virksomhedens kerneopgave',
      'Rammer og retning for arbejdet, der sikrer løsning af kerneopgaven',
      'De handlinger, der skal sikre opgaveløsning inden for de givne rammer',
      'Værdier, normer og moral, der efterleves i et arbejdsfællesskabsperspektiv og med respekt for den fælles opgave',
    ]);
    expect(concept.phases.map((p) => p.title.da)).toEqual([
      'Forberedelse',
      'Samtale',
      'Opsamling og opfølgning',
    ]);
    expect(concept.implementationSteps.map((s) => s.title.da)).toEqual([
      'Informér først lederne',
      'Informér dernæst medarbejderne',
      'Send MUS-skema',
      'Hold samtalerne',
      'Evaluér MUS',
    ]);
    expect(followsOrderingRule(concept.topics)).toBe(true);
  });

  it('GRUS is for groups and the performance concept rates statements on a five-step scale', () => {
    const grus = buildConcept({ id: conceptId('g'), template: 'group', year: 2025, scope: org, decidedAt });
    expect(grus.audience).toBe('group');
    const perf = buildConcept({
      id: conceptId('p'),
      template: 'performance',
      year: 2025,
      scope: org,
      decidedAt,
    });
    expect(perf.ratingScale).toHaveLength(5);
    expect(perf.topics.filter((t) => (t.statements ?? []).length > 0).length).toBeGreaterThanOrEqual(3);
    expect(Object.keys(conceptTemplates)).toEqual(['flexible', 'coreTask', 'group', 'performance']);
  });

  it('gives every topic of a guided concept its one guidance, and refuses content that is not a concept', () => {
    const grus = buildConcept({ id: conceptId('g'), template: 'group', year: 2025, scope: org, decidedAt });
    const [first, ...rest] = grus.topics;
    expect(first?.guidance.leader.da).toMatch(/gruppen/);
    for (const topic of rest) expect(topic.guidance).toEqual(first?.guidance);
    const guidance = { leader: ['Lyt.', 'Listen.'], employee: ['Forbered dig.', 'Prepare.'] };
    const topic = {
      id: 't',
      kind: 'basis',
      title: ['Emne', 'Topic'],
      purpose: ['Formål', 'Purpose'],
      questions: [],
    };
    expect(guidedTopics({ guidance, topics: [topic] })[0]?.guidance.employee).toEqual({
      da: 'Forbered dig.',
      en: 'Prepare.',
    });
    expect(() => guidedTopics({ guidance, topics: [{ ...topic, title: ['Kun dansk'] }] })).toThrow(/title/);
    expect(() => guidedTopics({ guidance, topics: [{ ...topic, kind: 'andet' }] })).toThrow(/kind/);
  });
});

describe('orderTopics', () => {
  it('moves the goals topic last and keeps the rest in order', () => {
    const topics = [
      { role: 'goals', n: 1 },
      { role: 'regular', n: 2 },
      { role: 'regular', n: 3 },
    ] as const;
    expect(orderTopics(topics).map((t) => t.n)).toEqual([2, 3, 1]);
    expect(followsOrderingRule(topics)).toBe(false);
    expect(followsOrderingRule([{ role: 'goals' }, { role: 'goals' }])).toBe(false);
  });

  it('refuses an own topic without a title', () => {
    expect(() => createOwnTopic({ id: topicId('x'), title: '   ' })).toThrow(
      expect.objectContaining({ code: 'concept.invalid' }),
    );
  });
});
