import type { AccessTokenPort, AccessTokenResult } from '../../application/ports/AccessTokenPort';

/** Seconds before its expiry at which a remembered token is no longer handed out. */
const MARGIN_SECONDS = 120;

/** The `exp` claim of a JWT (seconds), or undefined when the token is not one. */
function expiryOf(token: string): number | undefined {
  try {
    const payload = token.split('.')[1] ?? '';
    const json: unknown = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/')));
    const exp: unknown = typeof json === 'object' && json !== null ? Reflect.get(json, 'exp') : undefined;
    return typeof exp === 'number' ? exp : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The token port of the Outlook task pane: in an Outlook without nested app authentication only the Office
 * sign-in dialog gives a token (src/adapters/auth/accessToken.ts, `officeDialog`), and nothing silent does; so
 * the token the dialog gave is used again until shortly before it expires, instead of a dialog per call.
 */
export function rememberSignIn(inner: AccessTokenPort, now: () => number = Date.now): AccessTokenPort {
  let remembered: { token: string; until: number } | undefined;
  const fresh = (): AccessTokenResult | undefined =>
    remembered && now() < remembered.until ? { ok: true, token: remembered.token } : undefined;
  return {
    async getAccessToken() {
      const result = await inner.getAccessToken();
      if (result.ok || result.reason !== 'interactionRequired') return result;
      return fresh() ?? result;
    },
    async signIn() {
      const result = await inner.signIn();
      if (result.ok) {
        const exp = expiryOf(result.token);
        if (exp !== undefined) remembered = { token: result.token, until: (exp - MARGIN_SECONDS) * 1000 };
      }
      return result;
    },
  };
}
