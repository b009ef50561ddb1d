import type { HostPort, HostTheme } from '../../src/application/ports/HostPort';
import { installFakeTeamsHost, type FakeTeamsHost, type LegacyContext } from './support/fakeTeamsHost';

// teams-js keeps its state in module scope: every test gets a fresh copy of it and of the adapter.
async function freshAdapter(timeoutMs = 1000): Promise<HostPort> {
  jest.resetModules();
  const { createTeamsHost } = await import('../../src/adapters/teams/teamsHost');
  return createTeamsHost({ timeoutMs });
}

const meetingContext: LegacyContext = {
  frameContext: 'sidePanel',
  locale: 'en-US',
  theme: 'dark',
  hostName: 'Teams',
  userObjectId: '00000000-0000-0000-0000-0000000000a1',
  userPrincipalName: 'mette.leder@contoso.dk',
  userDisplayName: 'Mette Leder',
  tid: '00000000-0000-0000-0000-0000000000f0',
  chatId: '19:meeting_abc@thread.v2',
  meetingId: 'MCMjMjE5OjptZWV0aW5nX2FiYw==',
};

let host: FakeTeamsHost | undefined;
afterEach(() => {
  host?.uninstall();
  host = undefined;
});

describe('teams-js host adapter', () => {
  it('outside a host (a top-level window) reports "not in a host" at once', async () => {
    const adapter = await freshAdapter(5000);
    const started = Date.now();
    const connection = await adapter.connect();
    expect(connection).toEqual({ inHost: false, reason: 'noParent' });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('in a frame whose parent never answers, gives up after its own short timeout', async () => {
    host = installFakeTeamsHost({ context: meetingContext, answers: false });
    const adapter = await freshAdapter(300);
    const connection = await adapter.connect();
    expect(connection).toEqual({ inHost: false, reason: 'timeout' });
    expect(host.calls).toEqual(['initialize']);
  });

  it('in a Teams meeting reads frame context, locale, theme, user, chat and meeting ids', async () => {
    host = installFakeTeamsHost({ context: meetingContext });
    const connection = await (await freshAdapter()).connect();
    expect(connection.inHost).toBe(true);
    if (!connection.inHost) return;
    expect(connection.context).toEqual({
      frameContext: 'sidePanel',
      locale: 'en-US',
      theme: 'dark',
      hostName: 'Teams',
      user: {
        id: meetingContext.userObjectId,
        displayName: 'Mette Leder',
        userPrincipalName: 'mette.leder@contoso.dk',
      },
      chatId: meetingContext.chatId,
      meetingId: meetingContext.meetingId,
    });
    expect(connection.capabilities).toMatchObject({ meeting: true, tabConfiguration: true, liveShare: true });
    expect(host.calls.slice(0, 2)).toEqual(['initialize', 'getContext']);
  });

  it('reports only what the host supports (a personal tab in a host without pages or Live Share)', async () => {
    host = installFakeTeamsHost({
      context: { frameContext: 'content', locale: 'da-DK', theme: 'default', hostName: 'Outlook' },
      supports: { chat: {} },
    });
    const connection = await (await freshAdapter()).connect();
    if (!connection.inHost) throw new Error('expected to be in a host');
    expect(connection.context.hostName).toBe('Outlook');
    expect(connection.capabilities).toEqual({
      tabConfiguration: false,
      liveShare: false,
      chat: true,
      stageView: false,
      meeting: false,
    });
  });

  it('follows theme changes made in the host, until told to stop', async () => {
    host = installFakeTeamsHost({ context: meetingContext });
    const adapter = await freshAdapter();
    await adapter.connect();
    const seen: HostTheme[] = [];
    const stop = adapter.onThemeChange((theme) => seen.push(theme));
    host.changeTheme('contrast');
    await waitFor(() => seen.length === 1);
    stop();
    host.changeTheme('default');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toEqual(['contrast']);
  });

  it('does not listen for theme changes when not connected', async () => {
    const adapter = await freshAdapter();
    await adapter.connect();
    const handler = jest.fn();
    adapter.onThemeChange(handler)();
    expect(handler).not.toHaveBeenCalled();
  });
});

async function waitFor(condition: () => boolean, ms = 1000): Promise<void> {
  const until = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
