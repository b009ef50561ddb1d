/**
 * Access tokens for the MUS service, as the host gives them (Teams single sign-on).
 * Adapters implement it (teams-js today; MSAL nested app auth later); use cases only see this interface.
 */

/** Why no token could be had. */
export type AccessTokenFailure =
  /** We are not inside a host that can give tokens (teams-js not initialised, or the host lacks SSO). */
  | 'notInHost'
  /** The host refused (no consent, not signed in, an SSO error). */
  | 'refused'
  /** The host did not answer in time. */
  | 'timeout';

/** The outcome of asking for a token: the token, or why there is none. */
export type AccessTokenResult =
  { readonly ok: true; readonly token: string } | { readonly ok: false; readonly reason: AccessTokenFailure };

/** The access token port. One instance per page, made by the composition root (src/entries). */
export interface AccessTokenPort {
  /**
   * Get a bearer token for the MUS service (audience `api://mus`, scope `access_as_user`) for the signed-in
   * user. Never rejects and never hangs: a failure resolves with `ok: false` and a reason.
   */
  getAccessToken(): Promise<AccessTokenResult>;
}
