import * as domain from '../../src/domain';

describe('the public API of the domain', () => {
  it('exposes the domain words other layers build on', () => {
    for (const name of [
      'allocateSlots',
      'applyConversationEvent',
      'createAgenda',
      'createConclusion',
      'createGoal',
      'createRound',
      'scoreMusTest',
      'figureToShow',
      'parseAvailabilityView',
      'DomainError',
    ]) {
      expect(typeof (domain as Record<string, unknown>)[name]).toBe('function');
    }
  });

  it('has a zod schema with schemaVersion 1 for every persisted record, refusing other versions', () => {
    for (const [kind, schema] of Object.entries(domain.persistedSchemas)) {
      const result = schema.safeParse({ schemaVersion: 2 });
      expect([kind, result.success]).toEqual([kind, false]);
      const issues = result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
      expect(issues).toContain('schemaVersion');
    }
  });

  it('refuses a persisted record whose goals topic is not last', () => {
    const concept = domain.buildConcept({
      id: domain.conceptId('c'),
      template: 'flexible',
      year: 2025,
      scope: { level: 'organisation', id: 'org' },
      decidedAt: new Date('2025-01-01T00:00:00Z'),
    });
    const tampered = { ...concept, topics: [...concept.topics].reverse() };
    expect(domain.ConceptSchema.safeParse(tampered).success).toBe(false);
  });
});
