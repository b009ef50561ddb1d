import './support/resizeObserver';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SurfaceRoot } from '../../src/ui';
import { LEADER, REPORTS, inMemoryMusService } from '../application/support/inMemoryMusService';
import { aHostContext, inMemoryHost } from './support/fakePorts';
import { LAZY } from './support/lazy';

async function createdRound(setUp?: (service: ReturnType<typeof inMemoryMusService>) => void) {
  const service = inMemoryMusService(new Date());
  setUp?.(service);
  render(
    <SurfaceRoot
      surface="content"
      ports={{ host: inMemoryHost(aHostContext()), profile: service.as(LEADER.id) }}
    />,
  );
  await userEvent.click(await screen.findByRole('button', { name: 'Ny MUS-runde' }, LAZY));
  await userEvent.click(await screen.findByRole('button', { name: 'Opret runde' }));
  await screen.findByRole('region', { name: 'Tidsplan' });
  return service;
}

// A whole journey through the planner renders a lot of Fluent in jsdom: slow on a busy machine.
jest.setTimeout(60_000);

const blocks = () => screen.getAllByRole('button', { name: /^Flyt samtalen med / });

describe('the round’s schedule (personal tab)', () => {
  it('proposes times and shows them in a week, each conversation a block named after the employee', async () => {
    await createdRound();
    await userEvent.click(screen.getByRole('button', { name: 'Foreslå tider' }));
    expect(await screen.findByText(/3 samtaler har et forslag til tidspunkt/)).toBeVisible();
    expect(
      blocks()
        .map((b) => b.textContent?.replace(/ \d\d[.:]\d\d$/, ''))
        .sort(),
    ).toEqual(REPORTS.map((p) => p.displayName).sort());
    const week = screen.getByRole('group', { name: / – / });
    expect(within(week).getAllByRole('list')).toHaveLength(5);
  });

  it('pages to the next and previous week', async () => {
    await createdRound();
    await userEvent.click(screen.getByRole('button', { name: 'Foreslå tider' }));
    await screen.findByText(/3 samtaler har et forslag/);
    await userEvent.click(screen.getByRole('button', { name: 'Næste uge' }));
    expect(screen.queryAllByRole('button', { name: /^Flyt samtalen med / })).toHaveLength(0);
    await userEvent.click(screen.getByRole('button', { name: 'Forrige uge' }));
    expect(blocks()).toHaveLength(3);
  });

  it('moves one conversation to a free time chosen from a list, with the keyboard', async () => {
    const service = await createdRound();
    await userEvent.click(screen.getByRole('button', { name: 'Foreslå tider' }));
    await screen.findByText(/3 samtaler har et forslag/);
    blocks()[0]!.focus();
    const name = blocks()[0]!.textContent!.replace(/ \d\d[.:]\d\d$/, '');
    await userEvent.keyboard('{Enter}');
    const panel = await screen.findByRole('region', { name: `Flyt samtalen med ${name}` });
    const times = await within(panel).findByRole('list', { name: 'Ledige tider' });
    const choice = within(times).getAllByRole('button')[1]!;
    choice.focus();
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByText(new RegExp(`Samtalen med ${name} er flyttet til`))).toBeVisible();
    expect(screen.queryByRole('region', { name: `Flyt samtalen med ${name}` })).not.toBeInTheDocument();
    // The second free time the fake offers: 14:00 UTC on the window's second day.
    const round = [...service.rounds.values()][0]!.value;
    const chosen = new Date(`${round.window.start}T14:00:00.000Z`);
    chosen.setUTCDate(chosen.getUTCDate() + 1);
    expect(round.proposal!.slots.map((s) => s.start)).toContain(chosen.toISOString());
  });

  it('explains a time that is no longer free, and keeps the conversation where it was', async () => {
    const service = await createdRound();
    await userEvent.click(screen.getByRole('button', { name: 'Foreslå tider' }));
    await screen.findByText(/3 samtaler har et forslag/);
    await userEvent.click(blocks()[0]!);
    const times = await screen.findByRole('list', { name: 'Ledige tider' });
    service.failNext(
      'schedule',
      service.refused(409, 'slot_not_free', 'Tidspunktet er ikke ledigt længere.'),
    );
    await userEvent.click(within(times).getAllByRole('button')[0]!);
    expect(await screen.findByText('Tidspunktet er ikke ledigt længere.')).toBeVisible();
    expect(screen.queryByText(/er flyttet til/)).not.toBeInTheDocument();
  });

  it('lists who could not be placed, and why', async () => {
    await createdRound((service) => service.cannotPlace(REPORTS[2]!.id, 'dailyLimitReached'));
    await userEvent.click(screen.getByRole('button', { name: 'Foreslå tider' }));
    const unplaced = await screen.findByRole('list', { name: 'Kunne ikke placeres' });
    expect(unplaced).toHaveTextContent(
      'Sara Lund: Alle dage med fælles ledig tid har allerede det højeste antal samtaler.',
    );
  });
});

describe('booking the round (personal tab)', () => {
  it('books the proposal as Teams meetings with a progress bar, and the status list shows them booked', async () => {
    await createdRound();
    await userEvent.click(screen.getByRole('button', { name: 'Foreslå tider' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Book 3 samtaler' }));
    expect(await screen.findByRole('progressbar')).toBeVisible();
    expect(
      await screen.findByText('Færdig: 3 af 3 samtaler er booket som Teams-møder.', undefined, LAZY),
    ).toBeVisible();
    const list = await screen.findByRole('list', { name: 'Samtalerne i runden' });
    expect(within(list).getAllByText('Booket')).toHaveLength(3);
  });

  it('lists what failed with the service’s message, and books the rest on "Prøv igen"', async () => {
    await createdRound((service) => service.failBooking(REPORTS[1]!.id));
    await userEvent.click(screen.getByRole('button', { name: 'Foreslå tider' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Book 3 samtaler' }));
    const failed = await screen.findByRole('list', { name: 'Ikke booket' }, LAZY);
    expect(failed).toHaveTextContent('Ole Berg: Mødet kunne ikke oprettes.');
    expect(screen.getByText('2 af 3 er booket. Disse mangler:')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Prøv igen' }));
    expect(
      await screen.findByText('Færdig: 1 af 1 samtaler er booket som Teams-møder.', undefined, LAZY),
    ).toBeVisible();
    const list = await screen.findByRole('list', { name: 'Samtalerne i runden' }, LAZY);
    expect(await within(list).findAllByText('Booket')).toHaveLength(3);
  });
});
