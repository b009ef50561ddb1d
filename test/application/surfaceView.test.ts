import type { HostConnection, HostContext } from '../../src/application/ports/HostPort';
import { chooseLanguage } from '../../src/application/surface/language';
import { decideSurfaceView, openSurface } from '../../src/application/surface/surfaceView';

const context: HostContext = {
  frameContext: 'sidePanel',
  locale: 'en-US',
  theme: 'dark',
  hostName: 'Teams',
  user: { userPrincipalName: 'ali.medarbejder@contoso.dk' },
  meetingId: 'm-1',
};
const caps = { tabConfiguration: true, liveShare: true, chat: true, stageView: false, meeting: true };
const inMeeting: HostConnection = { inHost: true, context, capabilities: caps };
const outside: HostConnection = { inHost: false, reason: 'noParent' };
/** A host port that connects as `connection` and saves tabs when `saves`. */
const hostPort = (connection: HostConnection, saves = false) => ({
  connect: async () => connection,
  onThemeChange: () => () => undefined,
  offerTabSave: jest.fn(async () => saves),
  shareToStage: async () => false,
});
const tabConfig = {
  contentUrl: 'https://mus.contoso.dk/meeting.html',
  websiteUrl: 'https://mus.contoso.dk/meeting.html',
  entityId: 'mus-meeting',
  suggestedDisplayName: 'MUS',
};

describe('chooseLanguage', () => {
  it.each([
    ['da-DK', 'da'],
    ['da', 'da'],
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['EN', 'en'],
    ['fr-FR', 'da'],
    ['', 'da'],
    [undefined, 'da'],
    ['eng', 'da'],
  ])('%s → %s', (locale, language) => {
    expect(chooseLanguage(locale)).toBe(language);
  });
});

describe('decideSurfaceView', () => {
  it('personal tab: introduction outside a host, welcome with the user inside', () => {
    expect(decideSurfaceView('content', outside)).toEqual({ kind: 'introduction' });
    expect(decideSurfaceView('content', inMeeting)).toEqual({
      kind: 'welcome',
      hostName: 'Teams',
      userName: 'ali.medarbejder@contoso.dk',
    });
  });

  it('side panel and stage need a meeting', () => {
    expect(decideSurfaceView('sidePanel', outside)).toEqual({ kind: 'notInMeeting' });
    const noMeeting: HostConnection = { inHost: true, context, capabilities: { ...caps, meeting: false } };
    expect(decideSurfaceView('meetingStage', noMeeting)).toEqual({ kind: 'notInMeeting' });
    expect(decideSurfaceView('meetingStage', inMeeting)).toEqual({
      kind: 'meeting',
      onStage: true,
      liveShare: true,
    });
  });

  it('settings can save only where the host offers tab configuration', () => {
    expect(decideSurfaceView('settings', outside)).toEqual({ kind: 'notInTeams' });
    const noConfig: HostConnection = {
      inHost: true,
      context,
      capabilities: { ...caps, tabConfiguration: false },
    };
    expect(decideSurfaceView('settings', noConfig)).toEqual({ kind: 'configureTab', canSave: false });
  });

  it('task pane depends on Outlook, not on Teams', () => {
    expect(decideSurfaceView('taskpane', inMeeting)).toEqual({ kind: 'notInOutlook' });
    expect(decideSurfaceView('taskpane', outside, { inOutlook: true, locale: 'da-DK' })).toEqual({
      kind: 'appointment',
      subject: '',
      attendees: [],
    });
    const appointment = {
      subject: 'MUS – Ida',
      requiredAttendees: [{ displayName: 'Ida Holm', emailAddress: 'ida@contoso.dk' }],
      optionalAttendees: [{ displayName: 'Bo Berg', emailAddress: 'bo@contoso.dk' }],
    };
    expect(decideSurfaceView('taskpane', outside, { inOutlook: true, locale: 'da-DK', appointment })).toEqual(
      {
        kind: 'appointment',
        subject: 'MUS – Ida',
        attendees: [...appointment.requiredAttendees, ...appointment.optionalAttendees],
      },
    );
  });
});

describe('openSurface', () => {
  it('takes language and theme from the host', async () => {
    const host = hostPort(inMeeting);
    await expect(openSurface('sidePanel', { host })).resolves.toEqual({
      view: { kind: 'meeting', onStage: false, liveShare: true },
      language: 'en',
      theme: 'dark',
    });
  });

  it('outside a host is Danish and light', async () => {
    const host = hostPort(outside);
    await expect(openSurface('content', { host })).resolves.toEqual({
      view: { kind: 'introduction' },
      language: 'da',
      theme: 'default',
    });
  });

  it('task pane asks Outlook, not the Teams host', async () => {
    const connect = jest.fn(async () => inMeeting);
    const mailItem = {
      connect: async () => ({ inOutlook: true as const, locale: 'en-US' }),
      write: async () => ({ ok: true as const }),
      openInBrowser: () => undefined,
    };
    const state = await openSurface('taskpane', {
      host: { ...hostPort(inMeeting), connect },
      mailItem,
    });
    expect(state.language).toBe('en');
    expect(state.view).toEqual({ kind: 'appointment', subject: '', attendees: [] });
    expect(connect).not.toHaveBeenCalled();
  });

  it('the meeting page routes on the frame: stage on the stage, the conversation elsewhere', async () => {
    const framed = (frameContext: HostContext['frameContext']): HostConnection => ({
      inHost: true,
      context: { ...context, frameContext },
      capabilities: caps,
    });
    const views = await Promise.all(
      (['meetingStage', 'sidePanel', 'content'] as const).map(
        async (frame) => (await openSurface('meeting', { host: hostPort(framed(frame)) })).view,
      ),
    );
    expect(views).toEqual([
      { kind: 'meeting', onStage: true, liveShare: true },
      { kind: 'meeting', onStage: false, liveShare: true },
      { kind: 'meeting', onStage: false, liveShare: true },
    ]);
    const chatTab = framed('content');
    const inChat: HostConnection = {
      ...chatTab,
      capabilities: { ...caps, meeting: false },
    } as HostConnection;
    expect((await openSurface('meeting', { host: hostPort(inChat) })).view).toEqual({ kind: 'notInMeeting' });
  });

  it('the configuration page offers the tab to the host and can save only when the host took it', async () => {
    const settings: HostConnection = {
      inHost: true,
      context: { ...context, frameContext: 'settings' },
      capabilities: caps,
    };
    const taking = hostPort(settings, true);
    expect((await openSurface('settings', { host: taking, tabConfig })).view).toEqual({
      kind: 'configureTab',
      canSave: true,
    });
    expect(taking.offerTabSave).toHaveBeenCalledWith(tabConfig);
    const refusing = hostPort(settings, false);
    expect((await openSurface('settings', { host: refusing, tabConfig })).view).toEqual({
      kind: 'configureTab',
      canSave: false,
    });
    const noConfig = hostPort({ ...settings, capabilities: { ...caps, tabConfiguration: false } }, true);
    expect((await openSurface('settings', { host: noConfig, tabConfig })).view).toEqual({
      kind: 'configureTab',
      canSave: false,
    });
    expect(noConfig.offerTabSave).not.toHaveBeenCalled();
  });
});
