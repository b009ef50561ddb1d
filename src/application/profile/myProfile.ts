import type { AccessTokenPort } from '../ports/AccessTokenPort';
import type { Me, MusApiPort } from '../ports/MusApiPort';

/** The ports the personal tab needs to show who the user is in MUS. */
export interface ProfilePorts {
  readonly accessToken: AccessTokenPort;
  readonly musApi: MusApiPort;
}

/** A role the user holds in MUS, in the order the UI shows them. */
export type MusRole = 'leader' | 'employee' | 'hr';

/** Why the profile could not be shown, in the words the UI explains to the user. */
export type ProfileFailure =
  /** The host gave no token (not signed in, no consent, no answer). */
  | 'signIn'
  /** The service refused the user's token or the user. */
  | 'unauthorized'
  /** The service answered with an error. */
  | 'unavailable'
  /** The service could not be reached. */
  | 'unreachable'
  /** The service answered something we don't understand. */
  | 'invalidResponse';

/** The user's MUS profile, ready to show. */
export interface MyProfile {
  readonly me: Me;
  /** The roles the user holds, leader first; empty when the user has none. */
  readonly roles: readonly MusRole[];
}

/** The outcome of loading the profile. */
export type MyProfileResult =
  | { readonly ok: true; readonly profile: MyProfile }
  | { readonly ok: false; readonly reason: ProfileFailure };

/** The roles the user holds, leader first, then employee, then HR. Pure. */
export function rolesOf(me: Me): MusRole[] {
  const order: readonly MusRole[] = ['leader', 'employee', 'hr'];
  return order.filter((role) => me.roles[role]);
}

/**
 * Load who the user is in MUS: a token from the host, then `/api/me` from the service. Never rejects; each
 * failure says which step failed, so the UI can explain it. `signIn: true` (only from the user's click) may
 * show a sign-in popup or dialog to get the token.
 */
export async function loadMyProfile(
  ports: ProfilePorts,
  options: { readonly signIn?: boolean } = {},
): Promise<MyProfileResult> {
  const token = await (options.signIn ? ports.accessToken.signIn() : ports.accessToken.getAccessToken());
  if (!token.ok) return { ok: false, reason: 'signIn' };
  const me = await ports.musApi.me(token.token);
  // `/api/me` takes no input, so a refusal other than 401/403 is the service's error.
  if (!me.ok) return { ok: false, reason: me.reason === 'refused' ? 'unavailable' : me.reason };
  return { ok: true, profile: { me: me.value, roles: rolesOf(me.value) } };
}
