import { fromPair, guidedTopics, type Guidance, type Pair } from './build';

/**
 * "MUS i arbejdsfællesskabet" (the published MUS-skema "MUS styrker arbejdsfællesskabet"): MUS with the core task (kerneopgaven) in the centre, 45 minutes,
 * three phases and five implementation steps. The four shared understandings and the steps are the
 * published form's words; the topics turn the four understandings into a conversation outline (our wording).
 */
export const coreTaskSharedUnderstandings = (
  [
    ['Virksomhedens kerneopgave', 'The organisation’s core task'],
    [
      'Rammer og retning for arbejdet, der sikrer løsning af kerneopgaven',
      'The frame and direction of the work that ensure the core task is done',
    ],
    [
      'De handlinger, der skal sikre opgaveløsning inden for de givne rammer',
      'The actions that ensure the work is done within the given frame',
    ],
    [
      'Værdier, normer og moral, der efterleves i et arbejdsfællesskabsperspektiv og med respekt for den fælles opgave',
      'Values, norms and ethics lived out from the perspective of the work community and with respect for the shared task',
    ],
  ] as const satisfies readonly Pair[]
).map(fromPair);

export const coreTaskImplementationSteps = (
  [
    [
      ['Informér først lederne', 'First inform the leaders'],
      [
        'Informer først lederne om, at MUS skal holdes ud fra en ny skabelon. Præsenter MUS-skema. Formålet er at få kerneopgaven og arbejdsfællesskabet i centrum for samtalerne.',
        'First tell the leaders that MUS will be held from a new template. Present the MUS form. The aim is to put the core task and the work community at the centre of the conversations.',
      ],
    ],
    [
      ['Informér dernæst medarbejderne', 'Then inform the employees'],
      [
        'Informér dernæst medarbejderne om, at I vil holde MUS på denne måde. Det er vigtigt at beskrive formålet med samtalen klart.',
        'Then tell the employees that you will hold MUS this way. It is important to describe the purpose of the conversation clearly.',
      ],
    ],
    [
      ['Send MUS-skema', 'Send the MUS form'],
      [
        'Lederne sender MUS-skema til medarbejderne. Stil jer til rådighed for lederne, da de måske skal have hjælp til at sætte kerneopgaven i centrum for samtalen.',
        'The leaders send the MUS form to the employees. Be available to the leaders, who may need help putting the core task at the centre of the conversation.',
      ],
    ],
    [
      ['Hold samtalerne', 'Hold the conversations'],
      [
        'Samtalerne holdes, og lederne udfylder skemaet.',
        'The conversations are held, and the leaders fill in the form.',
      ],
    ],
    [
      ['Evaluér MUS', 'Evaluate MUS'],
      [
        'Evaluér MUS sammen med lederne og medarbejderne efterfølgende.',
        'Evaluate MUS afterwards together with the leaders and the employees.',
      ],
    ],
  ] as const satisfies readonly (readonly [Pair, Pair])[]
).map(([title, description], index) => ({
  order: index + 1,
  title: fromPair(title),
  description: fromPair(description),
}));

const guidance: Guidance = {
  leader: [
    'Sørg for, at I har samme forståelse, før I går videre. Se fremad, og undersøg kun fortiden, hvis der er vigtig læring eller behov for forandring.',
    'Make sure you share the same understanding before moving on. Look ahead, and only examine the past where there is important learning or a need for change.',
  ],
  employee: [
    'Forbered dig på skemaet inden samtalen, og tænk i, hvordan du bidrager til den fælles opgave.',
    'Prepare on the form before the conversation, and think about how you contribute to the shared task.',
  ],
};

export const coreTaskTopics = guidedTopics(guidance, [
  {
    id: 'core.kerneopgaven',
    kind: 'basis',
    title: ['Kerneopgaven', 'The core task'],
    purpose: [
      'At afstemme forståelsen af virksomhedens kerneopgave.',
      'To align the understanding of the organisation’s core task.',
    ],
    questions: [
      [
        'Hvordan vil du med dine egne ord beskrive vores kerneopgave?',
        'How would you describe our core task in your own words?',
      ],
      [
        'Hvornår oplever du, at dit arbejde gør den største forskel for kerneopgaven?',
        'When do you feel your work makes the biggest difference to the core task?',
      ],
    ],
  },
  {
    id: 'core.rammerRetning',
    kind: 'basis',
    title: ['Rammer og retning', 'Frame and direction'],
    purpose: [
      'At afstemme rammer og retning for arbejdet i det kommende år.',
      'To align the frame and direction of the work in the coming year.',
    ],
    questions: [
      [
        'Hvilke rammer og prioriteter er tydelige for dig, og hvor kunne de blive tydeligere?',
        'Which frames and priorities are clear to you, and where could they be clearer?',
      ],
      [
        'Hvad forventer vi af hinanden i det kommende år?',
        'What do we expect of each other in the coming year?',
      ],
    ],
  },
  {
    id: 'core.handlinger',
    kind: 'basis',
    title: ['Handlinger i opgaveløsningen', 'Actions in the work'],
    purpose: [
      'At tale om de handlinger, der sikrer opgaveløsningen inden for rammerne.',
      'To talk about the actions that get the work done within the frame.',
    ],
    questions: [
      [
        'Hvilke af dine handlinger bidrager mest til den fælles løsning af kerneopgaven?',
        'Which of your actions contribute most to solving the core task together?',
      ],
      [
        'Hvor oplever du, at du har den rette grad af indflydelse og kontrol over dit arbejde?',
        'Where do you feel you have the right degree of influence and control over your work?',
      ],
    ],
  },
  {
    id: 'core.arbejdsfaellesskab',
    kind: 'basis',
    title: ['Værdier, normer og arbejdsfællesskab', 'Values, norms and the work community'],
    purpose: [
      'At tale om de værdier og normer, der efterleves i arbejdsfællesskabet, med respekt for den fælles opgave.',
      'To talk about the values and norms lived out in the work community, with respect for the shared task.',
    ],
    questions: [
      [
        'Hvornår fungerer vores arbejdsfællesskab bedst, og hvad bidrager du med til det?',
        'When does our work community work best, and what do you contribute to it?',
      ],
      [
        'Hvordan kan vi hjælpe hinanden endnu bedre med den fælles opgave?',
        'How can we help each other even better with the shared task?',
      ],
    ],
  },
  {
    id: 'core.udvikling',
    kind: 'basis',
    goals: true,
    title: [
      'Udvikling i forhold til virksomhedens fremtidige behov',
      'Development for the organisation’s future needs',
    ],
    purpose: [
      'At aftale medarbejderens udvikling i forhold til virksomhedens fremtidige behov, skriftligt og i enighed.',
      'To agree, in writing and together, the employee’s development in the light of the organisation’s future needs.',
    ],
    questions: [
      [
        'Hvad skal du kunne for at bidrage endnu bedre til kerneopgaven fremover?',
        'What do you need to be able to do to contribute even better to the core task?',
      ],
      [
        'Hvilke konkrete mål og aktiviteter aftaler vi, og hvordan følger vi op?',
        'Which concrete goals and activities do we agree, and how do we follow up?',
      ],
    ],
  },
]);
