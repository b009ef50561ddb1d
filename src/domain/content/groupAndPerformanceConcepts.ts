import { fromPair, guidedTopics, type Pair } from './build';
import guidedConcepts from './guidedConcepts.json';

/**
 * Two concepts (their topics in `guidedConcepts.json`) from the public "MUS konceptbank" (other workplaces' MUS concepts), written by us in its spirit:
 * - GRUS/TUS, the group or team conversation that supplements MUS (DTU: the group's future tasks, the
 *   professional and social collaboration, the future need for competence and group development);
 * - a performance-rated concept in the spirit of PULS (Performance, Udvikling, Løn og Samtale), where
 *   statements are rated on a scale as a basis for a dialogue about future development.
 */
export const groupTopics = guidedTopics(guidedConcepts.group);

/** The rating scale of the performance-rated concept (weights 1..5 in this order). */
export const performanceScale = (
  [
    ['Lever ikke op til forventningerne', 'Does not meet expectations'],
    ['Lever delvist op til forventningerne', 'Partly meets expectations'],
    ['Lever op til forventningerne', 'Meets expectations'],
    ['Overgår forventningerne', 'Exceeds expectations'],
    ['Overgår forventningerne markant', 'Far exceeds expectations'],
  ] as const satisfies readonly Pair[]
).map(fromPair);

export const performanceTopics = guidedTopics(guidedConcepts.performance);
