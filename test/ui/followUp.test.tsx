import './support/resizeObserver';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { personId } from '../../src/domain';
import { SurfaceRoot } from '../../src/ui';
import { LEADER, REPORTS, inMemoryMusService } from '../application/support/inMemoryMusService';
import { aHostContext, inMemoryHost } from './support/fakePorts';
import { LAZY } from './support/lazy';

const IDA = REPORTS[0]!;

/** A round with Ida's conversation held, and one goal agreed in it. */
async function heldConversation() {
  const service = inMemoryMusService(new Date('2026-03-02T08:00:00Z'));
  const made = await service
    .as(LEADER.id)
    .musApi.createRound('t', { title: 'MUS 2026', conceptId: 'flexible', employeeIds: [IDA.id] });
  if (!made.ok) throw new Error('no round');
  const id = made.value.conversations[0]!.value.id;
  const stored = service.conversations.get(id)!;
  const slot = { start: '2026-03-01T09:00:00.000Z', end: '2026-03-01T10:00:00.000Z' };
  service.conversations.set(id, { ...stored, value: { ...stored.value, status: 'held', slot } });
  service.feedback.addGoal(id, 'Lære at lede møder', '2026-09-30', ['Kursus i mødeledelse']);
  return { service, conversationId: id };
}

function open(service: ReturnType<typeof inMemoryMusService>, who: string) {
  return render(
    <SurfaceRoot
      surface="content"
      ports={{ host: inMemoryHost(aHostContext()), profile: service.as(who) }}
    />,
  );
}

describe('after the conversation: evaluation and goals in the personal tab', () => {
  it('the employee evaluates the held conversation in Mine MUS, once, and is thanked', async () => {
    const { service, conversationId } = await heldConversation();
    const view = open(service, IDA.id);
    const form = await screen.findByRole('form', { name: 'Evaluering af samtalen' }, LAZY);
    await userEvent.click(within(form).getByRole('button', { name: 'Send evaluering' }));
    expect(within(form).getByText('Vælg en vurdering fra 1 til 5.')).toBeVisible();
    expect(service.calls.filter((c) => c.endsWith('evaluate'))).toEqual([]);

    const rating = within(form).getByRole('radiogroup', { name: 'Hvordan var samtalen for dig?' });
    await userEvent.click(within(rating).getByRole('radio', { name: '4' }));
    await userEvent.type(
      within(form).getByRole('textbox', { name: 'Kommentar (valgfri)' }),
      'Konkret og god',
    );
    await userEvent.click(within(form).getByRole('button', { name: 'Send evaluering' }));
    expect(await screen.findByText(/Tak for din evaluering/)).toBeVisible();
    expect(service.feedback.evaluations.get(`${conversationId}:employee`)?.value).toMatchObject({
      rating: 4,
      comment: 'Konkret og god',
      party: 'employee',
    });

    // Opened again: the thank-you, no second form.
    view.unmount();
    open(service, IDA.id);
    expect(await screen.findByText(/Tak for din evaluering/, undefined, LAZY)).toBeVisible();
    expect(screen.queryByRole('form', { name: 'Evaluering af samtalen' })).toBeNull();
  });

  it('the leader follows up an open goal in Opfølgning: status and a note, shown with the goal', async () => {
    const { service } = await heldConversation();
    open(service, LEADER.id);
    await userEvent.click(await screen.findByRole('tab', { name: 'Opfølgning' }, LAZY));
    const card = await screen.findByRole('region', { name: /^MUS med Ida Holm/ }, LAZY);
    expect(within(card).getByRole('form', { name: 'Evaluering af samtalen' })).toBeVisible();
    const goal = within(card).getByRole('listitem', { name: 'Lære at lede møder' });
    expect(goal).toHaveTextContent(/Frist onsdag den 30\. september 2026/);
    expect(within(goal).getByRole('list', { name: 'Aktiviteter for Lære at lede møder' })).toHaveTextContent(
      'Kursus i mødeledelse',
    );
    await userEvent.selectOptions(within(goal).getByRole('combobox', { name: 'Status' }), 'I gang');
    await userEvent.type(within(goal).getByRole('textbox', { name: 'Note' }), 'Kurset er booket til maj');
    await userEvent.click(within(goal).getByRole('button', { name: 'Gem opfølgning' }));
    expect(await within(goal).findByText('Opfølgningen er gemt.')).toBeVisible();
    const notes = within(goal).getByRole('list', { name: 'Opfølgning på Lære at lede møder' });
    expect(notes).toHaveTextContent(/I gang: Kurset er booket til maj/);
    expect(goal).toHaveTextContent(/Frist .* · I gang/);
  });

  it('next year’s conversation opens with Siden sidst: last year’s goal, its status and latest note, for both', async () => {
    const { service, conversationId } = await heldConversation();
    const listed = await service.as(LEADER.id).musApi.goals('t', conversationId);
    const goal = listed.ok ? listed.value[0] : undefined;
    await service.as(LEADER.id).musApi.followUpGoal('t', conversationId, goal!.value.id, goal!.etag, {
      status: 'achieved',
      note: 'Kurset er gennemført',
    });
    const next = await service.as(LEADER.id).musApi.createRound('t', {
      roundId: 'r-2027',
      title: 'MUS 2027',
      conceptId: 'flexible',
      employeeIds: [IDA.id],
    });
    if (!next.ok) throw new Error('no round');
    const id = next.value.conversations[0]!.value.id;
    const stored = service.conversations.get(id)!;
    service.conversations.set(id, {
      ...stored,
      value: { ...stored.value, createdAt: '2027-02-01T08:00:00.000Z' },
    });

    const view = open(service, IDA.id);
    const since = await screen.findByRole('list', { name: 'Mål fra sidste samtale' }, LAZY);
    const item = within(since).getByRole('listitem', { name: 'Lære at lede møder' });
    expect(item).toHaveTextContent(/Nået · Frist onsdag den 30\. september 2026/);
    expect(item).toHaveTextContent(/Seneste opfølgning .*: Kurset er gennemført/);
    view.unmount();

    open(service, LEADER.id);
    await userEvent.click(await screen.findByRole('tab', { name: 'Opfølgning' }, LAZY));
    const leaders = await screen.findByRole('list', { name: 'Mål fra sidste samtale' }, LAZY);
    expect(within(leaders).getByRole('listitem', { name: 'Lære at lede møder' })).toHaveTextContent(/Nået/);
  });

  it('a conversation with no earlier one shows no Siden sidst', async () => {
    const service = inMemoryMusService(new Date('2026-03-02T08:00:00Z'));
    await service
      .as(LEADER.id)
      .musApi.createRound('t', { title: 'MUS 2026', conceptId: 'flexible', employeeIds: [IDA.id] });
    open(service, IDA.id);
    expect(await screen.findByRole('region', { name: 'Din næste MUS-samtale' }, LAZY)).toBeVisible();
    await waitFor(() => expect(service.calls.filter((c) => c.endsWith('sinceLast'))).toHaveLength(1));
    expect(await screen.findByRole('region', { name: 'Dagsorden' })).toBeVisible();
    expect(screen.queryByRole('list', { name: 'Mål fra sidste samtale' })).toBeNull();
  });
  it('after a change of manager the employee is asked first; yes hands the goals to the new leader', async () => {
    const { service, conversationId } = await heldConversation();
    const stored = service.conversations.get(conversationId)!;
    const former = { ...stored, value: { ...stored.value, leaderId: personId('former-leader') } };
    service.conversations.set(conversationId, former);
    open(service, IDA.id);
    const card = await screen.findByRole('region', { name: /^Din MUS med din tidligere leder/ }, LAZY);
    const ask = within(card).getByRole('region', { name: 'Ny leder' });
    expect(ask).toHaveTextContent(/Må Hanne Kjær Mortensen overtage jeres åbne mål/);
    expect(service.conversations.get(conversationId)!.value.leaderId).toBe('former-leader');
    await userEvent.click(within(ask).getByRole('button', { name: 'Ja, overdrag til Hanne Kjær Mortensen' }));
    expect(await within(card).findByText(/Samtalen er overdraget til Hanne Kjær Mortensen/)).toBeVisible();
    expect(service.conversations.get(conversationId)!.value.leaderId).toBe(LEADER.id);
  });

  it('“Ikke nu” hands nothing over', async () => {
    const { service, conversationId } = await heldConversation();
    const stored = service.conversations.get(conversationId)!;
    const former = { ...stored, value: { ...stored.value, leaderId: personId('former-leader') } };
    service.conversations.set(conversationId, former);
    open(service, IDA.id);
    const ask = await screen.findByRole('region', { name: 'Ny leder' }, LAZY);
    await userEvent.click(within(ask).getByRole('button', { name: 'Ikke nu' }));
    expect(await screen.findByText(/Intet er overdraget/)).toBeVisible();
    expect(service.calls.filter((c) => c.endsWith('handOver'))).toEqual([]);
    expect(service.conversations.get(conversationId)!.value.leaderId).toBe('former-leader');
  });

  it('“Ikke nu” is remembered for this handover: not asked again on the next load, asked again after 30 days or for another new leader', async () => {
    localStorage.clear();
    const { service, conversationId } = await heldConversation();
    const stored = service.conversations.get(conversationId)!;
    service.conversations.set(conversationId, {
      ...stored,
      value: { ...stored.value, leaderId: personId('former-leader') },
    });
    const first = open(service, IDA.id);
    const ask = await screen.findByRole('region', { name: 'Ny leder' }, LAZY);
    await userEvent.click(within(ask).getByRole('button', { name: 'Ikke nu' }));
    first.unmount();

    const second = open(service, IDA.id);
    expect(await screen.findByText(/Intet er overdraget\. .* Vi spørger igen/, {}, LAZY)).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Ny leder' })).toBeNull();
    second.unmount();

    // Another new leader is another question.
    const [key] = Object.keys(localStorage);
    const elsewhere = key!.replace(/:[^:]+$/, ':someone-else');
    localStorage.setItem(elsewhere, localStorage.getItem(key!)!);
    localStorage.removeItem(key!);
    const third = open(service, IDA.id);
    expect(await screen.findByRole('region', { name: 'Ny leder' }, LAZY)).toBeVisible();
    third.unmount();

    // 31 days after "Ikke nu": asked again.
    localStorage.setItem(key!, new Date(Date.now() - 31 * 86_400_000).toISOString());
    open(service, IDA.id);
    expect(await screen.findByRole('region', { name: 'Ny leder' }, LAZY)).toBeVisible();
    expect(service.calls.filter((c) => c.endsWith('handOver'))).toEqual([]);
  }, 30_000);

  it('the leader books the mid-year MUS-opfølgning from the goals: one Teams meeting with the open goals as agenda', async () => {
    const { service, conversationId } = await heldConversation();
    open(service, LEADER.id);
    await userEvent.click(await screen.findByRole('tab', { name: 'Opfølgning' }, LAZY));
    const card = await screen.findByRole('region', { name: /^MUS med Ida Holm/ }, LAZY);
    const checkIn = within(card).getByRole('region', { name: 'MUS-opfølgning' });
    expect(checkIn).toHaveTextContent(/gennemgår jeres åbne mål\. Foreslået mellem/);
    await userEvent.click(within(checkIn).getByRole('button', { name: 'Book MUS-opfølgning' }));
    const booked = await within(checkIn).findByRole('status', {}, { timeout: 15_000 });
    expect(booked).toHaveTextContent(
      /MUS-opfølgningen er booket .* som Teams-møde med jeres åbne mål som dagsorden/,
    );
    const meeting = [...service.conversations.values()].find((c) => c.value.id !== conversationId);
    expect(meeting?.value.status).toBe('booked');
    expect(meeting?.value.employeeId).toBe(IDA.id);
    // It follows up the conversation: its invitation says MUS-opfølgning, and the check-in is not reminded.
    expect(meeting?.value.followUpOf).toBe(conversationId);
    expect(meeting?.value.agenda.items.map((i) => i.topic.title.da)).toEqual([
      'MUS-opfølgning: Lære at lede møder',
      'Udviklingsmål og udviklingsaktiviteter',
    ]);
  }, 40_000);
});
