import { buildConcept } from '../../src/domain/concept';
import { conceptId, conversationId, personId, roundId } from '../../src/domain/ids';

/** Shared test fixtures: a leader, an employee, a 2025 flexible concept and a clock in minutes. */
export const leader = personId('leader-lone');
export const employee = personId('employee-emil');
export const stranger = personId('hr-hanne');
export const convId = conversationId('conv-1');
export const rId = roundId('round-2025');
export const concept = buildConcept({
  id: conceptId('flex-2025'),
  template: 'flexible',
  year: 2025,
  scope: { level: 'organisation', id: 'org' },
  decidedAt: new Date('2025-01-10T09:00:00Z'),
});

const t0 = Date.parse('2025-03-03T08:00:00Z');
/** The instant `minutes` after 2025-03-03 08:00 UTC. */
export const at = (minutes = 0): Date => new Date(t0 + minutes * 60_000);
