/** The `send` stage: the HTTP terminal. It performs the request with a `fetch` (global by default). */
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';

export type FetchLike = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

export class FetchTerminal implements Middleware {
  constructor(private readonly fetchImpl: FetchLike = (input, init) => fetch(input, init)) {}

  async execute(context: Context): Promise<void> {
    context.response = await this.fetchImpl(context.request, context.options as RequestInit | undefined);
  }
}
