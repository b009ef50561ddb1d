/**
 * The `send` stage: the HTTP terminal. It performs the request with a `fetch` (global by default) and gives up
 * on one attempt after `timeoutMs` (`AbortSignal.timeout`), so a Graph call that hangs cannot hold a request
 * of the service forever; the failure reaches the caller like any other network error.
 */
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';

export type FetchLike = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

/** Longest wait for one HTTP attempt to Graph (Graph itself gives up on a request after about 30 s). */
export const GRAPH_ATTEMPT_TIMEOUT_MS = 30_000;

export class FetchTerminal implements Middleware {
  constructor(
    private readonly fetchImpl: FetchLike = (input, init) => fetch(input, init),
    private readonly timeoutMs: number = GRAPH_ATTEMPT_TIMEOUT_MS,
  ) {}

  async execute(context: Context): Promise<void> {
    const init = (context.options ?? {}) as RequestInit;
    const timeout = AbortSignal.timeout(this.timeoutMs);
    const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    context.response = await this.fetchImpl(context.request, { ...init, signal });
  }
}
