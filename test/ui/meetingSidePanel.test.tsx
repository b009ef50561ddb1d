import './support/resizeObserver';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SurfaceRoot } from '../../src/ui';
import { aHostContext, inMemoryHost } from './support/fakePorts';
import { CHAT_ID, IDA, inMemoryMeeting, LEADER } from './support/inMemoryMeeting';
import { LAZY } from './support/lazy';

type Meeting = Awaited<ReturnType<typeof inMemoryMeeting>>;
const SAVE = { timeout: 6000 } as const;

/** Open the meeting's side panel as `user`, in the host's language. */
async function openSidePanel(meeting: Meeting, user: { id: string }, locale = 'da-DK') {
  const context = aHostContext({
    frameContext: 'sidePanel',
    chatId: CHAT_ID,
    meetingId: 'm-1',
    locale,
    user,
  });
  const view = render(
    <SurfaceRoot
      surface="meeting"
      ports={{
        host: inMemoryHost(context, { meeting: true, stageView: true }),
        meeting: meeting.as(user.id),
      }}
    />,
  );
  await screen.findByRole('region', { name: locale === 'da-DK' ? 'Dagsorden' : 'Agenda' }, LAZY);
  return view;
}

const topicButton = (name: RegExp) => screen.getByRole('button', { name });

/** A goal's card in the side panel's list of goals. */
async function goalCard(goal: string): Promise<HTMLElement> {
  const cards = within(await screen.findByRole('list', { name: 'Udviklingsmål' })).getAllByRole('listitem');
  const card = cards.find((c) => within(c).queryByRole('heading', { name: goal }));
  if (!card) throw new Error(`no card of the goal ${goal}`);
  return card;
}

describe('the meeting side panel', () => {
  it('shows the agreed agenda in order, the open topic with its purpose, questions, preparation and timer', async () => {
    const meeting = await inMemoryMeeting();
    await openSidePanel(meeting, LEADER);
    expect(screen.getByRole('heading', { level: 1, name: 'MUS-samtalen' })).toBeVisible();
    const headers = within(screen.getByRole('region', { name: 'Dagsorden' }))
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(headers[0]).toMatch(/^1\. /);
    expect(headers.at(-1)).toMatch(/Udviklingsmål og udviklingsaktiviteter$/);
    expect(screen.getByText('Formål:')).toBeVisible();
    expect(screen.getByRole('list', { name: 'Spørgsmål at tænke over' })).toBeVisible();
    expect(screen.getByText('Medarbejderens forberedelse')).toBeVisible();
    expect(screen.getByText(/Vises, når I begge har afleveret/)).toBeVisible();
    expect(screen.getByRole('timer', { name: 'Tid på emnet' })).toHaveTextContent(/0 af \d+ min\./);
  });

  it('saves a shared note named by its topic after a pause, and a private note only its author reads', async () => {
    const meeting = await inMemoryMeeting();
    const first = await openSidePanel(meeting, LEADER);
    await userEvent.click(topicButton(/Trivsel$/));
    await userEvent.type(screen.getByRole('textbox', { name: 'Trivsel' }), 'Travlt om mandagen');
    await userEvent.type(screen.getByRole('textbox', { name: 'Privat note – Trivsel' }), 'Spørg til ferien');
    expect((await screen.findAllByText(/Gemt kl\./, undefined, SAVE)).length).toBeGreaterThan(0);
    await screen.findByText(/Kun du ser den\. .*Gemt kl\./, undefined, SAVE);
    expect([...meeting.notes.values()].map((n) => n.value.text)).toEqual(['Travlt om mandagen']);
    expect([...meeting.privates.keys()]).toEqual([expect.stringMatching(new RegExp(`^${LEADER.id}:`))]);
    first.unmount();

    await openSidePanel(meeting, IDA);
    await userEvent.click(topicButton(/Trivsel$/));
    expect(screen.getByRole('textbox', { name: 'Trivsel' })).toHaveValue('Travlt om mandagen');
    expect(screen.getByRole('textbox', { name: 'Privat note – Trivsel' })).toHaveValue('');
    expect(screen.getByText('Lederens forberedelse')).toBeVisible();
  });

  it('shows the other party’s text when both saved the same note, and keeps mine when I choose so', async () => {
    const meeting = await inMemoryMeeting();
    await openSidePanel(meeting, LEADER);
    await userEvent.click(topicButton(/Trivsel$/));
    const trivsel = meeting.service.concept.topics.find((t) => t.title.da === 'Trivsel')!.id;
    await meeting
      .as(IDA.id)
      .meetingApi.writeNote('t', meeting.conversationId, trivsel, undefined, 'Idas tekst');
    await userEvent.type(screen.getByRole('textbox', { name: 'Trivsel' }), 'Hannes tekst');
    expect(await screen.findByText('Den anden har også skrevet i noten', undefined, SAVE)).toBeVisible();
    expect(screen.getByText('Idas tekst')).toBeVisible();
    expect(meeting.notes.get(`${meeting.conversationId}:${trivsel}`)?.value.text).toBe('Idas tekst');
    await userEvent.click(screen.getByRole('button', { name: 'Behold min tekst' }));
    await screen.findByText(/Fælles note: I ser begge teksten\. Gemt kl\./, undefined, SAVE);
    expect(meeting.notes.get(`${meeting.conversationId}:${trivsel}`)?.value.text).toBe('Hannes tekst');
  });

  it('files a goal under the category chosen in its form, and an edit can take it away again', async () => {
    const meeting = await inMemoryMeeting();
    await openSidePanel(meeting, LEADER);
    await userEvent.click(topicButton(/Udviklingsmål og udviklingsaktiviteter$/));
    const form = screen.getByRole('form', { name: 'Nyt mål' });
    await userEvent.type(within(form).getByRole('textbox', { name: 'Mål' }), 'Mere ro i hverdagen');
    await userEvent.type(within(form).getByLabelText('Frist'), '2027-06-30');
    const category = within(form).getByRole('combobox', { name: 'Kategori' });
    expect(
      within(category)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      'Ingen kategori',
      'Faglig udvikling',
      'Personlig udvikling',
      'Samarbejde',
      'Trivsel',
      'Talent- og karriereudvikling',
    ]);
    await userEvent.selectOptions(category, 'Trivsel');
    await userEvent.click(within(form).getByRole('button', { name: 'Tilføj målet' }));
    const card = await goalCard('Mere ro i hverdagen');
    expect([...meeting.goals.values()][0]?.value.category).toBe('wellbeing');
    await userEvent.click(within(card).getByRole('button', { name: 'Ret målet Mere ro i hverdagen' }));
    const edit = within(card).getByRole('form', { name: 'Mere ro i hverdagen' });
    const chosen = within(edit).getByRole('combobox', { name: 'Kategori' });
    expect(chosen).toHaveValue('wellbeing');
    await userEvent.selectOptions(chosen, 'Ingen kategori');
    await userEvent.click(within(edit).getByRole('button', { name: 'Gem ændringen' }));
    await screen.findByRole('button', { name: 'Ret målet Mere ro i hverdagen' });
    expect([...meeting.goals.values()][0]?.value.category).toBeUndefined();
  });

  it('adds a goal (refusing one without text), both agree, and an edit clears both agreements', async () => {
    const meeting = await inMemoryMeeting();
    const first = await openSidePanel(meeting, LEADER);
    await userEvent.click(topicButton(/Udviklingsmål og udviklingsaktiviteter$/));
    const form = screen.getByRole('form', { name: 'Nyt mål' });
    await userEvent.click(within(form).getByRole('button', { name: 'Tilføj målet' }));
    expect(await within(form).findByText('Skriv, hvad målet er.')).toBeVisible();
    expect(meeting.goals.size).toBe(0);
    await userEvent.type(within(form).getByRole('textbox', { name: 'Mål' }), 'Lære Power BI');
    await userEvent.type(within(form).getByRole('textbox', { name: /Aktiviteter/ }), 'Kursus{enter}Sidemand');
    await userEvent.type(within(form).getByLabelText('Frist'), '2027-06-30');
    await userEvent.click(within(form).getByRole('button', { name: 'Tilføj målet' }));
    // In the narrow side panel each goal is a card in the goals' list: its name, facts and agreement.
    const card = await goalCard('Lære Power BI');
    expect(within(card).getByRole('heading', { level: 5, name: 'Lære Power BI' })).toBeVisible();
    expect(card).toHaveTextContent('AktiviteterKursus; Sidemand');
    expect(card).toHaveTextContent('Frist30. juni 2027');
    expect(card).toHaveTextContent('Ingen er enige endnu');
    await userEvent.click(within(card).getByRole('button', { name: 'Jeg er enig i målet Lære Power BI' }));
    expect(await within(card).findByText('Enige: Leder')).toBeVisible();
    first.unmount();

    await openSidePanel(meeting, IDA);
    await userEvent.click(topicButton(/Udviklingsmål og udviklingsaktiviteter$/));
    const idas = await goalCard('Lære Power BI');
    await userEvent.click(within(idas).getByRole('button', { name: 'Jeg er enig i målet Lære Power BI' }));
    expect(await within(idas).findByText('I er begge enige')).toBeVisible();
    await userEvent.click(within(idas).getByRole('button', { name: 'Ret målet Lære Power BI' }));
    // The goal's form opens in its card, its first field focused (where the keyboard was).
    const edit = within(idas).getByRole('form', { name: 'Lære Power BI' });
    expect(within(edit).getByRole('textbox', { name: 'Mål' })).toHaveFocus();
    await userEvent.clear(within(edit).getByLabelText('Frist'));
    await userEvent.type(within(edit).getByLabelText('Frist'), '2027-12-31');
    await userEvent.click(within(edit).getByRole('button', { name: 'Gem ændringen' }));
    expect(await screen.findByText('Ingen er enige endnu')).toBeVisible();
    expect([...meeting.goals.values()][0]?.value).toMatchObject({
      deadline: '2027-12-31',
      agreement: { leader: null, employee: null },
    });
  });

  it('tells someone who is no party that the meeting holds no conversation of theirs', async () => {
    const meeting = await inMemoryMeeting();
    const context = aHostContext({
      frameContext: 'sidePanel',
      chatId: CHAT_ID,
      meetingId: 'm-1',
      user: { id: 'stranger' },
    });
    render(
      <SurfaceRoot
        surface="meeting"
        ports={{ host: inMemoryHost(context, { meeting: true }), meeting: meeting.as('stranger') }}
      />,
    );
    expect(
      await screen.findByRole('heading', { name: 'Ingen MUS-samtale i dette møde' }, LAZY),
    ).toBeVisible();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('speaks English for en-US: the private note says it is private', async () => {
    const meeting = await inMemoryMeeting();
    await openSidePanel(meeting, IDA, 'en-US');
    await userEvent.click(topicButton(/Well-being$/));
    expect(screen.getByRole('textbox', { name: 'Well-being' })).toBeVisible();
    expect(screen.getByRole('textbox', { name: 'Private note – Well-being' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Share to stage' })).toBeVisible();
  });
});
