import type { HostDeps } from '../../src/sandbox/host/answers';
import { answer, DEMO_CHAT_ID, DEMO_MEETING_ID } from '../../src/sandbox/host/answers';
import { saveEvent, type Surface } from '../../src/sandbox/host/protocol';
import { installHostWindow, type FakeTeamsHost } from './support/fakeTeamsHost';
import { freshTeamsTokenPort } from './support/teamsTokenPort';

// The local host page's answers (src/sandbox/host/answers.ts) as the host of the real teams-js adapters.
// teams-js keeps its state in module scope: every test gets a fresh copy of it and of both adapters.
async function freshAdapters() {
  jest.resetModules();
  const { createTeamsHost } = await import('../../src/adapters/teams/teamsHost');
  return { host: createTeamsHost({ timeoutMs: 1000 }), token: await freshTeamsTokenPort(1000) };
}

const hanne = {
  id: '00000000-0000-0000-0000-0000000000b7',
  userPrincipalName: 'hanne.mortensen@contoso.dk',
  displayName: 'Hanne Kjær Mortensen',
  tenantId: '00000000-0000-0000-0000-0000000000f0',
};

function localHost(
  surface: Surface,
  getToken: HostDeps['getToken'],
  more: Partial<HostDeps> = {},
): FakeTeamsHost {
  return installHostWindow((message) =>
    answer(message, surface, {
      state: () => ({ user: hanne, locale: 'da-DK', theme: 'dark' }),
      getToken,
      shareToStage: () => true,
      stopSharing: () => undefined,
      isSharing: () => false,
      setValid: () => undefined,
      saveConfig: () => undefined,
      saved: () => undefined,
      ...more,
    }),
  );
}

let fake: FakeTeamsHost | undefined;
afterEach(() => {
  fake?.uninstall();
  fake = undefined;
});

describe('the local Teams host page, to the real teams-js adapters', () => {
  it('puts the app in a meeting side panel with the signed-in user, the demo meeting and stage sharing', async () => {
    fake = localHost('sidePanel', async () => 'eyJ.local.token');
    const { host, token } = await freshAdapters();
    const connection = await host.connect();
    if (!connection.inHost) throw new Error(`expected to be in the host, got ${connection.reason}`);
    expect(connection.context).toMatchObject({
      frameContext: 'sidePanel',
      locale: 'da-DK',
      theme: 'dark',
      hostName: 'Teams',
      user: { id: hanne.id, displayName: hanne.displayName, userPrincipalName: hanne.userPrincipalName },
      chatId: DEMO_CHAT_ID,
      meetingId: DEMO_MEETING_ID,
    });
    expect(connection.capabilities).toMatchObject({ meeting: true, stageView: true, liveShare: false });
    expect(await token.getAccessToken()).toEqual({ ok: true, token: 'eyJ.local.token' });
  });

  it('puts the app on the stage of the meeting chosen from the calendar: its chat id and meeting id', async () => {
    const chatId = '19:meeting_Ym9va2VkLW11cw@thread.v2';
    fake = localHost('meetingStage', async () => 'eyJ.local.token', {
      state: () => ({ user: hanne, locale: 'en-US', theme: 'default', chatId }),
    });
    const { host } = await freshAdapters();
    const connection = await host.connect();
    if (!connection.inHost) throw new Error(`expected to be in the host, got ${connection.reason}`);
    expect(connection.context).toMatchObject({ frameContext: 'meetingStage', chatId, locale: 'en-US' });
    expect(atob(connection.context.meetingId ?? '')).toBe(`0#${chatId}#0`);
    expect(connection.context.meetingId).not.toBe(DEMO_MEETING_ID);
  });

  it('passes a failed sign-in on as a refusal, and a personal tab has no meeting', async () => {
    fake = localHost('content', async () => {
      throw new Error('sandbox down');
    });
    const { host, token } = await freshAdapters();
    const connection = await host.connect();
    if (!connection.inHost) throw new Error(`expected to be in the host, got ${connection.reason}`);
    expect(connection.context.meetingId).toBeUndefined();
    expect(connection.capabilities.meeting).toBe(false);
    expect(await token.getAccessToken()).toEqual({ ok: false, reason: 'refused' });
  });

  it('on the configuration page hears "valid", and on Save stores the content URL and hears it succeeded', async () => {
    const heard: string[] = [];
    fake = localHost('settings', async () => 'eyJ.local.token', {
      setValid: (valid) => heard.push(`valid ${valid}`),
      saveConfig: (config) => void heard.push(`save ${config.contentUrl}`),
      saved: (outcome) => heard.push(`saved ${outcome.ok}`),
    });
    const { host } = await freshAdapters();
    await host.connect();
    const config = {
      contentUrl: 'http://localhost/meeting.html',
      websiteUrl: 'http://localhost/meeting.html',
      entityId: 'mus-meeting',
      suggestedDisplayName: 'MUS',
    };
    await expect(host.offerTabSave(config)).resolves.toBe(true);
    await new Promise((r) => setTimeout(r, 20));
    expect(heard).toEqual(['valid true']);
    fake.emit(saveEvent());
    for (let i = 0; i < 100 && heard.length < 3; i++) await new Promise((r) => setTimeout(r, 10));
    expect(heard).toEqual(['valid true', 'save http://localhost/meeting.html', 'saved true']);
  });
});
