import './support/resizeObserver';
import { act, render, screen } from '@testing-library/react';
import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme } from '@fluentui/react-components';
import type { SurfaceName, SurfacePorts } from '../../src/application/surface/surfaceView';
import { SurfaceRoot } from '../../src/ui';
import { CHAT_ID, inMemoryMeeting, LEADER } from './support/inMemoryMeeting';
import { LAZY } from './support/lazy';
import { aHostContext, inMemoryHost, inMemoryMailItem } from './support/fakePorts';
import { tokenValue } from './support/theme';

function renderSurface(surface: SurfaceName, ports: SurfacePorts) {
  return render(<SurfaceRoot surface={surface} ports={ports} />);
}

describe('personal tab (content)', () => {
  it('outside a Microsoft host explains MUS in Danish and how to open it in Teams or the local sandbox', async () => {
    renderSurface('content', { host: inMemoryHost(undefined) });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'MUS – medarbejderudviklingssamtaler' }),
    ).toBeVisible();
    expect(screen.getByText('Du har åbnet MUS uden for Microsoft Teams og Outlook.')).toBeVisible();
    expect(screen.getByRole('region', { name: 'Hvad er MUS?' })).toHaveTextContent(
      /Planlæg.*Forbered.*Hold.*Følg op/,
    );
    expect(screen.getByRole('region', { name: 'Åbn MUS i Microsoft Teams' })).toBeVisible();
    const sandbox = screen.getByRole('region', { name: 'Prøv MUS med den lokale sandkasse' });
    expect(sandbox).toHaveTextContent('npm start');
    expect(screen.getByRole('link', { name: 'Åbn den lokale værtsside' })).toHaveAttribute(
      'href',
      'http://localhost:53000/host/',
    );
    expect(document.documentElement.lang).toBe('da');
  });

  it('says it is loading until the host has answered', async () => {
    const host = inMemoryHost(aHostContext(), {}, { deferred: true });
    renderSurface('content', { host });
    expect(await screen.findByText('Indlæser MUS …')).toBeVisible();
    await act(async () => host.release());
    expect(await screen.findByRole('heading', { name: 'Velkommen til MUS, Mette Leder' })).toBeVisible();
    expect(screen.queryByText('Indlæser MUS …')).not.toBeInTheDocument();
  });

  it('in a Danish host welcomes the user by name, in Danish', async () => {
    renderSurface('content', { host: inMemoryHost(aHostContext({ locale: 'da-DK' })) });
    expect(await screen.findByRole('heading', { name: 'Velkommen til MUS, Mette Leder' })).toBeVisible();
    expect(screen.getByText('Åbnet i Teams.')).toBeVisible();
  });

  it('in an en-US host speaks English', async () => {
    renderSurface('content', { host: inMemoryHost(aHostContext({ locale: 'en-US', hostName: 'Outlook' })) });
    expect(await screen.findByRole('heading', { name: 'Welcome to MUS, Mette Leder' })).toBeVisible();
    expect(screen.getByText('Opened in Outlook.')).toBeVisible();
    expect(document.documentElement.lang).toBe('en');
  });

  it('in a host whose language we do not speak falls back to Danish', async () => {
    renderSurface('content', { host: inMemoryHost(aHostContext({ locale: 'fr-FR' })) });
    expect(await screen.findByRole('heading', { name: 'Velkommen til MUS, Mette Leder' })).toBeVisible();
  });

  it('without a user name still welcomes the user', async () => {
    const context = aHostContext({ user: {} });
    renderSurface('content', { host: inMemoryHost(context) });
    expect(await screen.findByRole('heading', { level: 1, name: 'Velkommen til MUS' })).toBeVisible();
  });
});

describe('theme', () => {
  const background = (element: Element) => tokenValue(element, '--colorNeutralBackground1');

  it('uses the Teams light theme outside a host', async () => {
    renderSurface('content', { host: inMemoryHost(undefined) });
    const heading = await screen.findByRole('heading', { level: 1 });
    expect(background(heading)).toBe(teamsLightTheme.colorNeutralBackground1);
  });

  it('follows the host theme, also when the user changes it in the host', async () => {
    const host = inMemoryHost(aHostContext({ theme: 'dark' }));
    renderSurface('content', { host });
    const heading = await screen.findByRole('heading', { level: 1 });
    expect(background(heading)).toBe(teamsDarkTheme.colorNeutralBackground1);
    act(() => host.changeTheme('contrast'));
    expect(background(screen.getByRole('heading', { level: 1 }))).toBe(
      teamsHighContrastTheme.colorNeutralBackground1,
    );
    act(() => host.changeTheme('default'));
    expect(background(screen.getByRole('heading', { level: 1 }))).toBe(
      teamsLightTheme.colorNeutralBackground1,
    );
  });
});

describe('other surfaces', () => {
  it('side panel outside a meeting says so', async () => {
    renderSurface('sidePanel', { host: inMemoryHost(aHostContext({ frameContext: 'sidePanel' })) });
    expect(await screen.findByRole('heading', { name: 'Ikke i et møde' })).toBeVisible();
  });

  it('side panel and stage in a meeting show the conversation held in it (the stage loaded lazily)', async () => {
    const meeting = await inMemoryMeeting();
    const context = aHostContext({
      frameContext: 'sidePanel',
      chatId: CHAT_ID,
      meetingId: 'm-1',
      locale: 'en-GB',
    });
    const ports = { host: inMemoryHost(context, { meeting: true }), meeting: meeting.as(LEADER.id) };
    const { unmount } = renderSurface('sidePanel', ports);
    expect(await screen.findByRole('heading', { name: 'The MUS conversation' }, LAZY)).toBeVisible();
    unmount();
    renderSurface('meetingStage', ports);
    expect(await screen.findByRole('heading', { name: 'The MUS conversation on stage' }, LAZY)).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Share to stage' })).not.toBeInTheDocument();
  });

  it('tab configuration outside Teams says so; in Teams without pages.config warns it cannot save', async () => {
    const { unmount } = renderSurface('settings', { host: inMemoryHost(undefined) });
    expect(await screen.findByRole('heading', { name: 'Ikke i Teams' })).toBeVisible();
    unmount();
    renderSurface('settings', { host: inMemoryHost(aHostContext({ frameContext: 'settings' })) });
    expect(await screen.findByRole('heading', { name: 'Tilføj MUS til mødet' })).toBeVisible();
    expect(screen.getByText('Denne Teams-klient kan ikke gemme fanen.')).toBeVisible();
  });

  it('task pane outside Outlook says so, and in English Outlook names the appointment', async () => {
    const host = inMemoryHost(undefined);
    const { unmount } = renderSurface('taskpane', { host, mailItem: inMemoryMailItem({ inOutlook: false }) });
    expect(await screen.findByRole('heading', { name: 'Ikke i Outlook' })).toBeVisible();
    unmount();
    const mailItem = inMemoryMailItem({
      inOutlook: true,
      locale: 'en-US',
      appointment: {
        subject: 'MUS 2026',
        requiredAttendees: [{ displayName: 'Ida Holm', emailAddress: 'ida@contoso.dk' }],
        optionalAttendees: [{ displayName: 'Bo Berg', emailAddress: 'bo@contoso.dk' }],
      },
    });
    renderSurface('taskpane', { host, mailItem });
    expect(await screen.findByRole('heading', { name: 'MUS round' })).toBeVisible();
    expect(screen.getByText('Meeting: MUS 2026')).toBeVisible();
  });

  it('auth pages show the sign-in states', async () => {
    const { unmount } = renderSurface('authStart', { host: inMemoryHost(undefined) });
    expect(await screen.findByRole('heading', { name: 'Logger ind …' })).toBeVisible();
    unmount();
    renderSurface('authEnd', { host: inMemoryHost(undefined) });
    expect(await screen.findByRole('heading', { name: 'Du er logget ind' })).toBeVisible();
  });
});
