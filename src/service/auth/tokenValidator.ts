import { createRemoteJWKSet, decodeJwt, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { LRUCache } from 'lru-cache';
import { z } from 'zod';

/**
 * Access token validation, the same code for Entra and for the sandbox's `/oidc` issuer: only the settings
 * differ. Checks signature (through the issuer's JWKS, cached by jose and refetched on an unknown `kid`),
 * issuer, tenant (`tid`), audience, expiry and not-before with a small clock skew, and the delegated scope.
 * In Entra the issuer is the v2.0 one (`https://login.microsoftonline.com/{tid}/v2.0`); a v1.0 token (issuer
 * `https://sts.windows.net/{tid}/`, sent when the Entra app still has `accessTokenAcceptedVersion` 1 or null)
 * is refused with a message that says which setting to change.
 */
export interface AuthSettings {
  /** Expected `iss`, e.g. `https://login.microsoftonline.com/{tid}/v2.0` or `{sandbox}/oidc`. */
  readonly issuer: string;
  /** The JWKS address of the issuer. */
  readonly jwksUri: string;
  /** Accepted `aud` values: `api://mus` on the embedded default; in Entra also the app's client id. */
  readonly audiences: readonly string[];
  /** Expected `tid` (directory id). */
  readonly tenantId: string;
  /** The delegated scope every call needs (`access_as_user`). */
  readonly requiredScope: string;
  /** Allowed clock skew in seconds (default 60). */
  readonly clockToleranceSeconds?: number;
  /** Least time between two JWKS fetches on unknown key ids (default 30 s; jose's cooldown). */
  readonly jwksCooldownMs?: number;
}

/** Who is calling, from a validated token. The raw token is kept for on-behalf-of calls. */
export interface Caller {
  readonly userId: string;
  readonly tenantId: string;
  readonly name: string;
  readonly token: string;
}

/** The issuer of Entra's v1.0 access tokens. */
const V1_ISSUER = /^https:\/\/sts\.windows\.net\/[^/]+\/$/;
export const V1_TOKEN_MESSAGE =
  'This is a v1.0 access token (issuer https://sts.windows.net/{tenant}/). Set "accessTokenAcceptedVersion": 2 ' +
  '(api.requestedAccessTokenVersion in aad.manifest.json) on the Entra app, so Entra issues v2.0 tokens.';

/** The unverified `iss` of a token, only to explain a refusal (never to accept one). */
function unverifiedIssuer(token: string): string | undefined {
  try {
    const { iss } = decodeJwt(token);
    return typeof iss === 'string' ? iss : undefined;
  } catch {
    return undefined;
  }
}

export type TokenFailure = 'token_missing' | 'token_invalid' | 'token_expired' | 'insufficient_scope';

export class TokenError extends Error {
  constructor(
    readonly code: TokenFailure,
    detail: string,
  ) {
    super(detail);
    this.name = 'TokenError';
  }
}

const claimsSchema = z.object({
  oid: z.string().min(1).max(100),
  tid: z.string().min(1).max(100),
  scp: z.string().max(2000).optional(),
  name: z.string().max(300).optional(),
  preferred_username: z.string().max(300).optional(),
});

const lifetimeSchema = z.object({ exp: z.number(), nbf: z.number().optional() });
/** How long a verified token skips the signature check (its lifetime is still checked on every use). */
const VERIFIED_MS = 5 * 60_000;
const VERIFIED_MAX = 10_000;

export interface TokenValidator {
  validate(authorization: string | undefined): Promise<Caller>;
}

/** Builds a validator; pass `keys` to use a key source other than the remote JWKS (tests). */
export function createTokenValidator(settings: AuthSettings, keys?: JWTVerifyGetKey): TokenValidator {
  const jwks =
    keys ??
    createRemoteJWKSet(new URL(settings.jwksUri), {
      cacheMaxAge: 10 * 60_000,
      cooldownDuration: settings.jwksCooldownMs ?? 30_000,
    });
  const clockTolerance = settings.clockToleranceSeconds ?? 60;
  /**
   * Tokens that passed every check, so a client's next calls skip the signature check. Only the lifetime
   * depends on the clock, and it is checked again on every use; an entry is trusted for at most
   * {@link VERIFIED_MS} (the JWKS itself is cached for 10 minutes, so a withdrawn key is not honoured longer).
   * At most {@link VERIFIED_MAX} tokens, the least recently used dropped first.
   */
  const verified = new LRUCache<string, { caller: Caller; exp: number; nbf: number; until: number }>({
    max: VERIFIED_MAX,
  });

  return {
    async validate(authorization) {
      const match = /^Bearer ([A-Za-z0-9\-_]+\.[A-Za-z0-9\-_]+\.[A-Za-z0-9\-_]+)$/.exec(
        authorization?.trim() ?? '',
      );
      if (!authorization) throw new TokenError('token_missing', 'No Authorization header');
      if (!match?.[1]) throw new TokenError('token_invalid', 'Authorization must be "Bearer <jwt>"');
      const token = match[1];
      const known = verified.get(token);
      const nowMs = Date.now();
      if (known && known.until > nowMs) {
        const seconds = Math.floor(nowMs / 1000);
        if (known.exp <= seconds - clockTolerance) throw new TokenError('token_expired', 'Token expired');
        if (known.nbf > seconds + clockTolerance)
          throw new TokenError('token_invalid', 'Claim "nbf" rejected');
        return known.caller;
      }
      let payload: unknown;
      try {
        ({ payload } = await jwtVerify(token, jwks, {
          issuer: settings.issuer,
          audience: [...settings.audiences],
          clockTolerance,
          algorithms: ['RS256'],
          requiredClaims: ['exp', 'iat'],
        }));
      } catch (error) {
        if (error instanceof errors.JWTExpired) throw new TokenError('token_expired', 'Token expired');
        if (error instanceof errors.JWTClaimValidationFailed) {
          const v1 = error.claim === 'iss' && V1_ISSUER.test(unverifiedIssuer(token) ?? '');
          throw new TokenError('token_invalid', v1 ? V1_TOKEN_MESSAGE : `Claim "${error.claim}" rejected`);
        }
        if (error instanceof errors.JWKSTimeout) throw error;
        if (error instanceof errors.JOSEError) throw new TokenError('token_invalid', error.code);
        throw error;
      }
      const claims = claimsSchema.safeParse(payload);
      if (!claims.success) throw new TokenError('token_invalid', 'Token lacks oid or tid');
      if (claims.data.tid !== settings.tenantId)
        throw new TokenError('token_invalid', 'Token of another tenant');
      const scopes = (claims.data.scp ?? '').split(' ');
      if (!scopes.includes(settings.requiredScope))
        throw new TokenError('insufficient_scope', `Scope ${settings.requiredScope} missing`);
      const caller: Caller = {
        userId: claims.data.oid,
        tenantId: claims.data.tid,
        name: claims.data.name ?? claims.data.preferred_username ?? claims.data.oid,
        token,
      };
      const lifetime = lifetimeSchema.safeParse(payload);
      if (lifetime.success) {
        const { exp, nbf } = lifetime.data;
        verified.set(token, { caller, exp, nbf: nbf ?? -Infinity, until: nowMs + VERIFIED_MS });
      }
      return caller;
    },
  };
}
