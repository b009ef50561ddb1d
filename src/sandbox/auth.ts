/** Graph's token check (401) and permission check (403) for every /v1.0 request. */
import type { FastifyRequest } from 'fastify';
import { GRAPH_AUDIENCES } from './config';
import type { Ctx, Principal } from './context';
import { header } from './context';
import { badRequest, forbidden, unauthorized } from './errors';
import { userRec } from './records';
import type { UserRec } from './records';
import { verify } from './tokens';

/** Validates the bearer token for Graph; remembers who is calling. */
export async function authenticate(ctx: Ctx, req: FastifyRequest): Promise<Principal> {
  const known = ctx.principals.get(req);
  if (known) return known;
  const auth = header(req, 'authorization') ?? '';
  const m = /^Bearer\s+(.+)$/i.exec(auth);
  if (!m?.[1]) throw unauthorized('Access token is empty.');
  const result = await verify(ctx.keys, m[1], ctx.issuer(), GRAPH_AUDIENCES, ctx.tokenNow());
  if (!result.ok) throw unauthorized(result.reason);
  const c = result.claims;
  const appOnly = c.idtyp === 'app' || (c.scp === undefined && c.roles !== undefined);
  const user = appOnly ? undefined : ctx.store.get('user', c.oid, userRec);
  if (!appOnly && !user) throw unauthorized('The user in the token does not exist in this tenant.');
  const principal: Principal = {
    kind: appOnly ? 'app' : 'user',
    oid: c.oid,
    appId: c.azp ?? '',
    user,
    scopes: new Set((c.scp ?? '').split(' ').filter(Boolean)),
    roles: new Set(c.roles ?? []),
    token: m[1],
  };
  ctx.principals.set(req, principal);
  return principal;
}

export interface Permission {
  delegated: string[];
  app: string[];
  /** Graph's error code for this workload (directory, Outlook, SharePoint, Teams differ). */
  code?: string;
}

/** A permission whose delegated and application scopes have the same names. */
export const sameScopes = (scopes: string[], code?: string): Permission =>
  code === undefined ? { delegated: scopes, app: scopes } : { delegated: scopes, app: scopes, code };

const MESSAGES: Record<string, string> = {
  Authorization_RequestDenied: 'Insufficient privileges to complete the operation.',
  ErrorAccessDenied: 'Access is denied. Check credentials and try again.',
  accessDenied: 'Access denied',
  Forbidden: 'Missing role permissions on the request. API requires one of the permissions listed.',
};

/** 403 unless the token carries one of the scopes (delegated) or roles (app-only). */
export function requirePermission(p: Principal, perm: Permission): void {
  const have = p.kind === 'user' ? p.scopes : p.roles;
  const wanted = p.kind === 'user' ? perm.delegated : perm.app;
  if (wanted.some((w) => have.has(w))) return;
  const code = perm.code ?? 'Authorization_RequestDenied';
  throw forbidden(
    code,
    `${MESSAGES[code] ?? 'Forbidden'} Requires one of: ${wanted.join(', ') || '(none for this token type)'}.`,
  );
}

/** The signed-in user for /me routes; app-only tokens get Graph's 400. */
export function signedInUser(p: Principal): UserRec {
  if (p.kind !== 'user' || !p.user) {
    throw badRequest('/me request is only valid with delegated authentication flow.');
  }
  return p.user;
}
