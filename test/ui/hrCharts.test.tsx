import './support/resizeObserver';
import './support/noCanvas';
import { render, screen, within } from '@testing-library/react';
import type { HrApiPort, HrNeeds } from '../../src/application/ports/HrApiPort';
import { SurfaceRoot } from '../../src/ui';
import { anOverviewRow, hrService } from '../application/support/hrFakes';
import { inMemoryMusService } from '../application/support/inMemoryMusService';
import { aMe, aPerson } from '../application/support/profileFakes';
import { aHostContext, inMemoryHost } from './support/fakePorts';
import { LAZY } from './support/lazy';

const HR = aPerson('Camilla Lykke Andersen', 'hr-1');
const UNDER_5 = 'Færre end 5 — vises ikke';

function asHr(hr: HrApiPort) {
  const me = aMe({ ...HR, roles: { employee: false, leader: false, hr: true }, leader: null, reports: [] });
  const ports = inMemoryMusService(new Date('2026-03-02T08:00:00Z')).as(me.id);
  const musApi = { ...ports.musApi, ...hr, me: () => Promise.resolve({ ok: true as const, value: me }) };
  render(
    <SurfaceRoot
      surface="content"
      ports={{ host: inMemoryHost(aHostContext()), profile: { ...ports, musApi } }}
    />,
  );
}

const NEEDS: HrNeeds = {
  respondents: 9,
  topics: [
    { title: { da: 'Trivsel', en: 'Well-being' }, conversations: 7 },
    { title: { da: 'Mobilitet', en: 'Mobility' }, conversations: null },
  ],
  ownTopics: 5,
  goalsByCategory: [
    { category: 'professional', goals: 6 },
    { category: 'personal', goals: null },
    { category: 'collaboration', goals: null },
    { category: 'wellbeing', goals: 5 },
    { category: 'career', goals: null },
    { category: 'none', goals: 3 },
  ],
  goalsByStatus: {},
  goalsByResponsible: {},
};
const ROUNDS = [
  anOverviewRow({ roundId: 'r1', roundTitle: 'MUS 2026 Borgerservice', leaderName: 'Hanne Borg' }),
  anOverviewRow({ roundId: 'r2', roundTitle: 'MUS 2026 IT', leaderId: 'l2', leaderName: 'Anders IT' }),
];
/** A chart's table as [group, value] pairs. */
const rowsOf = async (title: string) =>
  within(await screen.findByRole('table', { name: `${title} som tabel` }, LAZY))
    .getAllByRole('row')
    .slice(1)
    .map((row) => [
      within(row).getByRole('rowheader').textContent,
      within(row).getByRole('cell').textContent,
    ]);

describe('HR’s charts', () => {
  it('show needs by topic and goal category, and a group under 5 as not shown', async () => {
    asHr(hrService(ROUNDS, { needs: NEEDS }));
    expect(await rowsOf('Udviklingsbehov efter emne')).toEqual([
      ['Trivsel', '7'],
      ['Mobilitet', UNDER_5],
      ['Egne emner', '5'],
    ]);
    expect(await rowsOf('Udviklingsmål efter kategori')).toEqual([
      ['Faglig udvikling', '6'],
      ['Personlig udvikling', UNDER_5],
      ['Samarbejde', UNDER_5],
      ['Trivsel', '5'],
      ['Talent- og karriereudvikling', UNDER_5],
      ['Ingen kategori', '3'],
    ]);
  });

  it('show MUS-testen per section with its reading, and each round’s evaluation from 5 on', async () => {
    asHr(
      hrService(ROUNDS, {
        musTest: 70,
        sections: { forberedelse: 17.5, samtalen: 24.5, vaerdien: 28 },
        leaders: 3.8,
        employees: { r1: 4.2 },
      }),
    );
    expect(await rowsOf('MUS-testen pr. afsnit (gns. svar 1-5)')).toEqual([
      ['Forberedelse og gennemførelse af MUS', '3,5 (17,5 af 25 point): MUS fungerer godt.'],
      ['Samtalen', '3,5 (24,5 af 35 point): MUS fungerer godt.'],
      ['Værdien af MUS', '3,5 (28 af 40 point): MUS fungerer godt.'],
    ]);
    expect(screen.getByText('Produktets egen læsning.')).toBeVisible();
    expect(await rowsOf('Evaluering af samtalerne (1-5)')).toEqual([
      ['Lederne, alle runder', '3,8 af 5 (5 personer)'],
      ['Medarbejderne, MUS 2026 Borgerservice (2026)', '4,2 af 5 (5 personer)'],
      ['Medarbejderne, MUS 2026 IT (2026)', UNDER_5],
    ]);
  });

  it('say that needs and MUS-testen are shown only for 5 or more when the groups are smaller', async () => {
    asHr(hrService(ROUNDS));
    const charts = await screen.findByRole('region', { name: 'Udviklingsbehov og resultater' }, LAZY);
    const topics = await within(charts).findByRole('region', { name: 'Udviklingsbehov efter emne' }, LAZY);
    expect(within(topics).getByText('Vises kun for grupper på mindst 5 personer.')).toBeVisible();
    const musTest = within(charts).getByRole('region', { name: 'MUS-testen pr. afsnit (gns. svar 1-5)' });
    expect(within(musTest).getByText('Vises kun for grupper på mindst 5 personer.')).toBeVisible();
    expect(within(charts).queryByRole('table', { name: /Udviklingsbehov efter emne/ })).toBeNull();
  });

  it('say why in Danish when the service refuses the charts for another reason', async () => {
    asHr({
      ...hrService(ROUNDS),
      hrRoundRatings: () =>
        Promise.resolve({
          ok: false,
          reason: 'unauthorized',
          status: 403,
          problem: { code: 'forbidden', messages: { da: 'Du har ikke adgang til dette.', en: 'No.' } },
        }),
    });
    expect(await screen.findByText('Du har ikke adgang til dette.', {}, LAZY)).toBeVisible();
  });
});
