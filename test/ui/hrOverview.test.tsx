import './support/resizeObserver';
import './support/noCanvas';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { HrApiPort } from '../../src/application/ports/HrApiPort';
import type { Me } from '../../src/application/ports/MusApiPort';
import { SurfaceRoot } from '../../src/ui';
import { anOverviewRow, hrService } from '../application/support/hrFakes';
import { LEADER, inMemoryMusService } from '../application/support/inMemoryMusService';
import { aMe, aPerson } from '../application/support/profileFakes';
import { aHostContext, inMemoryHost } from './support/fakePorts';
import { LAZY } from './support/lazy';

const HR = aPerson('Camilla Lykke Andersen', 'hr-1');
const HIDDEN = 'Vises kun for grupper på mindst 5 personer.';

/** The personal tab of `me` over the in-memory service, with HR's calls answered by `hr`. */
function openTab(me: Me, hr?: HrApiPort) {
  const ports = inMemoryMusService(new Date('2026-03-02T08:00:00Z')).as(me.id);
  const musApi = { ...ports.musApi, ...hr, me: () => Promise.resolve({ ok: true as const, value: me }) };
  render(
    <SurfaceRoot
      surface="content"
      ports={{ host: inMemoryHost(aHostContext()), profile: { ...ports, musApi } }}
    />,
  );
}
const asHr = (hr: HrApiPort) =>
  openTab(aMe({ ...HR, roles: { employee: false, leader: false, hr: true }, leader: null, reports: [] }), hr);

const ROUNDS = [
  anOverviewRow({
    roundId: 'r1',
    roundTitle: 'MUS 2026 Borgerservice',
    leaderId: 'l1',
    leaderName: 'Hanne Borg',
  }),
  anOverviewRow({
    roundId: 'r0',
    roundTitle: 'MUS 2025 Borgerservice',
    year: 2025,
    leaderId: 'l1',
    leaderName: 'Hanne Borg',
    conversations: 5,
    notBooked: 0,
    booked: 1,
    held: 0,
    signed: 4,
    withPlan: 4,
    overdue: 1,
  }),
  anOverviewRow({
    roundId: 'r2',
    roundTitle: 'MUS 2026 IT',
    leaderId: 'l2',
    leaderName: 'Anders IT',
    unit: 'IT og digitalisering',
  }),
  anOverviewRow({ roundId: 'r3', roundTitle: 'MUS 2026', leaderId: 'l3', leaderName: 'Bo Ny', unit: null }),
];
const cellsOf = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent);

describe('HR’s overview in the personal tab', () => {
  it('sums each leader’s rounds (counts only) and marks what is overdue', async () => {
    asHr(hrService(ROUNDS));
    const table = await screen.findByRole(
      'table',
      { name: 'Samtaler pr. leder og runde efter status' },
      LAZY,
    );
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual([
      'Enhed, leder og runde',
      'Personer',
      'Ikke booket',
      'Booket',
      'Holdt',
      'Underskrevet',
      'Med udviklingsplan',
      'Forsinket',
    ]);
    // Leaders by name; Hanne's two rounds summed: 6 + 5 conversations, 1 overdue.
    const hanne = within(table).getByRole('row', { name: /Hanne Borg/ });
    expect(cellsOf(hanne)).toEqual(['11', '1', '3', '1', '6', '6', '1']);
    // Units by name, each with the sum of its leaders; a leader the directory gives no unit comes last.
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual([
      'Borgerservice',
      '▸ Hanne Borg',
      'IT og digitalisering',
      '▸ Anders IT',
      'Uden enhed',
      '▸ Bo Ny',
    ]);
    expect(cellsOf(within(table).getByRole('row', { name: /^Borgerservice/ }))).toEqual(cellsOf(hanne));
    expect(cellsOf(within(table).getByRole('row', { name: /^IT og digitalisering/ }))).toEqual(
      cellsOf(within(table).getByRole('row', { name: /Anders IT/ })),
    );
    expect(
      within(table)
        .getAllByRole('button')
        .map((b) => b.getAttribute('aria-label')),
    ).toEqual(['Vis runderne for Hanne Borg', 'Vis runderne for Anders IT', 'Vis runderne for Bo Ny']);
    expect(screen.getByText('1 samtale er ikke underskrevet, selv om runden er slut.')).toBeVisible();
  });

  it('drills down to a leader’s rounds and their evaluation (5 or more), never further', async () => {
    asHr(hrService(ROUNDS, { employees: { r1: 4.2 } }));
    const button = await screen.findByRole('button', { name: 'Vis runderne for Hanne Borg' }, LAZY);
    expect(screen.queryByRole('row', { name: /MUS 2026 Borgerservice/ })).toBeNull();
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const table = screen.getByRole('table', { name: 'Samtaler pr. leder og runde efter status' });
    const newest = within(table).getByRole('row', {
      name: /MUS 2026 Borgerservice \(2026, slut onsdag den 1\. april 2026\)/,
    });
    expect(await within(newest).findByText('4,2 af 5 (5 personer)')).toBeVisible();
    // The older round has under 5 evaluations: no figure.
    const older = within(table).getByRole('row', { name: /MUS 2025 Borgerservice/ });
    expect(within(older).getByText('Under 5 personer')).toBeVisible();
    expect(within(older).queryAllByRole('button')).toHaveLength(0);
  });

  it('shows MUS-testen and the leaders’ evaluation for 5 or more, and nothing for a smaller group', async () => {
    asHr(hrService(ROUNDS, { musTest: 68, leaders: 3.8 }));
    const musTest = await screen.findByRole('region', { name: 'MUS-testen (ledere)' }, LAZY);
    expect(within(musTest).getByText('68 af 100 point')).toBeVisible();
    const leaders = screen.getByRole('region', { name: 'Ledernes evaluering af samtalerne' });
    expect(within(leaders).getByText('3,8 af 5 (5 personer)')).toBeVisible();
  });

  it('hides MUS-testen and the leaders’ evaluation when the group is under 5', async () => {
    asHr(hrService(ROUNDS));
    const musTest = await screen.findByRole('region', { name: 'MUS-testen (ledere)' }, LAZY);
    expect(within(musTest).getByText(HIDDEN)).toBeVisible();
    expect(within(musTest).queryByText(/af 100 point/)).toBeNull();
    const leaders = screen.getByRole('region', { name: 'Ledernes evaluering af samtalerne' });
    expect(within(leaders).getByText(HIDDEN)).toBeVisible();
  });

  it('asks for the overview, the figures and the charts’ figures at once, each once', async () => {
    const service = hrService(ROUNDS, { musTest: 68, leaders: 3.8 });
    const asked: string[] = [];
    let answer: () => void = () => undefined;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    /** The call, answered only once every call of the tab has been asked. */
    const held = <A extends unknown[], R>(name: string, call: (...args: A) => Promise<R>) => {
      return async (...args: A) => {
        asked.push(name);
        await answered;
        return call(...args);
      };
    };
    asHr({
      ...service,
      hrOverview: held('overview', service.hrOverview),
      hrMusTest: held('musTest', service.hrMusTest),
      hrEvaluations: held('evaluations', service.hrEvaluations),
      hrNeeds: held('needs', service.hrNeeds),
      hrRoundRatings: held('roundRatings', service.hrRoundRatings),
    });
    await waitFor(() => expect(asked).toHaveLength(5), LAZY);
    answer();
    await screen.findByRole('table', { name: 'Samtaler pr. leder og runde efter status' }, LAZY);
    await screen.findByRole('table', { name: 'Evaluering af samtalerne (1-5) som tabel' }, LAZY);
    expect([...asked].sort()).toEqual(['evaluations', 'musTest', 'needs', 'overview', 'roundRatings']);
  });

  it('downloads the SU report and the exports in the page’s language', async () => {
    const asked: string[] = [];
    const hr = hrService(ROUNDS);
    const saved: string[] = [];
    URL.createObjectURL = () => 'blob:mus';
    URL.revokeObjectURL = () => undefined;
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      saved.push(this.download);
    });
    asHr({
      ...hr,
      hrFile: (token, file, language) => {
        asked.push(`${file} ${language}`);
        return hr.hrFile(token, file, language);
      },
    });
    const pdf = await screen.findByRole('button', { name: 'Hent SU-rapporten (PDF)' }, LAZY);
    await userEvent.click(pdf);
    await userEvent.click(screen.getByRole('button', { name: 'Hent overblikket (Excel)' }));
    expect(asked).toEqual(['pdf da', 'xlsx da']);
    expect(saved).toEqual(['MUS-SU-rapport.pdf', 'mus-overblik.xlsx']);
    click.mockRestore();
  });

  it('says why in Danish when a download is refused, and saves nothing', async () => {
    const saved = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    asHr({
      ...hrService(ROUNDS),
      hrFile: () => Promise.resolve({ ok: false, reason: 'unavailable', status: 503 }),
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Hent overblikket (CSV)' }, LAZY));
    expect(await screen.findByText('MUS-tjenesten har en fejl lige nu. Prøv igen om lidt.')).toBeVisible();
    expect(saved).not.toHaveBeenCalled();
    saved.mockRestore();
  });

  it('is no tab of a leader or an employee', async () => {
    openTab(aMe({ ...LEADER, roles: { employee: true, leader: true, hr: false }, reports: [] }));
    await screen.findByRole('tab', { name: 'MUS-testen' }, LAZY);
    expect(screen.queryByRole('tab', { name: 'HR-overblik' })).toBeNull();
    expect(screen.queryByText('MUS-runderne pr. leder')).toBeNull();
  });
});
