/**
 * Where the Graph access tokens come from: `openid-client` against the issuer's discovery document (Entra's
 * `https://login.microsoftonline.com/{tid}/v2.0` and the sandbox's `<sandbox>/oidc` alike). App-only tokens use
 * the client-credentials grant; user work uses on-behalf-of (the caller's api token exchanged with the
 * jwt-bearer grant, `requested_token_use=on_behalf_of`). Tokens are kept in a bounded LRU cache until shortly
 * before they expire; concurrent requests for the same token share one exchange (the cache's `fetch`).
 */
import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import * as oidc from 'openid-client';
import type { ServiceConfig } from '../config';
import type { FetchLike } from './middleware/terminal';

/** Supplies a bearer token for Graph. `invalidate` drops a cached token Graph refused. */
export interface TokenProvider {
  getToken(): Promise<string>;
  invalidate(): void;
}

/** The issuer refused an exchange (e.g. an expired or foreign api token in on-behalf-of). */
export class TokenError extends Error {
  override readonly name = 'TokenError';
  constructor(
    readonly status: number,
    readonly error: string,
    description: string,
  ) {
    super(`Token request failed (${status} ${error}): ${description}`);
  }
}

export const OBO_GRANT = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
/** Refresh this long before expiry (or at half the lifetime of short tokens). */
const EXPIRY_SKEW_MS = 5 * 60_000;
/** Users whose Graph token is kept; the least recently used goes first (a token is ~2 kB). */
const MAX_CACHED_TOKENS = 5_000;

type Grant = () => Promise<oidc.TokenEndpointResponse & oidc.TokenEndpointResponseHelpers>;

export interface TokenServiceOptions {
  readonly fetch?: FetchLike;
  /** Clock of the cache (ms); tests move it. */
  readonly now?: () => number;
  readonly maxCachedTokens?: number;
}

/** Mints and caches Graph tokens for the service: one app-only token, one OBO token per user. */
export class TokenService {
  private configuration: Promise<oidc.Configuration> | undefined;
  private readonly cache: LRUCache<string, string, Grant>;
  /** Token exchanges performed (cache misses), for tests and benchmarks. */
  exchanges = 0;

  constructor(
    private readonly config: ServiceConfig,
    private readonly options: TokenServiceOptions = {},
  ) {
    this.cache = new LRUCache<string, string, Grant>({
      max: options.maxCachedTokens ?? MAX_CACHED_TOKENS,
      ttl: EXPIRY_SKEW_MS,
      ttlResolution: 0,
      ...(options.now ? { perf: { now: options.now } } : {}),
      fetchMethod: async (_key, _stale, { options: entry, context: grant }) => {
        this.exchanges += 1;
        const token = await grant().catch(asTokenError);
        const lifetimeMs = (token.expiresIn() ?? 3600) * 1000;
        // At least 1 ms: a ttl of 0 would mean "forever" to the cache.
        entry.ttl = Math.max(lifetimeMs - EXPIRY_SKEW_MS, lifetimeMs / 2, 1);
        return token.access_token;
      },
    });
  }

  /** App-only (client credentials): the service's own access, e.g. to the MUS site. */
  appOnly(): TokenProvider {
    return this.provider('app', async () =>
      oidc.clientCredentialsGrant(await this.issuer(), { scope: this.config.graphScope }),
    );
  }

  /**
   * On behalf of the user whose api token is `assertion`. `userKey` (the validated object id) keys the cache,
   * so a renewed api token of the same user reuses the Graph token; without it the assertion's hash is used.
   */
  onBehalfOf(assertion: string, userKey?: string): TokenProvider {
    const key = `obo:${userKey ?? createHash('sha256').update(assertion).digest('hex')}`;
    return this.provider(key, async () =>
      oidc.genericGrantRequest(await this.issuer(), OBO_GRANT, {
        assertion,
        requested_token_use: 'on_behalf_of',
        scope: this.config.graphScope,
      }),
    );
  }

  private provider(key: string, grant: Grant): TokenProvider {
    return {
      getToken: async () => {
        const token = await this.cache.fetch(key, { context: grant });
        if (token === undefined) throw new TokenError(0, 'token_request_aborted', key);
        return token;
      },
      invalidate: () => this.cache.delete(key),
    };
  }

  /** The issuer's metadata, discovered once (again after a failure). Plain http only for the local sandbox. */
  private issuer(): Promise<oidc.Configuration> {
    const fetchImpl = this.options.fetch;
    const insecure = this.config.mode === 'sandbox' && this.config.issuer.startsWith('http:');
    this.configuration ??= oidc
      .discovery(new URL(this.config.issuer), this.config.clientId, this.config.clientSecret, undefined, {
        execute: insecure ? [oidc.allowInsecureRequests] : [],
        ...(fetchImpl ? { [oidc.customFetch]: issuerFetch(fetchImpl) } : {}),
      })
      .catch((error: unknown) => {
        this.configuration = undefined;
        return asTokenError(error);
      });
    return this.configuration;
  }
}

/** The injected fetch for the issuer's requests (their bodies are strings or bytes, both valid `BodyInit`s). */
function issuerFetch(fetchImpl: FetchLike): oidc.CustomFetch {
  return (url, options) => fetchImpl(url, { ...options, body: options.body as BodyInit | undefined });
}

/** The issuer's OAuth error (`invalid_grant`, …) as a {@link TokenError}; anything else unchanged. */
function asTokenError(error: unknown): never {
  if (error instanceof oidc.ResponseBodyError)
    throw new TokenError(error.status, error.error, error.error_description ?? '');
  throw error;
}
