import './support/resizeObserver';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRound } from '../../src/application/rounds/planRound';
import { defaultRoundDraft } from '../../src/application/rounds/roundDraft';
import { SurfaceRoot } from '../../src/ui';
import { LEADER, REPORTS, inMemoryMusService } from '../application/support/inMemoryMusService';
import { aHostContext, inMemoryHost } from './support/fakePorts';
import { LAZY } from './support/lazy';

const IDA = REPORTS[0]!;

async function openMineMus(locale = 'da-DK') {
  const service = inMemoryMusService(new Date());
  const draft = defaultRoundDraft(service.concept, REPORTS, new Date());
  await createRound(service.as(LEADER.id), 'a1b2c3d4-0000-4000-8000-000000000001', draft);
  render(
    <SurfaceRoot
      surface="content"
      ports={{ host: inMemoryHost(aHostContext({ locale })), profile: service.as(IDA.id) }}
    />,
  );
  await screen.findByRole('region', { name: locale === 'da-DK' ? 'Dagsorden' : 'Agenda' }, LAZY);
  return service;
}

describe('Mine MUS (employee, personal tab)', () => {
  it('shows the next conversation with its leader, that it is not booked, and the agenda in order', async () => {
    await openMineMus();
    const next = screen.getByRole('region', { name: 'Din næste MUS-samtale' });
    expect(within(next).getByText('Med Hanne Kjær Mortensen')).toBeVisible();
    expect(within(next).getByText('Tidspunktet er ikke booket endnu.')).toBeVisible();
    const topics = within(screen.getByRole('list', { name: 'Dagsorden' })).getAllByRole('listitem');
    expect(topics.at(0)).toHaveTextContent(/^Siden sidst/);
    expect(topics.at(-1)).toHaveTextContent(/^Udviklingsmål og udviklingsaktiviteter/);
  });

  it('records "Jeg er enig i dagsordenen" and says so', async () => {
    const service = await openMineMus();
    await userEvent.click(screen.getByRole('button', { name: 'Jeg er enig i dagsordenen' }));
    expect(await screen.findByText('Du er enig i dagsordenen.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Jeg er enig i dagsordenen' })).not.toBeInTheDocument();
    const stored = [...service.conversations.values()].find((c) => c.value.employeeId === IDA.id);
    expect(stored?.value.agenda.agreement.employee).not.toBeNull();
  });

  it('sends a proposal with its reason, marks it as waiting, and refuses an empty one', async () => {
    await openMineMus();
    await userEvent.click(screen.getByRole('button', { name: 'Foreslå emnet' }));
    expect(await screen.findByText('Skriv, hvad emnet er.')).toBeVisible();
    await userEvent.type(screen.getByRole('textbox', { name: /^Emne/ }), 'Mentorordning');
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Hvorfor vil du gerne tale om det?' }),
      'Jeg vil lære',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Foreslå emnet' }));
    expect(await screen.findByText(/Dit forslag er sendt til din leder/)).toBeVisible();
    const agenda = screen.getByRole('list', { name: 'Dagsorden' });
    const proposal = within(agenda).getByText('Mentorordning').closest('li');
    expect(within(proposal as HTMLElement).getByText('Din begrundelse: Jeg vil lære')).toBeVisible();
    expect(proposal).toHaveTextContent('Dit forslag – venter på din leder');
    expect(proposal?.nextElementSibling).toHaveTextContent(/^Udviklingsmål/);
    expect(screen.getByRole('button', { name: 'Jeg er enig i dagsordenen' })).toBeDisabled();
    expect(screen.getByText(/Din leder skal svare på dit forslag/)).toBeVisible();
  });

  it('prepares per topic with its questions, saves a draft after a pause, and hands it in', async () => {
    const service = await openMineMus();
    expect(screen.getByText(/Din leder ser ikke din forberedelse, før I begge har afleveret/)).toBeVisible();
    const wellbeing = screen.getByRole('region', { name: 'Trivsel' });
    expect(within(wellbeing).getByRole('list', { name: 'Spørgsmål at tænke over' })).toBeVisible();
    await userEvent.type(within(wellbeing).getByRole('textbox', { name: 'Dine noter til Trivsel' }), 'Godt');
    expect(await screen.findByText(/Gemt som kladde kl\./, undefined, { timeout: 3000 })).toBeVisible();
    const [key, saved] = [...service.preparations.entries()][0]!;
    expect(key).toMatch(/:employee$/);
    expect(saved.value.answers.map((a) => a.text)).toEqual(['Godt']);
    expect(saved.value.submittedAt).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Aflever forberedelse' }));
    expect(await screen.findByText(/Du har afleveret din forberedelse/)).toBeVisible();
    expect(service.preparations.get(key)?.value.submittedAt).not.toBeNull();
    expect(within(wellbeing).getByRole('textbox', { name: 'Dine noter til Trivsel' })).toHaveAttribute(
      'readonly',
    );
  });

  it('saves the preparation at once when the page is hidden, and what failed offline when back online', async () => {
    const service = await openMineMus();
    const notes = () => [...service.preparations.values()].map((p) => p.value.answers.map((a) => a.text));
    const box = within(screen.getByRole('region', { name: 'Trivsel' })).getByRole('textbox', {
      name: 'Dine noter til Trivsel',
    });
    // A phone switching apps right after typing: saved then, not after the pause.
    await userEvent.type(box, 'Godt');
    document.dispatchEvent(new Event('visibilitychange'));
    await screen.findByText(/Gemt som kladde kl\./, undefined, { timeout: 1000 });
    expect(notes()).toEqual([['Godt']]);
    // Offline: the save fails and says so; the text stays on screen and is saved when the browser is back.
    service.failNext('writePreparation', { ok: false, status: 0, reason: 'unreachable' });
    await userEvent.type(box, ' og travlt');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(await screen.findByText(/MUS-tjenesten kan ikke nås/, undefined, { timeout: 1000 })).toBeVisible();
    expect(notes()).toEqual([['Godt']]);
    expect(box).toHaveValue('Godt og travlt');
    window.dispatchEvent(new Event('online'));
    await screen.findByText(/Gemt som kladde kl\./, undefined, { timeout: 1000 });
    expect(notes()).toEqual([['Godt og travlt']]);
  });

  it('explains the service’s refusal of the agreement in its own words', async () => {
    const service = await openMineMus();
    service.failNext(
      'changeAgenda',
      service.refused(409, 'invalid_state', 'Dagsordenen er allerede aftalt.'),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Jeg er enig i dagsordenen' }));
    expect(await screen.findByText('Dagsordenen er allerede aftalt.')).toBeVisible();
  });

  it('speaks English in an English host', async () => {
    await openMineMus('en-US');
    expect(screen.getByRole('region', { name: 'Your next MUS conversation' })).toHaveTextContent(
      'With Hanne',
    );
    expect(screen.getByRole('button', { name: 'I agree with the agenda' })).toBeVisible();
    expect(screen.getByRole('list', { name: 'Agenda' })).toHaveTextContent('Since last time');
  });
});
