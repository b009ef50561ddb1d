import './support/resizeObserver';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SurfaceRoot } from '../../src/ui';
import { LEADER, REPORTS, inMemoryMusService } from '../application/support/inMemoryMusService';
import { aHostContext, inMemoryHost } from './support/fakePorts';
import { LAZY } from './support/lazy';

const STATEMENTS = 20;

async function openMusTest(service = inMemoryMusService(new Date('2026-03-02T08:00:00Z'))) {
  render(
    <SurfaceRoot
      surface="content"
      ports={{ host: inMemoryHost(aHostContext()), profile: service.as(LEADER.id) }}
    />,
  );
  await userEvent.click(await screen.findByRole('tab', { name: 'MUS-testen' }, LAZY));
  return service;
}

async function planRound(service: ReturnType<typeof inMemoryMusService>, title: string) {
  const made = await service
    .as(LEADER.id)
    .musApi.createRound('t', { title, conceptId: 'flexible', employeeIds: REPORTS.map((p) => p.id) });
  if (!made.ok) throw new Error('no round');
  return made.value.round.value;
}

/**
 * Answers every statement with the scale step named: a click on each answer found by its label (role queries
 * over 100 radios take seconds in jsdom; the keyboard and the roles have their own test).
 */
function answerAll(step: string) {
  const groups = screen.getAllByRole('radiogroup');
  expect(groups).toHaveLength(STATEMENTS);
  for (const group of groups) fireEvent.click(within(group).getByLabelText(step));
}

describe('MUS-testen in the leader’s personal tab', () => {
  it('asks to plan a round first when there is none', async () => {
    await openMusTest();
    expect(await screen.findByText(/MUS-testen hører til en MUS-runde/)).toBeVisible();
    expect(screen.queryAllByRole('radiogroup')).toHaveLength(0);
  });

  it('shows the 20 statements in three sections, each a labelled group of Aldrig … Altid', async () => {
    const service = inMemoryMusService(new Date('2026-03-02T08:00:00Z'));
    await planRound(service, 'MUS 2026');
    await openMusTest(service);
    const form = await screen.findByRole('form', { name: 'MUS-testen for MUS 2026 (2026)' });
    expect(
      within(form)
        .getAllByRole('group')
        .map((g) => g.querySelector('legend')?.textContent),
    ).toEqual(expect.arrayContaining(['Forberedelse og gennemførelse af MUS', 'Samtalen', 'Værdien af MUS']));
    const first = screen.getByRole('radiogroup', { name: 'MUS gennemføres' });
    expect(
      within(first)
        .getAllByRole('radio')
        .map((r) => r.closest('span')?.textContent),
    ).toEqual(['Aldrig', 'Sjældent', 'Af og til', 'Oftest', 'Altid']);
    // Keyboard: focus the first answer, arrow right chooses the next one.
    await userEvent.click(within(first).getByRole('radio', { name: 'Aldrig' }));
    await userEvent.keyboard('{ArrowRight}');
    expect(within(first).getByRole('radio', { name: 'Sjældent' })).toBeChecked();
  });

  it('refuses an incomplete sheet with the number missing, and saves nothing', async () => {
    const service = inMemoryMusService(new Date('2026-03-02T08:00:00Z'));
    await planRound(service, 'MUS 2026');
    await openMusTest(service);
    await screen.findByRole('form', { name: /MUS-testen for/ });
    const first = screen.getByRole('radiogroup', { name: 'MUS gennemføres' });
    await userEvent.click(within(first).getByRole('radio', { name: 'Altid' }));
    await userEvent.click(screen.getByRole('button', { name: 'Se mit resultat' }));
    expect(screen.getByText('Svar på alle udsagn: 19 mangler.')).toBeVisible();
    expect(screen.getAllByText('Vælg et svar.')).toHaveLength(19);
    expect(service.calls.filter((c) => c.endsWith('answerMusTest'))).toEqual([]);
  });

  it('shows the score per section and in total with the seed’s table and the reading', async () => {
    const service = inMemoryMusService(new Date('2026-03-02T08:00:00Z'));
    await planRound(service, 'MUS 2026');
    await openMusTest(service);
    await screen.findByRole('form', { name: /MUS 2026/ });
    answerAll('Af og til');
    await userEvent.click(screen.getByRole('button', { name: 'Se mit resultat' }));
    const y2026 = await screen.findByRole('listitem', { name: 'Resultat 2026' });
    expect(within(y2026).getByRole('heading', { name: '2026: 60 af 100 point' })).toBeVisible();
    const total = within(y2026).getByRole('row', { name: /^I alt/ });
    expect(
      within(total)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['0', '0', '20', '0', '0', '60 af 100']);
    expect(within(y2026).getByRole('row', { name: /^Samtalen/ })).toHaveTextContent('21 af 35');
    expect(within(y2026).getAllByText(/MUS fungerer delvist/).length).toBeGreaterThan(0);
    expect(screen.getByText(/Du har taget MUS-testen for din seneste runde/)).toBeVisible();
  });

  it('a year later takes it again for the next round and lists both years, newest first', async () => {
    const service = inMemoryMusService(new Date('2026-03-02T08:00:00Z'));
    const first = await planRound(service, 'MUS 2026');
    const answered = await service
      .as(LEADER.id)
      .musApi.answerMusTest('t', first.id, Array<number>(STATEMENTS).fill(3));
    expect(answered.ok).toBe(true);
    service.rounds.set('r-2027', {
      etag: '"r2027"',
      value: { ...first, id: 'r-2027' as never, year: 2027, title: 'MUS 2027' },
    });
    await openMusTest(service);
    await screen.findByRole('form', { name: 'MUS-testen for MUS 2027 (2027)' });
    answerAll('Altid');
    await userEvent.click(screen.getByRole('button', { name: 'Se mit resultat' }));
    await screen.findByRole('heading', { name: '2027: 100 af 100 point' });
    const years = within(screen.getByRole('list', { name: 'Resultater år for år' })).getAllByRole('listitem');
    expect(years.map((y) => y.getAttribute('aria-label'))).toEqual(['Resultat 2027', 'Resultat 2026']);
  });
});
