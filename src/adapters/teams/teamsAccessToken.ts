import { app, authentication } from '@microsoft/teams-js';
import type { AccessTokenPort, AccessTokenResult } from '../../application/ports/AccessTokenPort';

/** Options for the teams-js token adapter. */
export interface TeamsAccessTokenOptions {
  /**
   * Resources to ask the host for. Teams itself uses the manifest's `webApplicationInfo.resource`, so the
   * default is none; the local host page accepts `api://mus`.
   */
  readonly resources?: readonly string[];
  /** How long to wait for the host's answer (a host that never answers must not leave a spinner forever). */
  readonly timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 15_000;

class TokenTimeout extends Error {}

/**
 * The teams-js implementation of {@link AccessTokenPort}: Teams single sign-on through
 * `authentication.getAuthToken()`. It asks only after teams-js is initialised (the host adapter's
 * `connect()` does that); `authentication` has no `isSupported()` in teams-js 2.x, so an initialised SDK is
 * the check, and a host that can't answer answers "not supported", which is a refusal here.
 *
 * Production will use nested app authentication instead: MSAL's `createNestablePublicClientApplication`
 * with `acquireTokenSilent` for the `api://…/access_as_user` scope (works in Teams, Outlook and the
 * Microsoft 365 app alike). That is a later issue; this port stays the same.
 */
export function createTeamsAccessToken(options: TeamsAccessTokenOptions = {}): AccessTokenPort {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return {
    async getAccessToken(): Promise<AccessTokenResult> {
      if (!initialised()) return { ok: false, reason: 'notInHost' };
      try {
        const request = options.resources ? { resources: [...options.resources] } : undefined;
        const token = await withTimeout(authentication.getAuthToken(request), timeoutMs);
        if (typeof token !== 'string' || token.trim() === '') return { ok: false, reason: 'refused' };
        return { ok: true, token };
      } catch (error) {
        return { ok: false, reason: error instanceof TokenTimeout ? 'timeout' : 'refused' };
      }
    },
  };
}

function initialised(): boolean {
  try {
    return app.isInitialized();
  } catch {
    return false;
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TokenTimeout(`The host gave no token within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
