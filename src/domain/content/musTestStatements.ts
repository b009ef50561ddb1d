import { fromPair, type Pair } from './build';

/**
 * MUS-testen for leaders: the 20 statements of the published form in their three sections, in its Danish wording
 * (line breaks of the printed form joined). The form spells the first heading "FORBEREDELSE OG GEMMEMFØRELSE
 * AF MUS"; we show it correctly spelled. English translations are ours.
 */
type SectionSeed = readonly [id: string, title: Pair, statements: readonly Pair[]];

const sections: readonly SectionSeed[] = [
  [
    'forberedelse',
    ['Forberedelse og gennemførelse af MUS', 'Preparing and carrying out MUS'],
    [
      ['MUS gennemføres', 'MUS is carried out'],
      ['Jeg er godt forberedt til MUS', 'I am well prepared for MUS'],
      ['Medarbejderne er godt forberedte til MUS', 'The employees are well prepared for MUS'],
      [
        'Jeg har forberedt mig efter et fælles MUS-koncept',
        'I have prepared according to a common MUS concept',
      ],
      [
        'Vi har på forhånd aftalt temaer for samtalen, som aktuelt er vigtigst',
        'We have agreed in advance the themes for the conversation that matter most right now',
      ],
    ],
  ],
  [
    'samtalen',
    ['Samtalen', 'The conversation'],
    [
      [
        'Jeg kommunikerer arbejdspladsens strategiske mål i forbindelse med MUS',
        'I communicate the workplace’s strategic goals in connection with MUS',
      ],
      [
        'Jeg giver den enkelte klare tilbagemeldinger på opgaveløsningen',
        'I give each person clear feedback on their work',
      ],
      [
        'Under MUS drøftes, hvordan den enkeltes kompetencer bedre kan bringes i spil i opgaveløsningen',
        'During MUS we discuss how the individual’s skills can be put to better use in the work',
      ],
      [
        'Den enkeltes udviklingsbehov drøftes under MUS (fx kompetencer, motivation, employability eller fortsatte karriere)',
        'The individual’s development needs are discussed during MUS (e.g. skills, motivation, employability or further career)',
      ],
      ['Jeg bringer nye ideer og forslag op under MUS', 'I bring up new ideas and proposals during MUS'],
      [
        'Jeg oplever, at medarbejderne er åbne overfor nye ideer og forslag',
        'I find that the employees are open to new ideas and proposals',
      ],
      [
        'Jeg er åben over for medarbejdernes nye ideer og forslag (fx til nye måder at arbejde på, store og små hverdagsforbedringer)',
        'I am open to the employees’ new ideas and proposals (e.g. for new ways of working, big and small everyday improvements)',
      ],
    ],
  ],
  [
    'vaerdien',
    ['Værdien af MUS', 'The value of MUS'],
    [
      [
        'Jeg bidrager til, at MUS resulterer i konkrete udviklingsmål for den enkelte',
        'I help MUS result in concrete development goals for each person',
      ],
      [
        'Vi aftaler konkrete aktiviteter, som skal medvirke til, at medarbejderen når sine udviklingsmål',
        'We agree concrete activities that will help the employee reach their development goals',
      ],
      [
        'Jeg oplever, at de aftalte aktiviteter fører til nye kompetencer hos den enkelte',
        'I find that the agreed activities lead to new skills for the individual',
      ],
      [
        'Jeg skaber rum og rammer for at medarbejderen kan anvende de nye kompetencer i praksis',
        'I create room and conditions for the employee to use the new skills in practice',
      ],
      [
        'Jeg oplever, at MUS understøtter tilliden og samarbejdet mellem mig og medarbejderne',
        'I find that MUS supports trust and collaboration between me and the employees',
      ],
      [
        'Jeg bidrager til, at der er en systematisk og tværgående opsamling af de generelle behov fra MUS-runden på arbejdspladsen',
        'I help ensure a systematic, cross-cutting summary of the general needs from the MUS round at the workplace',
      ],
      [
        'Jeg bidrager til, at nye ideer og forslag bliver implementeret på arbejdspladsen',
        'I help new ideas and proposals get implemented at the workplace',
      ],
      [
        'Jeg bringer nye ideer og forslag fra MUS-runden videre i organisationen',
        'I carry new ideas and proposals from the MUS round further into the organisation',
      ],
    ],
  ],
];

let counter = 0;
export const musTestSections = sections.map(([id, title, statements]) => ({
  id,
  title: fromPair(title),
  statements: statements.map((statement) => {
    counter += 1;
    return { id: `s${String(counter).padStart(2, '0')}`, text: fromPair(statement) };
  }),
}));

/** The five answers of the form, left to right, with their weights (Aldrig 1 … Altid 5). */
export const musTestScale = (
  [
    ['aldrig', ['Aldrig', 'Never']],
    ['sjaeldent', ['Sjældent', 'Rarely']],
    ['afOgTil', ['Af og til', 'Sometimes']],
    ['oftest', ['Oftest', 'Mostly']],
    ['altid', ['Altid', 'Always']],
  ] as const
).map(([key, label], index) => ({ key, label: fromPair(label), weight: index + 1 }));
