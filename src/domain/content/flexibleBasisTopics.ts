import { seedTopic, type SeedTopic } from './build';

/**
 * "Det fleksible MUS-koncept" (Kompetencesekretariatet): the five basis topics, titles as published.
 * Purposes, guidance and questions are ours, written in its appreciative approach (anerkendende
 * tilgang): the weight is on good work experiences and what made them, so they can be carried forward.
 */
const seeds: readonly SeedTopic[] = [
  {
    id: 'flex.sidenSidst',
    kind: 'basis',
    title: [
      'Siden sidst - et godt afsæt for at tale om fremtiden',
      'Since last time - a good starting point for talking about the future',
    ],
    purpose: [
      'At se tilbage på det forløbne år og finde de gode erfaringer, som kan bruges i det kommende år.',
      'To look back at the past year and find the good experiences that can be used in the year ahead.',
    ],
    leader: [
      'Giv konkrete og anerkendende tilbagemeldinger på opgaveløsningen, og spørg ind til, hvad der skabte de gode resultater. Hold fokus på læring frem for bedømmelse.',
      'Give concrete, appreciative feedback on the work, and ask what created the good results. Keep the focus on learning rather than judgement.',
    ],
    employee: [
      'Tænk over årets opgaver: Hvad lykkedes, hvad lærte du, og hvad vil du gerne tage med ind i det kommende år? Se også på sidste års udviklingsmål.',
      'Think about the year’s work: what went well, what did you learn, and what do you want to take into the year ahead? Look at last year’s development goals too.',
    ],
    questions: [
      [
        'Hvilke opgaver eller situationer fra det forløbne år er du særligt glad for eller stolt af?',
        'Which tasks or situations from the past year are you especially pleased with or proud of?',
      ],
      [
        'Hvad gjorde du selv, og hvad gjorde andre, som fik det til at lykkes?',
        'What did you do, and what did others do, that made it succeed?',
      ],
      [
        'Hvordan er det gået med de udviklingsmål, vi aftalte sidst, og hvad har du lært undervejs?',
        'How did the development goals we agreed last time go, and what did you learn along the way?',
      ],
      [
        'Hvilke erfaringer fra året vil du gerne have med ind i det kommende år?',
        'Which experiences from this year would you like to bring into the coming year?',
      ],
    ],
  },
  {
    id: 'flex.kommendeAar',
    kind: 'basis',
    title: ['Fokus på det kommende års opgaveløsning', 'Focus on the coming year’s work'],
    purpose: [
      'At skabe en fælles forståelse af arbejdspladsens mål og de opgaver, medarbejderen skal løse i det kommende år, og af hvordan medarbejderens kompetencer bedst bringes i spil.',
      'To build a shared understanding of the workplace’s goals and the employee’s tasks for the coming year, and of how the employee’s skills are best put to use.',
    ],
    leader: [
      'Fortæl om arbejdspladsens strategiske mål og de vigtigste opgaver i det kommende år, og drøft sammen, hvor medarbejderens styrker gør størst gavn.',
      'Explain the workplace’s strategic goals and the key tasks of the coming year, and discuss together where the employee’s strengths do the most good.',
    ],
    employee: [
      'Overvej, hvilke opgaver du ser frem til, hvad du har brug for for at lykkes med dem, og hvor du kan bidrage mere.',
      'Consider which tasks you look forward to, what you need to succeed with them, and where you could contribute more.',
    ],
    questions: [
      [
        'Hvilke af arbejdspladsens mål og opgaver i det kommende år er vigtigst for dit arbejde?',
        'Which of the workplace’s goals and tasks for the coming year matter most for your work?',
      ],
      [
        'Hvilke opgaver ser du frem til, og hvor kommer dine styrker mest i spil?',
        'Which tasks do you look forward to, and where do your strengths come into play most?',
      ],
      [
        'Hvad skal der til, for at du kan lykkes med dine opgaver i det kommende år?',
        'What will it take for you to succeed with your tasks in the coming year?',
      ],
      [
        'Er der opgaver, du gerne vil have flere eller færre af?',
        'Are there tasks you would like more or fewer of?',
      ],
    ],
  },
  {
    id: 'flex.trivsel',
    kind: 'basis',
    title: ['Trivsel', 'Well-being'],
    purpose: [
      'At tale om, hvad der giver arbejdsglæde og motivation, og hvad der kan styrke trivslen i det daglige arbejde.',
      'To talk about what brings job satisfaction and motivation, and what can strengthen well-being in daily work.',
    ],
    leader: [
      'Lyt efter, hvad der giver medarbejderen energi, og tal om, hvad I hver især kan gøre. Tag udfordringer alvorligt, men hold samtalen udviklende.',
      'Listen for what gives the employee energy, and talk about what each of you can do. Take challenges seriously, but keep the conversation developmental.',
    ],
    employee: [
      'Tænk på dine bedste arbejdsdage: Hvad kendetegnede dem? Overvej også, hvad der kan gøre hverdagen bedre.',
      'Think of your best working days: what marked them? Consider also what could make everyday work better.',
    ],
    questions: [
      [
        'Hvornår har du senest haft en rigtig god arbejdsdag, og hvad kendetegnede den?',
        'When did you last have a really good day at work, and what marked it?',
      ],
      [
        'Hvad giver dig energi og motivation i dit arbejde?',
        'What gives you energy and motivation in your work?',
      ],
      [
        'Hvad kan du selv, jeg som leder og dine kolleger gøre for at styrke din trivsel?',
        'What can you, I as your leader and your colleagues do to strengthen your well-being?',
      ],
      [
        'Hvordan oplever du sammenhængen mellem dine opgaver og den tid, du har til dem?',
        'How do you experience the fit between your tasks and the time you have for them?',
      ],
    ],
  },
  {
    id: 'flex.samarbejde',
    kind: 'basis',
    title: ['Samarbejde', 'Collaboration'],
    purpose: [
      'At drøfte samarbejdet med kolleger, samarbejdspartnere og leder, og hvordan det kan blive endnu bedre.',
      'To discuss collaboration with colleagues, partners and the leader, and how it can become even better.',
    ],
    leader: [
      'Spørg ind til gode samarbejdsoplevelser, og vær åben for tilbagemeldinger på din egen ledelse.',
      'Ask about good experiences of working together, and be open to feedback on your own leadership.',
    ],
    employee: [
      'Find et eksempel på et samarbejde, der fungerede godt, og tænk over, hvad du har brug for fra din leder.',
      'Find an example of collaboration that worked well, and think about what you need from your leader.',
    ],
    questions: [
      [
        'Fortæl om et samarbejde fra det forløbne år, der fungerede rigtig godt. Hvad gjorde det godt?',
        'Tell about a collaboration from the past year that worked really well. What made it good?',
      ],
      [
        'Hvordan bidrager du til et godt samarbejde og arbejdsfællesskab i jeres team?',
        'How do you contribute to good collaboration and community in your team?',
      ],
      [
        'Hvad har du brug for fra mig som leder, og hvordan kan jeg støtte dig bedre?',
        'What do you need from me as your leader, and how can I support you better?',
      ],
      [
        'Hvordan kan vi bruge de gode erfaringer til at styrke samarbejdet fremover?',
        'How can we use the good experiences to strengthen collaboration from now on?',
      ],
    ],
  },
  {
    id: 'flex.udviklingsmaal',
    kind: 'basis',
    goals: true,
    title: ['Udviklingsmål og udviklingsaktiviteter', 'Development goals and development activities'],
    purpose: [
      'At formulere konkrete, skriftlige udviklingsmål i enighed og aftale de aktiviteter, der skal føre til dem.',
      'To write down concrete development goals that both agree on, and agree the activities that will lead to them.',
    ],
    leader: [
      'Saml op på samtalen, og formulér sammen med medarbejderen konkrete udviklingsmål, der imødekommer både arbejdspladsens og medarbejderens behov. Aftal aktiviteter, tidsfrist og ansvarlig, og skriv det i skemaet.',
      'Sum up the conversation and, with the employee, write concrete development goals that meet both the workplace’s and the employee’s needs. Agree activities, deadline and who is responsible, and write them in the table.',
    ],
    employee: [
      'Kom med forslag til, hvad du gerne vil udvikle dig inden for, og hvilke aktiviteter der kan hjælpe dig derhen.',
      'Suggest what you would like to develop in, and which activities could help you get there.',
    ],
    questions: [
      [
        'Hvad vil du gerne blive endnu bedre til i det kommende år, og hvordan hænger det sammen med vores opgaver?',
        'What would you like to become even better at in the coming year, and how does it connect with our tasks?',
      ],
      [
        'Hvilke konkrete udviklingsmål kan vi blive enige om?',
        'Which concrete development goals can we agree on?',
      ],
      [
        'Hvilke aktiviteter, fx nye opgaver, sidemandsoplæring, kurser eller netværk, kan hjælpe dig med at nå målene?',
        'Which activities, e.g. new tasks, learning from a colleague, courses or networks, can help you reach the goals?',
      ],
      [
        'Hvornår og hvordan følger vi op på målene i løbet af året?',
        'When and how do we follow up on the goals during the year?',
      ],
    ],
  },
];

export const flexibleBasisTopics = seeds.map(seedTopic);
