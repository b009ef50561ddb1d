/**
 * Access tokens for the MUS service, for the signed-in user. One port for every page: in a host that offers
 * nested app authentication (Teams, Outlook, the Microsoft 365 app) the host brokers MSAL's requests; in a
 * Teams host without it, Teams single sign-on; outside a host, or when the user must act, a popup.
 * Adapters implement it (src/adapters/auth); use cases only see this interface.
 */

/** Why no token could be had. */
export type AccessTokenFailure =
  /** Nothing silent works here: the user must sign in ({@link AccessTokenPort.signIn}, from a click). */
  | 'interactionRequired'
  /** The host or the identity platform refused (no consent, popup closed, an SSO error). */
  | 'refused'
  /** The host did not answer in time. */
  | 'timeout';

/** The outcome of asking for a token: the token, or why there is none. */
export type AccessTokenResult =
  { readonly ok: true; readonly token: string } | { readonly ok: false; readonly reason: AccessTokenFailure };

/** The access token port. One instance per page, made by the composition root (src/entries). */
export interface AccessTokenPort {
  /**
   * Get a bearer token for the MUS service (scope `<App ID URI>/access_as_user`) without asking the user
   * anything the host does not show itself. Never rejects and never hangs: a failure resolves with
   * `ok: false` and a reason.
   */
  getAccessToken(): Promise<AccessTokenResult>;
  /**
   * Sign in interactively (a popup, a Teams authentication window or an Office dialog), then return the
   * token. Call it only from the user's click: browsers block popups opened without one. Never rejects.
   */
  signIn(): Promise<AccessTokenResult>;
}
