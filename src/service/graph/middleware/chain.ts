/**
 * The Graph middleware chain, pnpjs-style: small plug-ins at named stages. Every Graph call passes
 * token → retry → log → send, in that order. A caller (or a test) swaps a stage by name — e.g. a test plugs a
 * canned-response terminal in at `send` — and the rest of the chain stays the real code.
 */
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';

export const GRAPH_STAGES = ['token', 'retry', 'log', 'send'] as const;
export type GraphStage = (typeof GRAPH_STAGES)[number];
export type GraphStages = Record<GraphStage, Middleware>;

/** Base for a plug-in that hands the context on to the next stage. */
export abstract class ChainedMiddleware implements Middleware {
  private nextMiddleware: Middleware | undefined;

  setNext(middleware: Middleware): void {
    this.nextMiddleware = middleware;
  }

  protected async next(context: Context): Promise<void> {
    if (!this.nextMiddleware) throw new Error(`${this.constructor.name} has no next stage`);
    await this.nextMiddleware.execute(context);
  }

  abstract execute(context: Context): Promise<void>;
}

/** Links the stages in their fixed order and returns the head of the chain. */
export function linkStages(stages: GraphStages): Middleware[] {
  const ordered = GRAPH_STAGES.map((stage) => stages[stage]);
  ordered.forEach((middleware, i) => {
    const following = ordered[i + 1];
    if (following) {
      if (!middleware.setNext) throw new Error(`Graph stage '${GRAPH_STAGES[i]}' cannot hand on to the next`);
      middleware.setNext(following);
    }
  });
  return ordered;
}

/** The request's method and URL, whether the context holds a string or a Request. */
export function describeRequest(context: Context): { method: string; url: string } {
  const { request, options } = context;
  if (typeof request === 'string') return { method: (options?.method ?? 'GET').toUpperCase(), url: request };
  return { method: (options?.method ?? request.method).toUpperCase(), url: request.url };
}

/** Sets one request header, whatever form the graph-client gave the headers in. */
export function setRequestHeader(context: Context, name: string, value: string): void {
  const options = (context.options ??= {});
  const headers = options.headers;
  if (headers instanceof Headers) {
    headers.set(name, value);
  } else if (Array.isArray(headers)) {
    options.headers = [...headers.filter(([key]) => key.toLowerCase() !== name.toLowerCase()), [name, value]];
  } else {
    options.headers = { ...(headers ?? {}), [name]: value };
  }
}
