import { createAccessToken } from '../../src/adapters/auth/accessToken';
import type { AuthSettings } from '../../src/adapters/auth/authSettings';
import { popupMessage } from '../../src/adapters/auth/popupMessage';
import { fakeMsal, fakeTokenSdk, type FakeSdk } from './support/fakeTokenSdk';

const settings: AuthSettings = {
  clientId: '11111111-2222-3333-4444-555555555555',
  authority: 'https://login.microsoftonline.com/contoso.onmicrosoft.com',
  apiScope: 'api://mus.contoso.dk/11111111-2222-3333-4444-555555555555/access_as_user',
};
const origin = 'https://mus.contoso.dk';
const port = (sdk: FakeSdk, timeoutMs = 200) => createAccessToken({ settings, sdk, origin, timeoutMs });
const never = () => new Promise<string>(() => undefined);

describe('token port in Teams', () => {
  it('uses nested app authentication when Teams recommends it, with the build’s app and scope', async () => {
    const msal = fakeMsal({ account: true, silent: () => Promise.resolve('naa-token') });
    const sdk = fakeTokenSdk({ teams: { isNAAChannelRecommended: () => true }, msal });
    await expect(port(sdk).getAccessToken()).resolves.toEqual({ ok: true, token: 'naa-token' });
    expect(sdk.calls).toEqual(['msal.createNestable']);
    expect(sdk.configs[0]?.auth).toMatchObject({
      clientId: settings.clientId,
      authority: settings.authority,
    });
    expect(msal.asked).toEqual([`silent ${settings.apiScope}`]);
  });

  it('lets the host prompt (MSAL popup brokered by Teams) when nested auth has no account yet', async () => {
    const msal = fakeMsal({ account: false, popup: () => Promise.resolve('naa-popup-token') });
    const sdk = fakeTokenSdk({ teams: { isNAAChannelRecommended: () => true }, msal });
    await expect(port(sdk).getAccessToken()).resolves.toEqual({ ok: true, token: 'naa-popup-token' });
    expect(msal.asked).toEqual([`popup ${settings.apiScope}`]);
  });

  it('asks Teams single sign-on (getAuthToken) when nested auth is not recommended, and never makes MSAL', async () => {
    const sdk = fakeTokenSdk({ teams: { getAuthToken: () => Promise.resolve('sso-token') } });
    await expect(port(sdk).getAccessToken()).resolves.toEqual({ ok: true, token: 'sso-token' });
    expect(sdk.calls).toEqual(['teams.getAuthToken']);
  });

  it('reports a refusal and a host that never answers, without hanging', async () => {
    const refused = fakeTokenSdk({
      teams: { getAuthToken: () => Promise.reject(new Error('resourceRequiresConsent')) },
    });
    await expect(port(refused).getAccessToken()).resolves.toEqual({ ok: false, reason: 'refused' });
    const silent = fakeTokenSdk({ teams: { getAuthToken: never } });
    await expect(port(silent, 50).getAccessToken()).resolves.toEqual({ ok: false, reason: 'timeout' });
  });

  it('signs in through Teams’ authentication window on the popup page when single sign-on needs the user', async () => {
    const sdk = fakeTokenSdk({
      teams: { authenticate: () => Promise.resolve(popupMessage({ ok: true, token: 'popup-token' })) },
    });
    await expect(port(sdk).signIn()).resolves.toEqual({ ok: true, token: 'popup-token' });
    expect(sdk.calls).toEqual([`teams.authenticate ${origin}/authStart.html?opener=teams`]);
  });

  it('treats a closed authentication window or a garbled answer as a refusal', async () => {
    const closed = fakeTokenSdk({ teams: {} });
    await expect(port(closed).signIn()).resolves.toEqual({ ok: false, reason: 'refused' });
    const garbled = fakeTokenSdk({ teams: { authenticate: () => Promise.resolve('<html>') } });
    await expect(port(garbled).signIn()).resolves.toEqual({ ok: false, reason: 'refused' });
  });
});

describe('token port in Outlook', () => {
  it('uses nested app authentication when Outlook supports NestedAppAuth 1.1', async () => {
    const msal = fakeMsal({ account: true, silent: () => Promise.resolve('outlook-naa') });
    const sdk = fakeTokenSdk({ office: { isNestedAppAuthSupported: () => true }, msal });
    await expect(port(sdk).getAccessToken()).resolves.toEqual({ ok: true, token: 'outlook-naa' });
    expect(sdk.calls).toEqual(['msal.createNestable']);
  });

  it('without nested auth needs the user, and signs in through the Office dialog', async () => {
    const sdk = fakeTokenSdk({
      office: { openDialog: () => Promise.resolve(popupMessage({ ok: true, token: 'dialog-token' })) },
    });
    await expect(port(sdk).getAccessToken()).resolves.toEqual({ ok: false, reason: 'interactionRequired' });
    expect(sdk.calls).toEqual([]);
    await expect(port(sdk).signIn()).resolves.toEqual({ ok: true, token: 'dialog-token' });
    expect(sdk.calls).toEqual([`office.openDialog ${origin}/authStart.html?opener=office`]);
  });

  it('passes on a refusal the dialog reports', async () => {
    const sdk = fakeTokenSdk({
      office: { openDialog: () => Promise.resolve(popupMessage({ ok: false, reason: 'refused' })) },
    });
    await expect(port(sdk).signIn()).resolves.toEqual({ ok: false, reason: 'refused' });
  });
});

describe('token port outside a host', () => {
  it('uses MSAL on its own: silently with a known account, redirecting to authEnd.html', async () => {
    const msal = fakeMsal({ account: true, silent: () => Promise.resolve('browser-silent') });
    const sdk = fakeTokenSdk({ msal });
    await expect(port(sdk).getAccessToken()).resolves.toEqual({ ok: true, token: 'browser-silent' });
    expect(sdk.calls).toEqual(['msal.createStandard']);
    expect(sdk.configs[0]?.auth?.redirectUri).toBe(`${origin}/authEnd.html`);
  });

  it('opens no popup on its own: without an account the user must sign in', async () => {
    const msal = fakeMsal({ account: false });
    await expect(port(fakeTokenSdk({ msal })).getAccessToken()).resolves.toEqual({
      ok: false,
      reason: 'interactionRequired',
    });
    expect(msal.asked).toEqual([]);
  });

  it('maps MSAL’s interaction-required error on the silent request', async () => {
    const interaction = Object.assign(new Error('login_required'), { name: 'InteractionRequiredAuthError' });
    const msal = fakeMsal({ account: true, silent: () => Promise.reject(interaction) });
    await expect(port(fakeTokenSdk({ msal })).getAccessToken()).resolves.toEqual({
      ok: false,
      reason: 'interactionRequired',
    });
  });

  it('signs in with an MSAL popup when the user asks', async () => {
    const msal = fakeMsal({ account: false, popup: () => Promise.resolve('browser-popup') });
    await expect(port(fakeTokenSdk({ msal })).signIn()).resolves.toEqual({
      ok: true,
      token: 'browser-popup',
    });
    expect(msal.asked).toEqual([`popup ${settings.apiScope}`]);
  });
});
