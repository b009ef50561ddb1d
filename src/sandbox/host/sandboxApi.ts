/**
 * What the host page asks the sandbox (on its own origin, with CORS): the demo users, and a token for one of
 * them by the password grant, as Teams would hand the app an SSO token for its API.
 */
import { z } from 'zod';
import type { SignedInUser } from './answers';

export type DemoRole = 'leader' | 'employee' | 'hr' | 'director';

export interface DemoUser {
  readonly id: string;
  readonly userPrincipalName: string;
  readonly displayName: string;
  readonly role: DemoRole;
  readonly jobTitle: string | undefined;
  readonly managerId: string | undefined;
}

const usersSchema = z.object({
  value: z.array(
    z.object({
      id: z.string(),
      userPrincipalName: z.string(),
      displayName: z.string(),
      role: z.enum(['leader', 'employee', 'hr', 'director']),
      jobTitle: z.string().nullish(),
      managerId: z.string().nullish(),
    }),
  ),
});

const tokenSchema = z.object({ access_token: z.string(), expires_in: z.number() });
const claimsSchema = z.object({ oid: z.string(), tid: z.string(), name: z.string(), upn: z.string() });

/** The MUS API's scope: the token a Teams SSO call (`getAuthToken`) gives our app. */
export const MUS_SCOPE = 'api://mus/access_as_user';

/** The sandbox's address: `?sandbox=` on the page, else port 53100 on the page's own host name. */
export function sandboxUrl(location: Location): string {
  const given = new URLSearchParams(location.search).get('sandbox');
  if (given && /^https?:\/\//.test(given)) return given.replace(/\/+$/, '');
  return `${location.protocol}//${location.hostname}:53100`;
}

/** How the pickers name a demo user: name and job title. */
export const userLabel = (u: DemoUser): string =>
  u.jobTitle ? `${u.displayName} (${u.jobTitle})` : u.displayName;

export async function fetchDemoUsers(baseUrl: string): Promise<DemoUser[]> {
  const response = await fetch(`${baseUrl}/_sandbox/users`);
  if (!response.ok) throw new Error(`${baseUrl}/_sandbox/users: HTTP ${response.status}`);
  return usersSchema.parse(await response.json()).value.map((u) => ({
    id: u.id,
    userPrincipalName: u.userPrincipalName,
    displayName: u.displayName,
    role: u.role,
    jobTitle: u.jobTitle ?? undefined,
    managerId: u.managerId ?? undefined,
  }));
}

/** The sandbox's clock (`/_sandbox/clock`), which the MUS service on the embedded default follows too. */
export async function fetchSandboxNow(baseUrl: string): Promise<Date> {
  const response = await fetch(`${baseUrl}/_sandbox/clock`);
  if (!response.ok) throw new Error(`${baseUrl}/_sandbox/clock: HTTP ${response.status}`);
  return new Date(z.object({ now: z.iso.datetime() }).parse(await response.json()).now);
}

/** A Teams meeting in a demo user's calendar: its chat is where the MUS side panel finds its conversation. */
export interface DemoMeeting {
  readonly subject: string;
  readonly start: string;
  readonly end: string;
  readonly chatId: string;
  /** The meeting chat has the MUS tab (the app booked it). */
  readonly mus: boolean;
}

const meetingsSchema = z.object({
  value: z.array(
    z.object({
      subject: z.string(),
      start: z.string(),
      end: z.string(),
      chatId: z.string(),
      mus: z.boolean(),
    }),
  ),
});

/** The user's Teams meetings from their calendar in the sandbox, soonest first. */
export async function fetchMeetings(baseUrl: string, userPrincipalName: string): Promise<DemoMeeting[]> {
  const response = await fetch(`${baseUrl}/_sandbox/users/${encodeURIComponent(userPrincipalName)}/meetings`);
  if (!response.ok) throw new Error(`${baseUrl}/_sandbox/users/…/meetings: HTTP ${response.status}`);
  return meetingsSchema.parse(await response.json()).value;
}

export interface UserToken {
  readonly accessToken: string;
  /** Epoch milliseconds. */
  readonly expiresAt: number;
  readonly user: SignedInUser;
}

/** Sign a demo user in (password grant; the MUS API's scope unless told) and read who the token says they are. */
export async function signIn(
  baseUrl: string,
  userPrincipalName: string,
  scope = MUS_SCOPE,
): Promise<UserToken> {
  const body = new URLSearchParams({
    grant_type: 'password',
    username: userPrincipalName,
    scope,
    client_id: 'mus-local-teams-host',
  });
  const response = await fetch(`${baseUrl}/oidc/token`, { method: 'POST', body });
  if (!response.ok) throw new Error(`${baseUrl}/oidc/token: HTTP ${response.status}`);
  const token = tokenSchema.parse(await response.json());
  const claims = claimsSchema.parse(JSON.parse(base64UrlDecode(token.access_token.split('.')[1] ?? '')));
  return {
    accessToken: token.access_token,
    expiresAt: Date.now() + token.expires_in * 1000,
    user: { id: claims.oid, userPrincipalName: claims.upn, displayName: claims.name, tenantId: claims.tid },
  };
}

function base64UrlDecode(part: string): string {
  const base64 = part.replace(/-/g, '+').replace(/_/g, '/');
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}
