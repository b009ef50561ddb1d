import { fromPair, guidedTopics, type Pair } from './build';
import guidedConcepts from './guidedConcepts.json';

/**
 * "MUS i arbejdsfællesskabet" (the published MUS-skema "MUS styrker arbejdsfællesskabet"): MUS with the core
 * task (kerneopgaven) in the centre, 45 minutes, three phases and five implementation steps. The four shared understandings and the steps are the
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

/** The topics turn the four understandings into a conversation outline, with one guidance for all. */
export const coreTaskTopics = guidedTopics(guidedConcepts.coreTask);
