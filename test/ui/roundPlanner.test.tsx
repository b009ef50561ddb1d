import './support/resizeObserver';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { buildConcept, conceptId, createOwnTopic, topicId } from '../../src/domain';
import { SurfaceRoot } from '../../src/ui';
import { LEADER, REPORTS, inMemoryMusService } from '../application/support/inMemoryMusService';
import { aHostContext, inMemoryHost } from './support/fakePorts';
import { LAZY } from './support/lazy';

/** Next year's concept, published with an own topic. */
const NEXT = new Date().getFullYear() + 1;
const nextYears = buildConcept({
  id: conceptId(`flexible.${NEXT}.organisation.organisation`),
  template: 'flexible',
  year: NEXT,
  scope: { level: 'organisation', id: 'organisation' },
  decidedAt: new Date(),
  ownTopics: [
    createOwnTopic({ id: topicId('own.miljoe'), title: { da: 'Arbejdsmiljø', en: 'Working environment' } }),
  ],
});

async function openPlanner(options: { nextYear?: boolean } = {}) {
  const service = inMemoryMusService(new Date());
  const profile = service.as(LEADER.id);
  const concepts = [
    { etag: '"c1"', value: service.concept },
    { etag: '"c2"', value: nextYears },
  ];
  const musApi = options.nextYear
    ? { ...profile.musApi, concepts: () => Promise.resolve({ ok: true as const, value: concepts }) }
    : profile.musApi;
  render(
    <SurfaceRoot
      surface="content"
      ports={{ host: inMemoryHost(aHostContext()), profile: { ...profile, musApi } }}
    />,
  );
  await userEvent.click(await screen.findByRole('button', { name: 'Ny MUS-runde' }, LAZY));
  await screen.findByRole('region', { name: 'Ny MUS-runde' });
  return service;
}

const order = () =>
  within(screen.getByRole('list', { name: 'Rækkefølge på dagsordenen' }))
    .getAllByRole('listitem')
    .map((li) => li.textContent);

describe('the leader’s round planner (personal tab)', () => {
  it('starts a new round with every direct report chosen and the basis topics fixed, goals last', async () => {
    await openPlanner();
    for (const person of REPORTS)
      expect(screen.getByRole('checkbox', { name: person.displayName })).toBeChecked();
    expect(order()[0]).toMatch(/^Siden sidst.*Altid med$/);
    expect(order().at(-1)).toMatch(/^Udviklingsmål og udviklingsaktiviteterAltid med$/);
  });

  it('puts chosen and own topics before the goals topic, and can take an own topic off again', async () => {
    await openPlanner();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Innovation' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Eget emne' }), 'Hjemmearbejde{Enter}');
    expect(order().slice(-3)).toEqual([
      'InnovationValgt',
      expect.stringMatching(/^HjemmearbejdeEget emne/),
      'Udviklingsmål og udviklingsaktiviteterAltid med',
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Fjern Hjemmearbejde' }));
    expect(order().join()).not.toContain('Hjemmearbejde');
  });

  it('holds a round in next year’s dates with next year’s concept, and says so under the concept', async () => {
    await openPlanner({ nextYear: true });
    expect(order().join()).not.toContain('Arbejdsmiljø');
    const from = screen.getByLabelText('Fra dato');
    await userEvent.clear(from);
    await userEvent.type(from, `${NEXT}-02-01`);
    expect(order().at(-2)).toMatch(/^Arbejdsmiljø/);
    expect(
      screen.getByText(`Runden holdes i ${NEXT} og får konceptet for ${NEXT} (version 1).`),
    ).toBeVisible();
  });

  it('refuses a round without employees or with a window that ends first, and creates nothing', async () => {
    const service = await openPlanner();
    for (const person of REPORTS)
      await userEvent.click(screen.getByRole('checkbox', { name: person.displayName }));
    const to = screen.getByLabelText('Til dato');
    await userEvent.clear(to);
    await userEvent.type(to, '2020-01-01');
    await userEvent.click(screen.getByRole('button', { name: 'Opret runde' }));
    expect(screen.getByText('Vælg mindst én medarbejder.')).toBeVisible();
    expect(screen.getByText('Slutdatoen skal ligge efter startdatoen.')).toBeVisible();
    expect(screen.getByText('Ret de markerede felter.')).toBeVisible();
    expect(service.calls.filter((c) => c.endsWith('createRound'))).toEqual([]);
  });

  it('creates the round for the chosen employees and shows each conversation’s state', async () => {
    const service = await openPlanner();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Ole Berg' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Innovation' }));
    await userEvent.click(screen.getByRole('button', { name: 'Opret runde' }));
    const list = await screen.findByRole('list', { name: 'Samtalerne i runden' });
    const rows = within(list).getAllByRole('listitem');
    expect(rows.map((r) => r.getAttribute('aria-label'))).toEqual(['Ida Holm', 'Sara Lund']);
    expect(rows[0]).toHaveTextContent('Ikke booket');
    expect(rows[0]).toHaveTextContent('Ikke aftalt');
    expect(rows[0]).toHaveTextContent('Ingen endnu');
    const agendas = [...service.conversations.values()].map((c) =>
      c.value.agenda.items.map((i) => i.topic.title.da),
    );
    for (const agenda of agendas)
      expect(agenda.slice(-2)).toEqual(['Innovation', 'Udviklingsmål og udviklingsaktiviteter']);
  });

  it('shows an employee’s proposal to the leader, who takes it on the agenda', async () => {
    const service = await openPlanner();
    await userEvent.click(screen.getByRole('button', { name: 'Opret runde' }));
    await screen.findByRole('list', { name: 'Samtalerne i runden' });
    const ida = service.as(REPORTS[0]!.id);
    const mine = await ida.musApi.conversations('t');
    const record = mine.ok ? mine.value[0]! : undefined;
    await ida.musApi.changeAgenda('t', record!.value.id, record!.etag, {
      action: 'propose',
      topicId: 'own-x',
      title: 'Mentorordning – Jeg vil lære',
    });
    await userEvent.click(screen.getByRole('button', { name: 'Tilbage til dine runder' }));
    await userEvent.click(await screen.findByRole('button', { name: /^MUS \d{4}$/ }));
    const row = await screen.findByRole('listitem', { name: 'Ida Holm' });
    expect(within(row).getByText('Forslag fra Ida Holm')).toBeVisible();
    await userEvent.click(
      within(row).getByRole('button', { name: 'Tag Mentorordning – Jeg vil lære med på dagsordenen' }),
    );
    expect(await within(row).findByText('Ikke aftalt')).toBeVisible();
    expect(within(row).queryByText('Forslag fra Ida Holm')).not.toBeInTheDocument();
    const stored = service.conversations
      .get(record!.value.id)!
      .value.agenda.items.find((i) => i.topic.id === 'own-x');
    expect(stored?.status).toBe('accepted');
  });
});
