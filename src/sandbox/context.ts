/** What every route module is given: the store, keys, apps, the clocks and the sandbox's own address. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { SandboxApp } from './config';
import { badRequest, GraphError } from './errors';
import type { UserRec } from './records';
import type { Store } from './store';
import type { Keys } from './tokens';

export interface Principal {
  kind: 'user' | 'app';
  /** The user's object id, or the service principal's for app-only. */
  oid: string;
  appId: string;
  user: UserRec | undefined;
  scopes: Set<string>;
  roles: Set<string>;
  token: string;
}

export interface Ctx {
  store: Store;
  keys: Keys;
  apps: SandboxApp[];
  /** The organisation's time: the movable clock (`clock.ts`). */
  now(): Date;
  /** Real time, for minting and checking tokens (the MUS service and MSAL check them on real time). */
  tokenNow(): Date;
  /** e.g. http://localhost:53100 */
  baseUrl(): string;
  issuer(): string;
  principals: WeakMap<FastifyRequest, Principal>;
  rawBodies: WeakMap<FastifyRequest, Buffer>;
  /** Called after a reset re-seeded the store. */
  onReset: (() => void)[];
}

/** The first value of a query parameter (`$top` or `top`, as Graph accepts both). */
export function query(req: FastifyRequest, name: string): string | undefined {
  const q: unknown = req.query;
  if (typeof q !== 'object' || q === null) return undefined;
  const rec: Record<string, unknown> = { ...q };
  const v = rec[`$${name}`] ?? rec[name];
  if (Array.isArray(v)) return typeof v[0] === 'string' ? v[0] : undefined;
  return typeof v === 'string' ? v : undefined;
}

export function param(req: FastifyRequest, name: string): string {
  const p: unknown = req.params;
  if (typeof p === 'object' && p !== null) {
    const v: unknown = { ...p }[name as keyof typeof p];
    if (typeof v === 'string') return v;
  }
  throw badRequest(`Missing segment '${name}'.`);
}

export function header(req: FastifyRequest, name: string): string | undefined {
  const v = req.headers[name.toLowerCase()];
  return Array.isArray(v) ? v[0] : v;
}

/** Parses a request body with a zod schema; malformed bodies get Graph's 400. */
export function parseBody<T>(schema: z.ZodType<T>, body: unknown, typeName: string): T {
  if (body === undefined || body === null || body === '') {
    throw badRequest('Empty Payload. JSON content expected.');
  }
  const r = schema.safeParse(body);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  if (issue?.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    throw new GraphError(
      400,
      'RequestBodyRead',
      `The property '${key}' does not exist on type '${typeName}'. Make sure to only use property names that are defined by the type or mark the type as open type.`,
    );
  }
  const where = issue?.path.join('.') || 'body';
  throw new GraphError(
    400,
    'BadRequest',
    `Invalid value for '${where}' on type '${typeName}': ${issue?.message ?? 'invalid'}.`,
  );
}

export function sendJson(reply: FastifyReply, status: number, body: unknown): FastifyReply {
  return reply
    .code(status)
    .header('content-type', 'application/json; odata.metadata=minimal; charset=utf-8')
    .send(JSON.stringify(body));
}

/** Paging by offset with `@odata.nextLink` carrying the other query parameters. */
export function page<T>(
  req: FastifyRequest,
  ctx: Ctx,
  all: T[],
  defaultTop: number,
  maxTop = 999,
): { value: T[]; nextLink: string | undefined } {
  const topText = query(req, 'top');
  const top = topText === undefined ? defaultTop : Number(topText);
  if (!Number.isInteger(top) || top < 1)
    throw badRequest(`Invalid value '${topText ?? ''}' for query parameter '$top'.`);
  const size = Math.min(top, maxTop);
  const skip = Number(query(req, 'skip') ?? '0') || 0;
  const value = all.slice(skip, skip + size);
  if (skip + size >= all.length) return { value, nextLink: undefined };
  const url = new URL(req.url, ctx.baseUrl());
  url.searchParams.delete('skip');
  url.searchParams.set('$skip', String(skip + size));
  return { value, nextLink: `${ctx.baseUrl()}${url.pathname}?${url.searchParams.toString()}` };
}

/** Marks the inner requests of a $batch (value: a per-sandbox secret and the outer request id). */
export const INNER_HEADER = 'x-sandbox-batch-parent';
