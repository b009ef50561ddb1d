/**
 * A local OpenID Connect issuer shaped like Entra ID v2: discovery, JWKS, a sign-in page of the demo users,
 * and /token with password, authorization_code, client_credentials and on-behalf-of (jwt-bearer) grants.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { createHash, randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { SandboxApp } from './config';
import { DEFAULT_DELEGATED_SCOPES, GRAPH_AUDIENCES, MUS_API_AUDIENCE } from './config';
import type { Ctx } from './context';
import { optionalStrings } from './fields';
import { guidFor, TENANT_ID } from './ids';
import type { UserRec } from './records';
import { userRec } from './records';
import { registerOidcPages } from './oidcPages';
import { mint, TOKEN_SECONDS, verify } from './tokens';

const GRAPH = 'https://graph.microsoft.com';
const IGNORED = new Set(['openid', 'profile', 'offline_access', 'email']);

class OAuthError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    readonly aadsts: number,
    message: string,
  ) {
    super(message);
  }
}

function sendOAuthError(reply: FastifyReply, e: OAuthError): FastifyReply {
  const traceId = randomUUID();
  return reply.code(e.status).send({
    error: e.error,
    error_description: `AADSTS${e.aadsts}: ${e.message} Trace ID: ${traceId}`,
    error_codes: [e.aadsts],
    timestamp: new Date()
      .toISOString()
      .replace('T', ' ')
      .replace(/\.\d+Z$/, 'Z'),
    trace_id: traceId,
    correlation_id: randomUUID(),
  });
}

/** Which resource and which scopes a `scope` parameter asks for (one resource per token, as Entra). */
export function resolveScopes(scope: string): { aud: string; scopes: string[] } {
  const wanted = scope.split(/\s+/).filter((s) => s && !IGNORED.has(s));
  if (wanted.length === 0) return { aud: GRAPH, scopes: ['User.Read'] };
  const parsed = wanted.map((s) => {
    for (const prefix of [`${MUS_API_AUDIENCE}/`, `${GRAPH}/`, `${GRAPH_AUDIENCES[1] ?? ''}/`]) {
      if (s.startsWith(prefix))
        return {
          aud: prefix === `${MUS_API_AUDIENCE}/` ? MUS_API_AUDIENCE : GRAPH,
          name: s.slice(prefix.length),
        };
    }
    if (s.includes('://'))
      throw new OAuthError(
        400,
        'invalid_resource',
        500011,
        `The resource principal named ${s} was not found in the tenant.`,
      );
    return { aud: GRAPH, name: s };
  });
  const auds = new Set(parsed.map((p) => p.aud));
  if (auds.size > 1)
    throw new OAuthError(
      400,
      'invalid_request',
      28000,
      'Provided value for the input parameter scope is not valid because it contains more than one resource.',
    );
  const aud = parsed[0]?.aud ?? GRAPH;
  const names = parsed.map((p) => p.name);
  if (names.includes('.default'))
    return { aud, scopes: aud === GRAPH ? DEFAULT_DELEGATED_SCOPES : ['access_as_user'] };
  return { aud, scopes: names };
}

const formSchema = z.looseObject({
  grant_type: z.string(),
  ...optionalStrings(
    'client_id',
    'client_secret',
    'scope',
    'username',
    'code',
    'redirect_uri',
    'code_verifier',
    'assertion',
  ),
});
type TokenForm = z.infer<typeof formSchema>;

export interface Grant {
  upn: string;
  scope: string;
  clientId: string;
  redirectUri: string;
  challenge: string | undefined;
  nonce: string | undefined;
  expires: number;
}

export function registerOidc(app: FastifyInstance, ctx: Ctx): void {
  const codes = new Map<string, Grant>();

  const findUser = (upn: string | undefined): UserRec => {
    const user = upn ? ctx.store.byTag('user', upn.toLowerCase(), userRec)[0] : undefined;
    if (!user)
      throw new OAuthError(
        400,
        'invalid_grant',
        50034,
        `The user account ${upn ?? ''} does not exist in the tenant directory.`,
      );
    return user;
  };

  const confidentialClient = (form: TokenForm, basic: string | undefined): SandboxApp => {
    let id = form.client_id;
    let secret = form.client_secret;
    const m = /^Basic\s+(.+)$/i.exec(basic ?? '');
    if (m?.[1]) [id, secret] = Buffer.from(m[1], 'base64').toString().split(':');
    const client = ctx.apps.find((a) => a.clientId === id);
    if (!client)
      throw new OAuthError(
        400,
        'unauthorized_client',
        700016,
        `Application with identifier '${id ?? ''}' was not found in the directory.`,
      );
    if (client.clientSecret !== secret)
      throw new OAuthError(401, 'invalid_client', 7000215, 'Invalid client secret provided.');
    return client;
  };

  const userToken = async (user: UserRec, scope: string, clientId: string, nonce?: string) => {
    const { aud, scopes } = resolveScopes(scope);
    const now = ctx.tokenNow();
    const base = {
      iss: ctx.issuer(),
      tid: TENANT_ID,
      oid: user.id,
      name: user.displayName,
      preferred_username: user.userPrincipalName,
    };
    const access_token = await mint(
      ctx.keys,
      {
        ...base,
        aud,
        sub: guidFor(`sub:${user.id}:${clientId}`),
        upn: user.userPrincipalName,
        scp: scopes.join(' '),
        azp: clientId,
        azpacr: '0',
        idtyp: 'user',
      },
      now,
    );
    const wantsId = scope.split(/\s+/).includes('openid');
    const id_token = wantsId
      ? await mint(
          ctx.keys,
          { ...base, aud: clientId, sub: guidFor(`sub:${user.id}:${clientId}`), ...(nonce ? { nonce } : {}) },
          now,
        )
      : undefined;
    const prefix = aud === GRAPH ? `${GRAPH}/` : `${MUS_API_AUDIENCE}/`;
    return {
      token_type: 'Bearer',
      scope: scopes.map((s) => prefix + s).join(' '),
      expires_in: TOKEN_SECONDS,
      ext_expires_in: TOKEN_SECONDS,
      access_token,
      ...(id_token ? { id_token } : {}),
    };
  };

  const grants: Record<string, (form: TokenForm, basic: string | undefined) => Promise<object>> = {
    password: async (form) =>
      userToken(findUser(form.username), form.scope ?? '', form.client_id ?? 'sandbox-client'),
    authorization_code: async (form) => {
      const grant = codes.get(form.code ?? '');
      codes.delete(form.code ?? '');
      if (!grant || grant.expires < Date.now() || grant.redirectUri !== form.redirect_uri) {
        throw new OAuthError(
          400,
          'invalid_grant',
          70008,
          'The provided authorization code or refresh token has expired or is invalid.',
        );
      }
      if (grant.challenge) {
        const digest = createHash('sha256')
          .update(form.code_verifier ?? '')
          .digest('base64url');
        if (digest !== grant.challenge)
          throw new OAuthError(
            400,
            'invalid_grant',
            501481,
            'The Code_Verifier does not match the code_challenge supplied in the authorization request.',
          );
      }
      return userToken(findUser(grant.upn), form.scope ?? grant.scope, grant.clientId, grant.nonce);
    },
    client_credentials: async (form, basic) => {
      const client = confidentialClient(form, basic);
      const scope = form.scope ?? '';
      if (!scope.endsWith('/.default'))
        throw new OAuthError(
          400,
          'invalid_scope',
          1002012,
          `The provided value for scope ${scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`,
        );
      const { aud } = resolveScopes(scope);
      const oid = guidFor(`sp:${client.clientId}`);
      const access_token = await mint(
        ctx.keys,
        {
          iss: ctx.issuer(),
          aud,
          tid: TENANT_ID,
          oid,
          sub: oid,
          azp: client.clientId,
          azpacr: '1',
          idtyp: 'app',
          roles: client.roles,
          app_displayname: client.displayName,
        },
        ctx.tokenNow(),
      );
      return { token_type: 'Bearer', expires_in: TOKEN_SECONDS, ext_expires_in: TOKEN_SECONDS, access_token };
    },
    'urn:ietf:params:oauth:grant-type:jwt-bearer': async (form, basic) => {
      const client = confidentialClient(form, basic);
      const checked = await verify(
        ctx.keys,
        form.assertion ?? '',
        ctx.issuer(),
        [MUS_API_AUDIENCE],
        ctx.tokenNow(),
      );
      if (!checked.ok)
        throw new OAuthError(
          400,
          'invalid_grant',
          50013,
          `Assertion failed signature validation or audience check. ${checked.reason}`,
        );
      const user = ctx.store.get('user', checked.claims.oid, userRec);
      if (!user)
        throw new OAuthError(
          400,
          'invalid_grant',
          50034,
          'The user account does not exist in the tenant directory.',
        );
      return userToken(user, form.scope ?? `${GRAPH}/.default`, client.clientId);
    },
  };

  app.post('/oidc/token', async (req, reply) => {
    // As Entra's token endpoint: readable from single-page apps on other origins (the local host page).
    reply.header('access-control-allow-origin', '*');
    try {
      const form = formSchema.safeParse(req.body);
      if (!form.success)
        throw new OAuthError(
          400,
          'invalid_request',
          900144,
          "The request body must contain the following parameter: 'grant_type'.",
        );
      const grant = grants[form.data.grant_type];
      if (!grant)
        throw new OAuthError(
          400,
          'unsupported_grant_type',
          70003,
          `The app requested an unsupported grant type '${form.data.grant_type}'.`,
        );
      const basic = req.headers.authorization;
      return reply.header('cache-control', 'no-store').send(await grant(form.data, basic));
    } catch (e) {
      if (e instanceof OAuthError) return sendOAuthError(reply, e);
      throw e;
    }
  });

  registerOidcPages(app, ctx, codes);
}
