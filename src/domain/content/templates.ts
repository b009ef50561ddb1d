import { fromPair, type Pair } from './build';
import { coreTaskImplementationSteps, coreTaskSharedUnderstandings, coreTaskTopics } from './coreTaskConcept';
import { flexibleBasisTopics } from './flexibleBasisTopics';
import { flexibleOptionalTopics } from './flexibleOptionalTopics';
import { groupTopics, performanceScale, performanceTopics } from './groupAndPerformanceConcepts';
import type { LocalizedText } from '../text';
import type { Topic } from '../topic';

export type ConceptTemplateKey = 'flexible' | 'coreTask' | 'group' | 'performance';

export interface ImplementationStep {
  order: number;
  title: LocalizedText;
  description: LocalizedText;
}

/** What a concept template brings before the SU adapts it (topics chosen, own topics added, year, scope). */
export interface ConceptTemplate {
  key: ConceptTemplateKey;
  name: LocalizedText;
  description: LocalizedText;
  audience: 'individual' | 'group';
  durationMinutes: number;
  basisTopics: readonly Topic[];
  optionalTopics: readonly Topic[];
  sharedUnderstandings: readonly LocalizedText[];
  implementationSteps: readonly ImplementationStep[];
  ratingScale?: readonly LocalizedText[];
}

/** The three phases of MUS (as in the published MUS-skema "MUS styrker arbejdsfællesskabet"), shared by every concept. */
export const musPhases = (
  [
    ['forberedelse', ['Forberedelse', 'Preparation']],
    ['samtale', ['Samtale', 'Conversation']],
    ['opsamling', ['Opsamling og opfølgning', 'Summing up and follow-up']],
  ] as const satisfies readonly (readonly [string, Pair])[]
).map(([key, title]) => ({ key, title: fromPair(title) }));

export const conceptTemplates: Readonly<Record<ConceptTemplateKey, ConceptTemplate>> = {
  flexible: {
    key: 'flexible',
    name: fromPair(['Det fleksible MUS-koncept', 'The flexible MUS concept']),
    description: fromPair([
      'Fem basisemner og fire tilvalgsemner med spørgsmål formuleret ud fra en anerkendende tilgang. Tilvalgsemner og egne emner sættes ind før udviklingsmålene, så de kommer sidst.',
      'Five basis topics and four optional topics with questions in an appreciative approach. Optional and own topics go before the development goals, so the goals come last.',
    ]),
    audience: 'individual',
    durationMinutes: 60,
    basisTopics: flexibleBasisTopics,
    optionalTopics: flexibleOptionalTopics,
    sharedUnderstandings: [],
    implementationSteps: [],
  },
  coreTask: {
    key: 'coreTask',
    name: fromPair(['MUS i arbejdsfællesskabet', 'MUS in the work community']),
    description: fromPair([
      'En samtale, hvor leder og medarbejder undersøger medarbejderens udvikling i forhold til virksomhedens fremtidige behov, med kerneopgaven i centrum.',
      'A conversation in which leader and employee examine the employee’s development in the light of the organisation’s future needs, with the core task at the centre.',
    ]),
    audience: 'individual',
    durationMinutes: 45,
    basisTopics: coreTaskTopics,
    optionalTopics: [],
    sharedUnderstandings: coreTaskSharedUnderstandings,
    implementationSteps: coreTaskImplementationSteps,
  },
  group: {
    key: 'group',
    name: fromPair(['Gruppeudviklingssamtale (GRUS/TUS)', 'Group development conversation (GRUS/TUS)']),
    description: fromPair([
      'En samtale mellem leder og en gruppe eller et team som supplement til MUS, om gruppens opgaver, samarbejde og udvikling.',
      'A conversation between a leader and a group or team, as a supplement to MUS, about the group’s tasks, collaboration and development.',
    ]),
    audience: 'group',
    durationMinutes: 90,
    basisTopics: groupTopics,
    optionalTopics: [],
    sharedUnderstandings: [],
    implementationSteps: [],
  },
  performance: {
    key: 'performance',
    name: fromPair(['Performance og udvikling', 'Performance and development']),
    description: fromPair([
      'Leder og medarbejder vurderer udsagn på en skala som grundlag for feedback og en dialog om fremtidig udvikling (inspireret af PULS).',
      'Leader and employee rate statements on a scale as the basis for feedback and a dialogue about future development (inspired by PULS).',
    ]),
    audience: 'individual',
    durationMinutes: 60,
    basisTopics: performanceTopics,
    optionalTopics: [],
    sharedUnderstandings: [],
    implementationSteps: [],
    ratingScale: performanceScale,
  },
};
