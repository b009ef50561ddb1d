import './support/resizeObserver';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SurfaceRoot } from '../../src/ui';
import { aHostContext, inMemoryHost } from './support/fakePorts';
import { CHAT_ID, IDA, inMemoryMeeting, LEADER, OLE } from './support/inMemoryMeeting';
import { LAZY } from './support/lazy';

type Meeting = Awaited<ReturnType<typeof inMemoryMeeting>>;
const SAVE = { timeout: 6000 } as const;

/** A group meeting (GRUS) with one goal the leader wrote (and agreed), in the side panel as `user`. */
async function groupPanel(user: { id: string }, locale = 'da-DK', leaderAgreed = false): Promise<Meeting> {
  const meeting = await inMemoryMeeting(new Date(), { group: true });
  const added = await meeting.as(LEADER.id).meetingApi.addGoal('t', meeting.conversationId, {
    goalId: 'g-1',
    goal: 'Dele viden hver fredag',
    activities: ['Fredagsmøde'],
    deadline: '2027-06-30',
    responsible: 'both',
  });
  if (!added.ok) throw new Error('the leader’s goal was refused');
  if (leaderAgreed)
    await meeting.as(LEADER.id).meetingApi.agreeGoal('t', meeting.conversationId, 'g-1', added.value.etag);
  const context = aHostContext({
    frameContext: 'sidePanel',
    chatId: CHAT_ID,
    meetingId: 'm-1',
    locale,
    user,
  });
  render(
    <SurfaceRoot
      surface="meeting"
      ports={{
        host: inMemoryHost(context, { meeting: true, stageView: true }),
        meeting: meeting.as(user.id),
      }}
    />,
  );
  await screen.findByRole('region', { name: locale === 'da-DK' ? 'Dagsorden' : 'Agenda' }, LAZY);
  return meeting;
}

const openTopic = (name: RegExp) => userEvent.click(screen.getByRole('button', { name }));

describe('a group conversation (GRUS) in the meeting side panel', () => {
  it('shows a member the goals read only, no preparation headings, and a shared note for the whole group', async () => {
    const meeting = await groupPanel(OLE);
    expect(screen.getByText('Gruppesamtale (GRUS) · 4 deltagere')).toBeVisible();
    expect(screen.queryByText('Din forberedelse')).not.toBeInTheDocument();
    expect(screen.queryByText('Lederens forberedelse')).not.toBeInTheDocument();
    await openTopic(/Udviklingsmål og udviklingsaktiviteter$/);
    const goals = screen.getByRole('region', { name: 'Udviklingsmål' });
    const card = within(within(goals).getByRole('list', { name: 'Udviklingsmål' })).getByRole('listitem');
    expect(within(card).getByRole('heading', { name: 'Dele viden hver fredag' })).toBeVisible();
    expect(card).toHaveTextContent('Ingen er enige endnu');
    expect(within(goals).queryByRole('button', { name: /Jeg er enig|Ret målet|Tilføj målet/ })).toBeNull();
    expect(within(goals).queryByRole('form', { name: 'Nyt mål' })).toBeNull();
    expect(within(goals).getByText(/Lederen og gruppens repræsentant skriver og aftaler/)).toBeVisible();
    // A member still writes in the group's shared note, told that everyone in the group sees it.
    await openTopic(/Trivsel$/);
    await userEvent.type(screen.getByRole('textbox', { name: 'Trivsel' }), 'Vi savner fredagskaffen');
    await screen.findByText(/^Fælles note: alle i gruppen ser teksten\. Gemt kl\./, undefined, SAVE);
    expect([...meeting.notes.values()].map((n) => n.value.text)).toEqual(['Vi savner fredagskaffen']);
    expect(screen.queryByText(/I ser begge teksten/)).not.toBeInTheDocument();
    expect([...meeting.goals.values()][0]?.value.agreement).toEqual({ leader: null, employee: null });
    await userEvent.click(screen.getByRole('button', { name: 'Del på scenen' }));
    expect(await screen.findByText('Formularen vises på mødescenen for alle i gruppen.')).toBeVisible();
  });

  it('tells a member who saved a note that someone else in the group wrote in it meanwhile', async () => {
    const meeting = await groupPanel(OLE);
    await openTopic(/Det sociale samarbejde$|Trivsel$/);
    const topic = meeting.service.concept.topics.find((t) => t.title.da === 'Trivsel')!.id;
    await meeting
      .as(IDA.id)
      .meetingApi.writeNote('t', meeting.conversationId, topic, undefined, 'Idas tekst');
    await userEvent.type(screen.getByRole('textbox', { name: 'Trivsel' }), 'Oles tekst');
    expect(
      await screen.findByText('En anden i gruppen har også skrevet i noten', undefined, SAVE),
    ).toBeVisible();
    expect(screen.getByText('Idas tekst')).toBeVisible();
  });

  it('lets the representative agree for the group; the agreement names the leader and the representative', async () => {
    const meeting = await groupPanel(IDA, 'da-DK', true);
    expect(screen.getByText('Lederens forberedelse')).toBeVisible();
    await openTopic(/Udviklingsmål og udviklingsaktiviteter$/);
    expect(screen.getByRole('form', { name: 'Nyt mål' })).toBeVisible();
    expect(screen.getByText('Enige: Leder')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Jeg er enig i målet Dele viden hver fredag' }));
    expect(await screen.findByText('Lederen og repræsentanten er enige')).toBeVisible();
    expect(meeting.goals.get('g-1')?.value.agreement.employee).not.toBeNull();
  });

  it('shows the leader the representative’s preparation and the group’s note hint', async () => {
    await groupPanel(LEADER);
    expect(screen.getByText('Repræsentantens forberedelse')).toBeVisible();
    expect(screen.queryByText('Medarbejderens forberedelse')).not.toBeInTheDocument();
    expect(screen.getAllByText(/^Fælles note: alle i gruppen ser teksten\./).length).toBeGreaterThan(0);
  });

  it('speaks English to a member: the group’s note hint and the read-only goals', async () => {
    await groupPanel(OLE, 'en-US');
    expect(screen.getAllByText(/^Shared note: everyone in the group sees the text\./).length).toBeGreaterThan(
      0,
    );
    expect(screen.queryByText('Your preparation')).not.toBeInTheDocument();
    await openTopic(/Development goals and development activities$/);
    expect(screen.getByText(/The leader and the group’s representative write and agree/)).toBeVisible();
    expect(screen.queryByRole('button', { name: /^I agree with the goal/ })).toBeNull();
  });
});
