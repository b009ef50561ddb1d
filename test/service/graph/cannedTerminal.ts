/**
 * A `send` stage for tests: answers with canned Responses from a handler and records every request, so the
 * real token, retry and log stages run in front of it.
 */
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { createGraphClient } from '../../../src/service/graph/client';
import type { GraphLogEntry } from '../../../src/service/graph/middleware/logging';
import type { TokenProvider } from '../../../src/service/graph/tokens';

export interface SeenRequest {
  readonly method: string;
  readonly url: string;
  readonly path: string;
  readonly headers: Headers;
  readonly body: unknown;
}

export type CannedHandler = (request: SeenRequest, index: number) => Response | Promise<Response>;

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

export class CannedTerminal implements Middleware {
  readonly seen: SeenRequest[] = [];
  constructor(private readonly handler: CannedHandler) {}

  async execute(context: Context): Promise<void> {
    const request = new Request(context.request, context.options as RequestInit);
    const text = await request.text();
    const url = new URL(request.url);
    const seen: SeenRequest = {
      method: request.method,
      url: request.url,
      path: decodeURIComponent(url.pathname + url.search),
      headers: request.headers,
      body: text ? JSON.parse(text) : undefined,
    };
    this.seen.push(seen);
    context.response = await this.handler(seen, this.seen.length - 1);
  }
}

export const BASE_URL = 'https://graph.example.test/v1.0';

export function staticTokens(...tokens: string[]): TokenProvider & { invalidations: number } {
  let i = 0;
  const provider = {
    invalidations: 0,
    getToken: async () => tokens[Math.min(i, tokens.length - 1)] ?? 'token',
    invalidate: () => {
      i += 1;
      provider.invalidations += 1;
    },
  };
  return provider;
}

/** A Graph connection whose `send` stage is canned; no real waiting in the retry stage. */
export function cannedConnection(handler: CannedHandler, tokens: TokenProvider = staticTokens('token-1')) {
  const terminal = new CannedTerminal(handler);
  const log: GraphLogEntry[] = [];
  const sleeps: number[] = [];
  const connection = createGraphClient({
    baseUrl: BASE_URL,
    tokens,
    logger: (entry) => log.push(entry),
    retry: {
      sleep: async (ms) => {
        sleeps.push(ms);
      },
    },
    stages: { send: terminal },
  });
  return { connection, terminal, log, sleeps };
}
