/** The issuer's pages: discovery, JWKS, and the sign-in page that lists the demo users and redirects with a code. */
import type { FastifyInstance } from 'fastify';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Ctx } from './context';
import { TENANT_ID } from './ids';
import type { Grant } from './oidc';
import { userRec } from './records';

export function registerOidcPages(app: FastifyInstance, ctx: Ctx, codes: Map<string, Grant>): void {
  const discovery = () => {
    const iss = ctx.issuer();
    return {
      issuer: iss,
      authorization_endpoint: `${iss}/authorize`,
      token_endpoint: `${iss}/token`,
      jwks_uri: `${iss}/jwks`,
      userinfo_endpoint: `${ctx.baseUrl()}/v1.0/me`,
      response_types_supported: ['code'],
      response_modes_supported: ['query', 'fragment', 'form_post'],
      subject_types_supported: ['pairwise'],
      id_token_signing_alg_values_supported: ['RS256'],
      token_endpoint_auth_methods_supported: ['client_secret_post', 'client_secret_basic'],
      grant_types_supported: [
        'authorization_code',
        'password',
        'client_credentials',
        'urn:ietf:params:oauth:grant-type:jwt-bearer',
      ],
      code_challenge_methods_supported: ['S256'],
      scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
      claims_supported: [
        'sub',
        'iss',
        'aud',
        'exp',
        'iat',
        'nbf',
        'oid',
        'tid',
        'upn',
        'preferred_username',
        'name',
        'scp',
        'roles',
        'ver',
      ],
      tenant_id: TENANT_ID,
    };
  };
  app.get('/oidc/.well-known/openid-configuration', async () => discovery());
  app.get('/oidc/v2.0/.well-known/openid-configuration', async () => discovery());
  app.get('/oidc/jwks', async () => ({ keys: [ctx.keys.publicJwk] }));

  const authorizeQuery = z.looseObject({
    client_id: z.string(),
    redirect_uri: z.string().url(),
    scope: z.string().default('openid profile'),
    state: z.string().optional(),
    nonce: z.string().optional(),
    code_challenge: z.string().optional(),
    user: z.string().optional(),
  });
  app.get('/oidc/authorize', async (req, reply) => {
    const q = authorizeQuery.safeParse(req.query);
    if (!q.success)
      return reply
        .code(400)
        .type('text/html; charset=utf-8')
        .send('<h1>Ugyldig anmodning / Bad request</h1><p>client_id and redirect_uri are required.</p>');
    const { user: upn, ...rest } = q.data;
    const users = ctx.store.list('user', undefined, userRec);
    const chosen = upn ? users.find((u) => u.userPrincipalName === upn) : undefined;
    if (chosen) {
      const code = randomBytes(24).toString('base64url');
      codes.set(code, {
        upn: chosen.userPrincipalName,
        scope: rest.scope,
        clientId: rest.client_id,
        redirectUri: rest.redirect_uri,
        challenge: rest.code_challenge,
        nonce: rest.nonce,
        expires: Date.now() + 600_000,
      });
      const target = new URL(rest.redirect_uri);
      target.searchParams.set('code', code);
      if (rest.state) target.searchParams.set('state', rest.state);
      return reply.redirect(target.toString(), 302);
    }
    const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
    const links = users.map((u) => {
      const p = new URLSearchParams(
        Object.entries(rest).filter((e): e is [string, string] => typeof e[1] === 'string'),
      );
      p.set('user', u.userPrincipalName);
      return `<li><a href="/oidc/authorize?${esc(p.toString())}">${esc(u.displayName)}</a> <small>${esc(u.jobTitle)} · ${esc(u.userPrincipalName)}</small></li>`;
    });
    return reply
      .type('text/html; charset=utf-8')
      .send(
        `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Log ind (sandkasse) / Sign in (sandbox)</title></head><body><h1>Vælg en demobruger / Choose a demo user</h1><ul>${links.join('')}</ul></body></html>`,
      );
  });
}
