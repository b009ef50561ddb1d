import { fromPair, guidedTopics, type Guidance, type Pair } from './build';

/**
 * Two concepts from the public "MUS konceptbank" (other workplaces' MUS concepts), written by us in its spirit:
 * - GRUS/TUS, the group or team conversation that supplements MUS (DTU: the group's future tasks, the
 *   professional and social collaboration, the future need for competence and group development);
 * - a performance-rated concept in the spirit of PULS (Performance, Udvikling, Løn og Samtale), where
 *   statements are rated on a scale as a basis for a dialogue about future development.
 */
const groupGuidance: Guidance = {
  leader: [
    'Sørg for, at alle i gruppen kommer til orde, og hold fokus på gruppen frem for på den enkelte.',
    'Make sure everyone in the group is heard, and keep the focus on the group rather than on individuals.',
  ],
  employee: [
    'Forbered dig på emnet sammen med gruppen eller hver for sig, og tænk i, hvad gruppen har brug for.',
    'Prepare for the topic with the group or on your own, and think about what the group needs.',
  ],
};

export const groupTopics = guidedTopics(groupGuidance, [
  {
    id: 'grus.opgaver',
    kind: 'basis',
    title: ['Gruppens fremtidige arbejdsopgaver', 'The group’s future tasks'],
    purpose: [
      'At skabe et fælles billede af gruppens opgaver i det kommende år.',
      'To build a shared picture of the group’s tasks in the coming year.',
    ],
    questions: [
      [
        'Hvilke opgaver er gruppen særligt lykkedes med, og hvad gjorde det muligt?',
        'Which tasks has the group succeeded with, and what made it possible?',
      ],
      ['Hvilke opgaver venter gruppen i det kommende år?', 'Which tasks await the group in the coming year?'],
    ],
  },
  {
    id: 'grus.fagligtSamarbejde',
    kind: 'basis',
    title: ['Det faglige samarbejde', 'Professional collaboration'],
    purpose: [
      'At styrke den faglige sparring og videndeling i gruppen.',
      'To strengthen professional sparring and knowledge sharing in the group.',
    ],
    questions: [
      [
        'Hvornår har vi senest lært meget af hinanden fagligt?',
        'When did we last learn a lot from each other professionally?',
      ],
      [
        'Hvordan kan vi dele viden og erfaringer endnu bedre?',
        'How can we share knowledge and experience even better?',
      ],
    ],
  },
  {
    id: 'grus.socialtSamarbejde',
    kind: 'basis',
    title: ['Det sociale samarbejde', 'Social collaboration'],
    purpose: [
      'At tale om, hvad der giver et godt arbejdsfællesskab i gruppen.',
      'To talk about what makes a good community in the group.',
    ],
    questions: [
      [
        'Hvad kendetegner gruppen, når vi har det bedst sammen?',
        'What marks the group when we are at our best together?',
      ],
      [
        'Hvad kan hver enkelt gøre for at styrke fællesskabet?',
        'What can each of us do to strengthen the community?',
      ],
    ],
  },
  {
    id: 'grus.udvikling',
    kind: 'basis',
    goals: true,
    title: ['Kompetenceudvikling og gruppeudvikling', 'Competence development and group development'],
    purpose: [
      'At aftale gruppens fremtidige behov for kompetence- og gruppeudvikling.',
      'To agree the group’s future needs for competence and group development.',
    ],
    questions: [
      [
        'Hvilke kompetencer får gruppen brug for fremover?',
        'Which competences will the group need going forward?',
      ],
      [
        'Hvilke fælles udviklingsmål og aktiviteter aftaler vi?',
        'Which shared development goals and activities do we agree?',
      ],
    ],
  },
]);

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

const rateGuidance: Guidance = {
  leader: [
    'Vurdér hvert udsagn ud fra konkrete eksempler, og brug vurderingen som afsæt for en dialog om udvikling, ikke som en dom.',
    'Rate each statement from concrete examples, and use the rating as a starting point for a dialogue about development, not as a verdict.',
  ],
  employee: [
    'Vurdér dig selv på hvert udsagn før samtalen, og find et eksempel, der underbygger din vurdering.',
    'Rate yourself on each statement before the conversation, and find an example that supports your rating.',
  ],
};

export const performanceTopics = guidedTopics(rateGuidance, [
  {
    id: 'perf.resultater',
    kind: 'basis',
    title: ['Resultater og opgaveløsning', 'Results and delivery'],
    purpose: [
      'At give og få feedback på årets resultater.',
      'To give and get feedback on the year’s results.',
    ],
    questions: [
      [
        'Hvilket resultat er du mest tilfreds med, og hvorfor?',
        'Which result are you most satisfied with, and why?',
      ],
    ],
    statements: [
      [
        'Leverer opgaver til tiden og i den aftalte kvalitet',
        'Delivers tasks on time and in the agreed quality',
      ],
      ['Prioriterer opgaverne efter arbejdspladsens mål', 'Prioritises tasks by the workplace’s goals'],
    ],
  },
  {
    id: 'perf.faglighed',
    kind: 'basis',
    title: ['Faglighed', 'Professional skill'],
    purpose: [
      'At drøfte faglige styrker og udviklingsområder.',
      'To discuss professional strengths and areas to develop.',
    ],
    questions: [
      [
        'Hvor gør din faglighed størst forskel i dag?',
        'Where does your professional skill make the biggest difference today?',
      ],
    ],
    statements: [
      ['Har den faglige viden, opgaverne kræver', 'Has the professional knowledge the tasks require'],
      ['Holder sin faglighed ajour', 'Keeps professional knowledge up to date'],
    ],
  },
  {
    id: 'perf.adfaerd',
    kind: 'basis',
    title: ['Samarbejde og professionel adfærd', 'Collaboration and professional conduct'],
    purpose: [
      'At give feedback på samarbejde og professionel adfærd.',
      'To give feedback on collaboration and professional conduct.',
    ],
    questions: [
      [
        'Hvornår har dit samarbejde med andre fungeret allerbedst?',
        'When has your collaboration with others worked at its best?',
      ],
    ],
    statements: [
      [
        'Samarbejder konstruktivt med kolleger og samarbejdspartnere',
        'Works constructively with colleagues and partners',
      ],
      ['Bidrager til et godt arbejdsmiljø', 'Contributes to a good working environment'],
    ],
  },
  {
    id: 'perf.udvikling',
    kind: 'basis',
    goals: true,
    title: ['Udviklingsmål og udviklingsaktiviteter', 'Development goals and development activities'],
    purpose: [
      'At omsætte feedbacken til konkrete udviklingsmål, aftalt i enighed.',
      'To turn the feedback into concrete development goals, agreed together.',
    ],
    questions: [
      [
        'Hvad vil du udvikle dig mest inden for i det kommende år?',
        'What do you want to develop most in the coming year?',
      ],
    ],
  },
]);
