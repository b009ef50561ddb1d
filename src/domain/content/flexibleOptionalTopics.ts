import { seedTopic, type SeedTopic } from './build';

/**
 * "Det fleksible MUS-koncept" (Kompetencesekretariatet): the four optional topics (tilvalgsemner), titles as published.
 * They are placed before "Udviklingsmål og udviklingsaktiviteter" so the goals come last.
 */
const seeds: readonly SeedTopic[] = [
  {
    id: 'flex.mobilitet',
    kind: 'optional',
    title: ['Mobilitet', 'Mobility'],
    purpose: [
      'At drøfte ønsker og muligheder for at skifte opgaver, funktion eller arbejdssted, internt eller eksternt, som en vej til udvikling.',
      'To discuss wishes and opportunities to change tasks, role or workplace, internally or externally, as a path to development.',
    ],
    leader: [
      'Vær nysgerrig på medarbejderens ønsker, og fortæl om de muligheder, arbejdspladsen kan tilbyde.',
      'Be curious about the employee’s wishes, and tell about the opportunities the workplace can offer.',
    ],
    employee: [
      'Overvej, om andre opgaver, funktioner eller arbejdssteder kunne udvikle dig, og hvad du selv kan gøre for at komme derhen.',
      'Consider whether other tasks, roles or workplaces could develop you, and what you can do yourself to get there.',
    ],
    questions: [
      [
        'Hvilke andre opgaver eller funktioner kunne du være nysgerrig på at prøve kræfter med?',
        'Which other tasks or roles would you be curious to try your hand at?',
      ],
      [
        'Hvornår har du senest lært meget af at arbejde i en ny sammenhæng, og hvad gjorde det lærerigt?',
        'When did you last learn a lot from working in a new setting, and what made it instructive?',
      ],
      [
        'Hvordan kan et skift i opgaver eller job styrke både din udvikling og arbejdspladsens opgaveløsning?',
        'How could a change of tasks or job strengthen both your development and the workplace’s work?',
      ],
    ],
  },
  {
    id: 'flex.talentKarriere',
    kind: 'optional',
    title: ['Talent- og karriereudvikling', 'Talent and career development'],
    purpose: [
      'At tale om medarbejderens potentiale og ønsker for karrieren, og om hvordan talentet kan udvikles til gavn for både medarbejder og arbejdsplads.',
      'To talk about the employee’s potential and career wishes, and how the talent can be developed for the good of both employee and workplace.',
    ],
    leader: [
      'Sæt ord på de styrker og det potentiale, du ser, og drøft realistiske veje frem.',
      'Name the strengths and potential you see, and discuss realistic paths forward.',
    ],
    employee: [
      'Tænk over, hvor du gerne vil hen på længere sigt, og hvilke styrker du gerne vil bruge mere.',
      'Think about where you would like to go in the longer term, and which strengths you would like to use more.',
    ],
    questions: [
      [
        'Hvilke af dine talenter og styrker bruger vi for lidt i dag?',
        'Which of your talents and strengths do we use too little today?',
      ],
      [
        'Hvor ser du dig selv om tre til fem år, og hvad skal der til for at komme dertil?',
        'Where do you see yourself in three to five years, and what will it take to get there?',
      ],
      [
        'Hvilke opgaver eller udfordringer kan udvikle dig i den retning?',
        'Which tasks or challenges could develop you in that direction?',
      ],
    ],
  },
  {
    id: 'flex.balance',
    kind: 'optional',
    title: ['Balance mellem arbejds- og familieliv', 'Balance between work and family life'],
    purpose: [
      'At drøfte, hvordan arbejdsliv og privatliv kan hænge godt sammen, og hvilke muligheder for fleksibilitet arbejdspladsen har.',
      'To discuss how work and private life can fit well together, and what flexibility the workplace can offer.',
    ],
    leader: [
      'Skab en tryg ramme, og respektér, hvad medarbejderen ønsker at dele. Tal om muligheder frem for begrænsninger.',
      'Create a safe setting and respect what the employee wishes to share. Talk about possibilities rather than limits.',
    ],
    employee: [
      'Overvej, hvad der skal til for, at hverdagen hænger sammen, og om der er perioder, der kræver særlige hensyn.',
      'Consider what it takes for everyday life to fit together, and whether some periods need special consideration.',
    ],
    questions: [
      [
        'Hvornår oplever du, at arbejdsliv og privatliv hænger godt sammen, og hvad bidrager til det?',
        'When do you feel that work and private life fit well together, and what contributes to that?',
      ],
      [
        'Er der perioder i det kommende år, som kan kræve særlige hensyn eller fleksibilitet?',
        'Are there periods in the coming year that may need special consideration or flexibility?',
      ],
      [
        'Hvad kan vi gøre, for at du kan bevare en god balance i travle perioder?',
        'What can we do so that you can keep a good balance in busy periods?',
      ],
    ],
  },
  {
    id: 'flex.innovation',
    kind: 'optional',
    title: ['Innovation', 'Innovation'],
    purpose: [
      'At sætte fokus på nye ideer og forslag til nye måder at arbejde på, store og små hverdagsforbedringer, og på hvordan de bliver til virkelighed.',
      'To focus on new ideas and proposals for new ways of working, big and small everyday improvements, and how they become reality.',
    ],
    leader: [
      'Vis interesse for medarbejderens ideer, og aftal, hvordan gode forslag bliver afprøvet og bragt videre i organisationen.',
      'Show interest in the employee’s ideas, and agree how good proposals are tried out and carried further in the organisation.',
    ],
    employee: [
      'Skriv et par ideer ned til, hvordan jeres opgaver kan løses bedre eller enklere.',
      'Write down a few ideas for how your tasks could be done better or more simply.',
    ],
    questions: [
      [
        'Hvilke ideer har du til nye måder at løse vores opgaver på?',
        'What ideas do you have for new ways of doing our work?',
      ],
      [
        'Fortæl om en forbedring, du har været med til at skabe. Hvad fik den til at lykkes?',
        'Tell about an improvement you helped create. What made it succeed?',
      ],
      [
        'Hvad skal der til, for at dine og dine kollegers ideer bliver afprøvet og gennemført?',
        'What will it take for your and your colleagues’ ideas to be tried and carried out?',
      ],
    ],
  },
];

export const flexibleOptionalTopics = seeds.map(seedTopic);
