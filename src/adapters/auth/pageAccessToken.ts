import type { AccessTokenPort } from '../../application/ports/AccessTokenPort';
import { createAccessToken } from './accessToken';
import { authSettings } from './authSettings';
import { realTokenSdk } from './tokenSdk';

/** The token port of a page: this build's settings, the real SDKs, the page's own origin. */
export function createPageAccessToken(): AccessTokenPort {
  return createAccessToken({ settings: authSettings(), sdk: realTokenSdk(), origin: window.location.origin });
}
