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
        attendees: ['Ida Holm', 'Bo Berg'],
      },
    );
  });
});

describe('openSurface', () => {
  it('takes language and theme from the host', async () => {
    const host = { connect: async () => inMeeting, onThemeChange: () => () => undefined };
    await expect(openSurface('sidePanel', { host })).resolves.toEqual({
      view: { kind: 'meeting', onStage: false, liveShare: true },
      language: 'en',
      theme: 'dark',
    });
  });

  it('outside a host is Danish and light', async () => {
    const host = { connect: async () => outside, onThemeChange: () => () => undefined };
    await expect(openSurface('content', { host })).resolves.toEqual({
      view: { kind: 'introduction' },
      language: 'da',
      theme: 'default',
    });
  });

  it('task pane asks Outlook, not the Teams host', async () => {
    const connect = jest.fn(async () => inMeeting);
    const mailItem = { connect: async () => ({ inOutlook: true as const, locale: 'en-US' }) };
    const state = await openSurface('taskpane', {
      host: { connect, onThemeChange: () => () => undefined },
      mailItem,
    });
    expect(state.language).toBe('en');
    expect(state.view).toEqual({ kind: 'appointment', subject: '', attendees: [] });
    expect(connect).not.toHaveBeenCalled();
  });
});
