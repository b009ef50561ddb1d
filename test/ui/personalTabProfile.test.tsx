import './support/resizeObserver';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ProfilePorts } from '../../src/application/profile/myProfile';
import { SurfaceRoot } from '../../src/ui';
import { aLeaderMe, aMe, emptyMusApi, inMemoryProfile } from '../application/support/profileFakes';
import { aHostContext, inMemoryHost } from './support/fakePorts';

function renderPersonalTab(profile: ProfilePorts, locale = 'da-DK') {
  return render(
    <SurfaceRoot surface="content" ports={{ host: inMemoryHost(aHostContext({ locale })), profile }} />,
  );
}

describe('personal tab: who the user is in MUS', () => {
  it('shows a leader their roles as badges, their own leader and their employees as a list', async () => {
    renderPersonalTab(
      inMemoryProfile([{ ok: true, value: aLeaderMe(['Ida Holm', 'Ole Berg', 'Sara Lund']) }]),
    );
    // The file's first render pays for Fluent's and i18next's start-up: on a busy machine that passes 1 s.
    const you = await screen.findByRole('region', { name: 'Dig i MUS' }, { timeout: 5000 });
    const roles = within(you).getByRole('list', { name: 'Dine roller' });
    expect(
      within(roles)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Leder', 'Medarbejder']);
    expect(you).toHaveTextContent('Din leder');
    expect(within(you).getByText('Birgitte Holm Sørensen')).toBeVisible();
    const employees = screen.getByRole('list', { name: 'Dine medarbejdere' });
    expect(
      within(employees)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      // Each item is an avatar (initials, hidden from assistive technology) and the name.
      expect.stringMatching(/Ida Holm$/),
      expect.stringMatching(/Ole Berg$/),
      expect.stringMatching(/Sara Lund$/),
    ]);
    expect(within(employees).getAllByText(/^(Ida Holm|Ole Berg|Sara Lund)$/)).toHaveLength(3);
    expect(screen.getByText('Du holder MUS med 3 medarbejdere:')).toBeVisible();
  });

  it('shows an employee their leader, and no list of employees', async () => {
    renderPersonalTab(
      inMemoryProfile([
        { ok: true, value: aMe({ leader: { id: 'l', displayName: 'Hanne Kjær Mortensen' } }) },
      ]),
    );
    const you = await screen.findByRole('region', { name: 'Dig i MUS' });
    expect(within(you).getByRole('list', { name: 'Dine roller' })).toHaveTextContent('Medarbejder');
    expect(within(you).queryByText('Leder')).not.toBeInTheDocument();
    expect(within(you).getByText('Hanne Kjær Mortensen')).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Dine medarbejdere' })).not.toBeInTheDocument();
  });

  it('says so when the user has no role and no leader', async () => {
    const nobody = aMe({ roles: { employee: false, leader: false, hr: false }, leader: null });
    renderPersonalTab(inMemoryProfile([{ ok: true, value: nobody }]));
    expect(await screen.findByText(/Du har ingen rolle i MUS endnu/)).toBeVisible();
    expect(screen.getByText('Du har ingen leder registreret.')).toBeVisible();
  });

  it('shows an HR badge to someone in the HR group', async () => {
    renderPersonalTab(
      inMemoryProfile([{ ok: true, value: aMe({ roles: { employee: true, leader: false, hr: true } }) }]),
    );
    const roles = await screen.findByRole('list', { name: 'Dine roller' });
    expect(
      within(roles)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Medarbejder', 'HR']);
  });

  it('speaks English in an English host', async () => {
    renderPersonalTab(inMemoryProfile([{ ok: true, value: aLeaderMe(['Ida Holm']) }]), 'en-US');
    const you = await screen.findByRole('region', { name: 'You in MUS' });
    expect(within(you).getByRole('list', { name: 'Your roles' })).toHaveTextContent(/Leader.*Employee/);
    expect(screen.getByRole('list', { name: 'Your employees' })).toHaveTextContent('Ida Holm');
  });

  it('says it is fetching the details while the service has not answered', async () => {
    const never: ProfilePorts = {
      accessToken: {
        getAccessToken: () => Promise.resolve({ ok: true, token: 't' }),
        signIn: () => Promise.resolve({ ok: true, token: 't' }),
      },
      musApi: { ...emptyMusApi(), me: () => new Promise(() => undefined) },
    };
    renderPersonalTab(never);
    expect(await screen.findByText('Henter dine oplysninger fra MUS …')).toBeVisible();
  });

  it.each([
    [
      'unauthorized',
      'MUS-tjenesten afviste dit login. Genindlæs fanen; hjælper det ikke, så kontakt din IT-afdeling.',
    ],
    ['unavailable', 'MUS-tjenesten har en fejl lige nu. Prøv igen om lidt.'],
    ['unreachable', 'MUS-tjenesten kan ikke nås. Tjek din forbindelse, og prøv igen.'],
    ['invalidResponse', 'MUS-tjenesten svarede med noget, vi ikke forstår. Prøv igen om lidt.'],
  ] as const)('explains a "%s" failure in Danish', async (reason, message) => {
    renderPersonalTab(inMemoryProfile([{ ok: false, reason }]));
    expect(await screen.findByText('Vi kan ikke vise dine oplysninger')).toBeVisible();
    expect(screen.getByText(message)).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Dig i MUS' })).not.toBeInTheDocument();
  });

  it('explains a failed sign-in in English', async () => {
    renderPersonalTab(inMemoryProfile([], { ok: false, reason: 'timeout' }), 'en-US');
    expect(await screen.findByText('We can’t show your details')).toBeVisible();
    expect(
      screen.getByText('You were not signed in to the MUS service on your own. Select Sign in to try again.'),
    ).toBeVisible();
  });

  it('signs in with the host’s popup or dialog only when the user selects Sign in, then shows the details', async () => {
    const asked: string[] = [];
    const service = inMemoryProfile([{ ok: true, value: aLeaderMe(['Ida Holm']) }]);
    const ports: ProfilePorts = {
      musApi: service.musApi,
      accessToken: {
        getAccessToken: async () => (asked.push('silent'), { ok: false, reason: 'interactionRequired' }),
        signIn: async () => (asked.push('interactive'), { ok: true, token: 'signed-in' }),
      },
    };
    renderPersonalTab(ports);
    const signIn = await screen.findByRole('button', { name: 'Log ind' });
    expect(asked).toEqual(['silent']);
    await userEvent.click(signIn);
    expect(await screen.findByRole('list', { name: 'Dine medarbejdere' })).toHaveTextContent('Ida Holm');
    // The popup once, on the click; what the tab loads afterwards (the planner) asks silently again.
    expect(asked.slice(0, 2)).toEqual(['silent', 'interactive']);
    expect(asked.filter((how) => how === 'interactive')).toHaveLength(1);
    expect(service.tokensSeen).toEqual(['signed-in']);
  });

  it('tries again on request, and shows the details once the service answers', async () => {
    const ports = inMemoryProfile([
      { ok: false, reason: 'unavailable', status: 503 },
      { ok: true, value: aLeaderMe(['Ida Holm']) },
    ]);
    renderPersonalTab(ports);
    await userEvent.click(await screen.findByRole('button', { name: 'Prøv igen' }));
    expect(await screen.findByRole('list', { name: 'Dine medarbejdere' })).toHaveTextContent('Ida Holm');
    expect(screen.queryByText('Vi kan ikke vise dine oplysninger')).not.toBeInTheDocument();
    expect(ports.tokensSeen).toHaveLength(2);
  });
});
