/**
 * The one Graph client factory. Every client is `Client.initWithMiddleware` over the same chain
 * (token → retry → log → send); only the token source differs: on-behalf-of a user, or app-only. The base
 * URL comes from the settings, so Entra's Graph and the sandbox run the same code.
 */
import { Client, GraphError } from '@microsoft/microsoft-graph-client';
import type { ServiceConfig } from '../config';
import type { GraphStages } from './middleware/chain';
import { linkStages } from './middleware/chain';
import type { GraphLogger } from './middleware/logging';
import { GraphStats, LoggingMiddleware } from './middleware/logging';
import type { RetryOptions } from './middleware/retry';
import { RetryMiddleware } from './middleware/retry';
import type { FetchLike } from './middleware/terminal';
import { FetchTerminal } from './middleware/terminal';
import { TokenMiddleware } from './middleware/token';
import type { TokenProvider } from './tokens';
import { TokenService } from './tokens';

export interface GraphPipelineOptions {
  /** Shared round-trip counter (a new one per client when omitted). */
  readonly stats?: GraphStats;
  readonly logger?: GraphLogger;
  readonly retry?: RetryOptions;
  /** The fetch of the `send` stage (and of token exchanges in the factory). */
  readonly fetch?: FetchLike;
  /** Longest wait for one HTTP attempt of the `send` stage (default 30 s). */
  readonly timeoutMs?: number;
  /** Replace stages by name, e.g. `{ send: cannedTerminal }` in tests. */
  readonly stages?: Partial<GraphStages>;
}

export interface GraphClientOptions extends GraphPipelineOptions {
  /** Graph root including the version, e.g. https://graph.microsoft.com/v1.0. */
  readonly baseUrl: string;
  readonly tokens: TokenProvider;
}

/** A Graph client plus the facts the helpers need: its base URL and its round-trip counter. */
export interface GraphConnection {
  readonly client: Client;
  readonly baseUrl: string;
  readonly stats: GraphStats;
}

export function createGraphClient(options: GraphClientOptions): GraphConnection {
  const stats = options.stats ?? new GraphStats();
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const cut = baseUrl.lastIndexOf('/');
  const stages: GraphStages = {
    token: options.stages?.token ?? new TokenMiddleware(options.tokens),
    retry: options.stages?.retry ?? new RetryMiddleware(options.retry),
    log: options.stages?.log ?? new LoggingMiddleware(stats, options.logger),
    send: options.stages?.send ?? new FetchTerminal(options.fetch, options.timeoutMs),
  };
  const client = Client.initWithMiddleware({
    baseUrl: `${baseUrl.slice(0, cut)}/`,
    defaultVersion: baseUrl.slice(cut + 1),
    middleware: linkStages(stages),
  });
  return { client, baseUrl, stats };
}

/** Makes clients for the service from its settings: one per user (OBO) and one app-only. */
export interface GraphClientFactory {
  /** Graph on behalf of the caller whose (validated) api token is `apiToken`; `userOid` keys the token cache. */
  forUser(apiToken: string, userOid?: string): GraphConnection;
  /** Graph as the service itself (client credentials), e.g. for the MUS site. */
  app(): GraphConnection;
  readonly tokens: TokenService;
  readonly stats: GraphStats;
}

export function createGraphClientFactory(
  config: ServiceConfig,
  options: GraphPipelineOptions & { readonly tokenFetch?: FetchLike; readonly now?: () => number } = {},
): GraphClientFactory {
  const stats = options.stats ?? new GraphStats();
  const tokens = new TokenService(config, { fetch: options.tokenFetch ?? options.fetch, now: options.now });
  const make = (provider: TokenProvider): GraphConnection =>
    createGraphClient({ ...options, stats, baseUrl: config.graphBaseUrl, tokens: provider });
  const appConnection = make(tokens.appOnly());
  return {
    forUser: (apiToken, userOid) => make(tokens.onBehalfOf(apiToken, userOid)),
    app: () => appConnection,
    tokens,
    stats,
  };
}

/** Graph's status and error code of a failed call, if it was one. */
export function graphFailure(error: unknown): { status: number; code: string; message: string } | undefined {
  if (!(error instanceof GraphError)) return undefined;
  return { status: error.statusCode, code: error.code ?? '', message: error.message };
}

/** Turns an absolute `@odata.nextLink` into a path the client accepts (it only strips https:// hosts). */
export function relativeGraphPath(baseUrl: string, link: string): string {
  if (link.startsWith(baseUrl)) return link.slice(baseUrl.length) || '/';
  const url = new URL(link);
  const base = new URL(baseUrl);
  const path = url.pathname.startsWith(base.pathname)
    ? url.pathname.slice(base.pathname.length)
    : url.pathname;
  return `${path}${url.search}`;
}

/** Encodes an OData query value (e.g. a `$filter`) for a path given to the client, which does not encode. */
export function odataQuery(params: Record<string, string | number | undefined>): string {
  const parts = Object.entries(params)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`);
  return parts.length ? `?${parts.join('&')}` : '';
}
