import type { AccessTokenResult } from '../../application/ports/AccessTokenPort';

/** A token is used until this long before it expires (a request in flight must not arrive with a dead one). */
export const TOKEN_MARGIN_MS = 5 * 60_000;

/** When a JWT expires (ms since the epoch), or undefined when it is no JWT with an `exp`. */
export function expiresAt(token: string): number | undefined {
  try {
    const payload = token.split('.')[1] ?? '';
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const exp = (JSON.parse(json) as { exp?: unknown }).exp;
    return typeof exp === 'number' && Number.isFinite(exp) ? exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Remembers the last token until shortly before it expires, so a page asks its host (Teams'
 * `getAuthToken`, MSAL) once per token rather than once per request; requests made while one is being
 * fetched share that fetch. A token without a readable expiry, and every failure, is not kept.
 */
export function tokenCache(now: () => number = Date.now) {
  let kept: { token: string; until: number } | undefined;
  let pending: Promise<AccessTokenResult> | undefined;
  const keep = (result: AccessTokenResult): AccessTokenResult => {
    const until = result.ok ? expiresAt(result.token) : undefined;
    kept =
      result.ok && until !== undefined ? { token: result.token, until: until - TOKEN_MARGIN_MS } : undefined;
    return result;
  };
  return {
    /** The kept token while it is fresh, else `fetch`'s (one fetch at a time). */
    get(fetch: () => Promise<AccessTokenResult>): Promise<AccessTokenResult> {
      if (kept && now() < kept.until) return Promise.resolve({ ok: true, token: kept.token });
      pending ??= fetch()
        .then(keep)
        .finally(() => (pending = undefined));
      return pending;
    },
    /** A token had interactively replaces the kept one. */
    keep: async (result: Promise<AccessTokenResult>) => keep(await result),
  };
}
