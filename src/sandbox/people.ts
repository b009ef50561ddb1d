/** The Danish demo organisation: who exists, who leads whom. Deterministic, so tests can name people. */
import { guidFor, TENANT_DOMAIN } from './ids';
import type { Role, UserRec } from './records';

const FIRST = [
  'Anne',
  'Mads',
  'Louise',
  'Søren',
  'Sofie',
  'Jens',
  'Ida',
  'Niels',
  'Emma',
  'Rasmus',
  'Julie',
  'Anders',
  'Maria',
  'Mikkel',
  'Line',
  'Thomas',
  'Katrine',
  'Jesper',
  'Signe',
  'Kasper',
  'Rikke',
  'Frederik',
  'Charlotte',
  'Morten',
  'Helle',
  'Henrik',
  'Lone',
  'Martin',
  'Susanne',
  'Christian',
  'Pia',
  'Jakob',
  'Trine',
  'Emil',
  'Malene',
  'Oliver',
  'Tina',
  'Bo',
  'Dorthe',
  'Torben',
  'Gitte',
  'Kim',
];
const LAST = [
  'Nielsen',
  'Jensen',
  'Hansen',
  'Pedersen',
  'Larsen',
  'Sørensen',
  'Rasmussen',
  'Jørgensen',
  'Petersen',
  'Madsen',
  'Kristensen',
  'Olsen',
  'Thomsen',
  'Poulsen',
  'Johansen',
  'Møller',
  'Knudsen',
  'Jakobsen',
  'Lauridsen',
  'Lund',
  'Vestergaard',
  'Frandsen',
  'Schmidt',
  'Eriksen',
  'Bertelsen',
  'Iversen',
  'Mikkelsen',
  'Winther',
  'Ravn',
];

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];
export const SANDBOX_TZ = 'Romance Standard Time';

const ascii = (s: string) =>
  s
    .toLowerCase()
    .replace(/ø/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/å/g, 'aa')
    .replace(/é/g, 'e')
    .replace(/[^a-z]/g, '');

interface Person {
  given: string;
  middle?: string;
  surname: string;
  jobTitle: string;
  department: string;
  role: Role;
  manager: string | null;
  hours?: { days?: string[]; start?: string; end?: string };
}

function userOf(p: Person, i: number): UserRec {
  const upn = `${ascii(p.given)}.${ascii(p.surname)}@${TENANT_DOMAIN}`;
  const hh = (t: string) => `${t}:00.0000000`;
  return {
    id: guidFor(`user:${upn}`),
    userPrincipalName: upn,
    displayName: [p.given, p.middle, p.surname].filter(Boolean).join(' '),
    givenName: p.given,
    surname: p.surname,
    jobTitle: p.jobTitle,
    department: p.department,
    officeLocation: p.department === 'Vej og Park' ? 'Materielgården' : 'Rådhuset',
    mobilePhone: `+45 2${(i * 7919) % 10} ${String((i * 3571) % 100).padStart(2, '0')} ${String((i * 97) % 100).padStart(2, '0')} ${String(10 + i).slice(-2)}`,
    preferredLanguage: 'da-DK',
    role: p.role,
    managerId: p.manager,
    workingHours: {
      daysOfWeek: p.hours?.days ?? WEEKDAYS,
      startTime: hh(p.hours?.start ?? '08:00'),
      endTime: hh(p.hours?.end ?? '16:00'),
      timeZone: { name: SANDBOX_TZ },
    },
  };
}

const uid = (given: string, surname: string) =>
  guidFor(`user:${ascii(given)}.${ascii(surname)}@${TENANT_DOMAIN}`);

export const DIRECTOR_ID = uid('Birgitte', 'Sørensen');
export const HR_PARTNER_ID = uid('Camilla', 'Andersen');
export const LEADER_IDS = {
  vejOgPark: uid('Lars', 'Østergaard'),
  borgerservice: uid('Hanne', 'Mortensen'),
  it: uid('Peter', 'Christensen'),
};

const TEAMS = [
  {
    leader: LEADER_IDS.vejOgPark,
    department: 'Vej og Park',
    size: 30,
    titles: ['Vejmand', 'Gartner', 'Maskinfører', 'Ingeniør', 'Tekniker'],
  },
  {
    leader: LEADER_IDS.borgerservice,
    department: 'Borgerservice',
    size: 6,
    titles: ['Borgerservicemedarbejder', 'Sagsbehandler'],
  },
  {
    leader: LEADER_IDS.it,
    department: 'Digitalisering og IT',
    size: 4,
    titles: ['IT-supporter', 'Systemadministrator', 'Udvikler'],
  },
];

/** All demo users: director, HR partner and consultant, three leaders and their 40 employees. */
export function demoUsers(): UserRec[] {
  const people: Person[] = [
    {
      given: 'Birgitte',
      middle: 'Holm',
      surname: 'Sørensen',
      jobTitle: 'Direktør',
      department: 'Direktionen',
      role: 'director',
      manager: null,
    },
    {
      given: 'Camilla',
      middle: 'Lykke',
      surname: 'Andersen',
      jobTitle: 'HR-partner',
      department: 'HR og Personale',
      role: 'hr',
      manager: DIRECTOR_ID,
    },
    {
      given: 'Jonas',
      middle: 'Dahl',
      surname: 'Frandsen',
      jobTitle: 'HR-konsulent',
      department: 'HR og Personale',
      role: 'hr',
      manager: HR_PARTNER_ID,
    },
    {
      given: 'Lars',
      surname: 'Østergaard',
      middle: undefined,
      jobTitle: 'Afdelingsleder',
      department: 'Vej og Park',
      role: 'leader',
      manager: DIRECTOR_ID,
    },
    {
      given: 'Hanne',
      middle: 'Kjær',
      surname: 'Mortensen',
      jobTitle: 'Teamleder',
      department: 'Borgerservice',
      role: 'leader',
      manager: DIRECTOR_ID,
    },
    {
      given: 'Peter',
      middle: 'Bach',
      surname: 'Christensen',
      jobTitle: 'IT-chef',
      department: 'Digitalisering og IT',
      role: 'leader',
      manager: DIRECTOR_ID,
    },
  ];
  const taken = new Set(people.map((p) => `${p.given} ${p.surname}`));
  let n = 0;
  for (const team of TEAMS) {
    for (let k = 0; k < team.size; k++) {
      let given = '';
      let surname = '';
      do {
        given = FIRST[(n * 7 + 3) % FIRST.length] ?? 'Anne';
        surname = LAST[(n * 11 + 5) % LAST.length] ?? 'Nielsen';
        n++;
      } while (taken.has(`${given} ${surname}`));
      taken.add(`${given} ${surname}`);
      const hours =
        k === 4
          ? { days: WEEKDAYS.slice(0, 4) }
          : team.department === 'Vej og Park' && k % 3 === 0
            ? { start: '07:00', end: '15:00' }
            : undefined;
      people.push({
        given,
        surname,
        jobTitle: team.titles[k % team.titles.length] ?? 'Medarbejder',
        department: team.department,
        role: 'employee',
        manager: team.leader,
        ...(hours ? { hours } : {}),
      });
    }
  }
  return people.map(userOf);
}
