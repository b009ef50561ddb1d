/**
 * The sign-in popup's two pages. `authStart.html?opener=teams|office` is opened by Teams'
 * `authentication.authenticate` or the Office dialog API (src/adapters/auth/accessToken.ts): it signs in with
 * MSAL's redirect flow and hands the outcome to its opener. `authEnd.html` is MSAL's redirect page: it hands
 * the identity platform's answer back to the page that asked (MSAL 5's redirect bridge).
 */
import { app, authentication } from '@microsoft/teams-js';
import type { AccessTokenResult } from '../../application/ports/AccessTokenPort';
import { officeReady } from '../office/officeGlobal';
import type { AuthSettings } from './authSettings';
import { popupMessage, type PopupOpener } from './popupMessage';

const OPENER_KEY = 'mus.signIn.opener';

/** Run the start page: finish a sign-in MSAL came back from, or start one. */
export async function runSignInPopup(
  settings: AuthSettings,
  location: Location = window.location,
): Promise<void> {
  const opener = openerOf(location);
  if (!opener) return;
  let result: AccessTokenResult;
  try {
    const { createStandardPublicClientApplication } = await import('@azure/msal-browser');
    const msal = await createStandardPublicClientApplication({
      auth: { clientId: settings.clientId, authority: settings.authority },
      cache: { cacheLocation: 'sessionStorage' },
    });
    const returned = await msal.handleRedirectPromise();
    if (!returned) {
      // Leaves the page; MSAL brings the browser back here through authEnd.html.
      await msal.acquireTokenRedirect({
        scopes: [settings.apiScope],
        redirectUri: `${location.origin}/authEnd.html`,
      });
      return;
    }
    result = { ok: true, token: returned.accessToken };
  } catch {
    result = { ok: false, reason: 'refused' };
  }
  await answer(opener, result);
}

/** Run MSAL's redirect page: pass the answer in the address back to the page that asked for it. */
export async function runRedirectBridge(): Promise<void> {
  const { broadcastResponseToMainFrame } = await import('@azure/msal-browser/redirect-bridge');
  await broadcastResponseToMainFrame().catch(() => undefined);
}

function openerOf(location: Location): PopupOpener | undefined {
  const asked = new URLSearchParams(location.search).get('opener');
  if (asked === 'teams' || asked === 'office') sessionStorage.setItem(OPENER_KEY, asked);
  const opener = sessionStorage.getItem(OPENER_KEY);
  return opener === 'teams' || opener === 'office' ? opener : undefined;
}

async function answer(opener: PopupOpener, result: AccessTokenResult): Promise<void> {
  sessionStorage.removeItem(OPENER_KEY);
  const message = popupMessage(result);
  if (opener === 'teams') {
    await app.initialize();
    if (result.ok) authentication.notifySuccess(message);
    else authentication.notifyFailure(message);
    return;
  }
  const office = await officeReady();
  office?.Office.context.ui?.messageParent(message);
}
