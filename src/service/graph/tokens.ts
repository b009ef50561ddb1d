/**
 * Where the Graph access tokens come from: the issuer's token endpoint (read from its OpenID discovery
 * document, for Entra and the sandbox alike). App-only tokens use the client-credentials grant; user work
 * uses on-behalf-of (the caller's api token exchanged with the jwt-bearer grant). Tokens are cached until
 * shortly before they expire; concurrent requests for the same token share one exchange.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
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

const discoverySchema = z.object({ issuer: z.string(), token_endpoint: z.url() });
const tokenSchema = z.object({
  access_token: z.string().min(1),
  expires_in: z.coerce.number().positive().optional(),
});
const tokenErrorSchema = z.object({ error: z.string(), error_description: z.string().optional() });

export const OBO_GRANT = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
/** Refresh this long before expiry (or at half the lifetime of short tokens). */
const EXPIRY_SKEW_MS = 5 * 60_000;

/** The issuer's token endpoint, from `<issuer>/.well-known/openid-configuration`, fetched once. */
export class OidcDiscovery {
  private endpoint: Promise<string> | undefined;

  constructor(
    private readonly issuer: string,
    private readonly fetchImpl: FetchLike = (input, init) => fetch(input, init),
  ) {}

  tokenEndpoint(): Promise<string> {
    this.endpoint ??= this.load().catch((error: unknown) => {
      this.endpoint = undefined;
      throw error;
    });
    return this.endpoint;
  }

  private async load(): Promise<string> {
    const response = await this.fetchImpl(`${this.issuer}/.well-known/openid-configuration`);
    if (!response.ok)
      throw new TokenError(response.status, 'discovery_failed', `GET discovery of ${this.issuer}`);
    return discoverySchema.parse(await response.json()).token_endpoint;
  }
}

interface CachedToken {
  readonly token: string;
  readonly refreshAt: number;
}

export interface TokenServiceOptions {
  readonly fetch?: FetchLike;
  readonly now?: () => number;
}

/** Mints and caches Graph tokens for the service: one app-only token, one OBO token per user. */
export class TokenService {
  private readonly discovery: OidcDiscovery;
  private readonly fetchImpl: FetchLike;
  private readonly now: () => number;
  private readonly cache = new Map<string, Promise<CachedToken>>();
  /** Token exchanges performed (cache misses), for tests and benchmarks. */
  exchanges = 0;

  constructor(
    private readonly config: ServiceConfig,
    options: TokenServiceOptions = {},
  ) {
    this.fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
    this.now = options.now ?? Date.now;
    this.discovery = new OidcDiscovery(config.issuer, this.fetchImpl);
  }

  /** App-only (client credentials): the service's own access, e.g. to the MUS site. */
  appOnly(): TokenProvider {
    return this.provider('app', { grant_type: 'client_credentials' });
  }

  /**
   * On behalf of the user whose api token is `assertion`. `userKey` (the validated object id) keys the cache,
   * so a renewed api token of the same user reuses the Graph token; without it the assertion's hash is used.
   */
  onBehalfOf(assertion: string, userKey?: string): TokenProvider {
    const key = `obo:${userKey ?? createHash('sha256').update(assertion).digest('hex')}`;
    return this.provider(key, { grant_type: OBO_GRANT, assertion, requested_token_use: 'on_behalf_of' });
  }

  private provider(key: string, grant: Record<string, string>): TokenProvider {
    return {
      getToken: async () => (await this.cached(key, grant)).token,
      invalidate: () => this.cache.delete(key),
    };
  }

  private async cached(key: string, grant: Record<string, string>): Promise<CachedToken> {
    const existing = this.cache.get(key);
    if (existing) {
      const token = await existing.catch(() => undefined);
      if (token && token.refreshAt > this.now()) return token;
      if (this.cache.get(key) === existing) this.cache.delete(key);
    }
    const fresh = this.exchange(grant);
    this.cache.set(key, fresh);
    fresh.catch(() => {
      if (this.cache.get(key) === fresh) this.cache.delete(key);
    });
    return fresh;
  }

  private async exchange(grant: Record<string, string>): Promise<CachedToken> {
    this.exchanges += 1;
    const body = new URLSearchParams({
      ...grant,
      client_id: this.config.clientId,
      client_secret: this.config.clientSecret,
      scope: this.config.graphScope,
    });
    const response = await this.fetchImpl(await this.discovery.tokenEndpoint(), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body,
    });
    const json: unknown = await response.json().catch(() => ({}));
    if (!response.ok) {
      const err = tokenErrorSchema.safeParse(json);
      throw new TokenError(
        response.status,
        err.success ? err.data.error : 'token_request_failed',
        err.success ? (err.data.error_description ?? '') : '',
      );
    }
    const token = tokenSchema.parse(json);
    const lifetimeMs = (token.expires_in ?? 3600) * 1000;
    const refreshAt = this.now() + Math.max(lifetimeMs - EXPIRY_SKEW_MS, lifetimeMs / 2);
    return { token: token.access_token, refreshAt };
  }
}
