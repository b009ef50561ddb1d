import { runSignInPopup } from '../../src/adapters/auth/authPopup';
import type { AuthSettings } from '../../src/adapters/auth/authSettings';
import { parsePopupMessage } from '../../src/adapters/auth/popupMessage';

// MSAL at the SDK boundary: the popup page's only calls are these two.
const msal = { handleRedirectPromise: jest.fn(), acquireTokenRedirect: jest.fn() };
jest.mock('@azure/msal-browser', () => ({ createStandardPublicClientApplication: async () => msal }));

const settings: AuthSettings = {
  clientId: '11111111-2222-3333-4444-555555555555',
  authority: 'https://login.microsoftonline.com/contoso.onmicrosoft.com',
  apiScope: 'api://mus.contoso.dk/11111111-2222-3333-4444-555555555555/access_as_user',
};

/** The Office dialog's page: office.js ready in Outlook, recording what it sends its parent. */
function officeDialogPage() {
  const sent: string[] = [];
  Object.assign(globalThis, {
    Office: {
      onReady: async () => ({ host: 'Outlook' }),
      context: { ui: { messageParent: (message: string) => sent.push(message) } },
    },
  });
  return sent;
}

const at = (search: string) => ({ search, origin: 'https://mus.contoso.dk' }) as Location;

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'Office');
  sessionStorage.clear();
  jest.clearAllMocks();
});

describe('the sign-in popup page (authStart.html)', () => {
  it('opened by the Office dialog, starts MSAL’s redirect to the app’s scope, back through authEnd.html', async () => {
    const sent = officeDialogPage();
    msal.handleRedirectPromise.mockResolvedValue(null);
    await runSignInPopup(settings, at('?opener=office'));
    expect(msal.acquireTokenRedirect).toHaveBeenCalledWith({
      scopes: [settings.apiScope],
      redirectUri: 'https://mus.contoso.dk/authEnd.html',
    });
    expect(sent).toEqual([]);
  });

  it('back from the identity platform, hands the token to the Office dialog’s opener', async () => {
    const sent = officeDialogPage();
    msal.handleRedirectPromise.mockResolvedValue(null);
    await runSignInPopup(settings, at('?opener=office'));
    msal.handleRedirectPromise.mockResolvedValue({ accessToken: 'eyJ.popup.token' });
    await runSignInPopup(settings, at(''));
    expect(sent.map(parsePopupMessage)).toEqual([{ ok: true, token: 'eyJ.popup.token' }]);
  });

  it('reports a refusal when MSAL fails (the user cancelled, no consent)', async () => {
    const sent = officeDialogPage();
    msal.handleRedirectPromise.mockRejectedValue(
      Object.assign(new Error('user_cancelled'), { name: 'BrowserAuthError' }),
    );
    await runSignInPopup(settings, at('?opener=office'));
    expect(sent.map(parsePopupMessage)).toEqual([{ ok: false, reason: 'refused' }]);
  });

  it('does nothing when no host opened it', async () => {
    await runSignInPopup(settings, at(''));
    expect(msal.handleRedirectPromise).not.toHaveBeenCalled();
    expect(msal.acquireTokenRedirect).not.toHaveBeenCalled();
  });
});
