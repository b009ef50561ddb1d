/**
 * POST /$batch: at most 20 requests, `dependsOn`, one response per id. Inner requests run through the same
 * routes, auth and fault injection (via fastify.inject); a request whose dependency failed gets 424; more
 * than `mailboxConcurrency` simultaneous Outlook requests for one mailbox get 429 as Exchange answers.
 */
import type { FastifyInstance } from 'fastify';
import { authenticate } from './auth';
import type { Ctx } from './context';
import { header, INNER_HEADER, parseBody, sendJson } from './context';
import { badRequest, errorBody } from './errors';
import { batchRequest } from './schemas';

const MAX_REQUESTS = 20;
const KEEP_HEADERS = [
  'content-type',
  'location',
  'retry-after',
  'etag',
  'odata-version',
  'preference-applied',
  'ratelimit-limit',
  'ratelimit-remaining',
  'ratelimit-reset',
];

interface InnerResponse {
  id: string;
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

/** The mailbox an Outlook request works on (`me` or a user id), or undefined for other workloads. */
function mailboxOf(url: string): string | undefined {
  const m = /^\/?(me|users\/[^/?]+)\/(events|calendar|calendarView|onlineMeetings)/i.exec(url);
  return m?.[1]?.toLowerCase();
}

export function registerBatch(
  app: FastifyInstance,
  ctx: Ctx,
  innerMark: (parentId: string) => string,
  mailboxConcurrency: number,
): void {
  app.post('/v1.0/$batch', async (req, reply) => {
    if (header(req, INNER_HEADER)) throw badRequest('A batch request cannot contain another batch request.');
    await authenticate(ctx, req);
    const { requests } = parseBody(batchRequest, req.body, 'microsoft.graph.batchRequest');
    if (requests.length === 0)
      throw badRequest('Invalid batch payload format: at least one request is required.', 'invalidRequest');
    if (requests.length > MAX_REQUESTS) {
      throw badRequest(
        `The number of batch requests (${requests.length}) exceeds the limit of ${MAX_REQUESTS}.`,
        'BadRequest',
      );
    }
    const ids = new Set<string>();
    for (const r of requests) {
      if (ids.has(r.id))
        throw badRequest(`Request id '${r.id}' is not unique within the batch.`, 'BadRequest');
      ids.add(r.id);
    }
    const byId = new Map(requests.map((r) => [r.id, r]));
    for (const r of requests) {
      for (const d of r.dependsOn ?? []) {
        if (!byId.has(d) || d === r.id)
          throw badRequest(`Request '${r.id}' depends on unknown request '${d}'.`, 'BadRequest');
      }
      if (
        r.body !== undefined &&
        !Object.keys(r.headers ?? {}).some((h) => h.toLowerCase() === 'content-type')
      ) {
        throw badRequest(
          `Request '${r.id}': a Content-Type header is required when a body is present.`,
          'BadRequest',
        );
      }
    }
    const visiting = new Set<string>();
    const checkCycle = (id: string, seen: Set<string>): void => {
      if (seen.has(id)) throw badRequest('Batch requests contain a dependency cycle.', 'BadRequest');
      for (const d of byId.get(id)?.dependsOn ?? []) checkCycle(d, new Set([...seen, id]));
    };
    for (const r of requests) checkCycle(r.id, visiting);

    const inFlight = new Map<string, number>();
    const results = new Map<string, Promise<InnerResponse>>();
    const run = (id: string): Promise<InnerResponse> => {
      const existing = results.get(id);
      if (existing) return existing;
      const r = byId.get(id);
      if (!r) throw new Error('unreachable');
      const promise = (async (): Promise<InnerResponse> => {
        const deps = await Promise.all((r.dependsOn ?? []).map(run));
        if (deps.some((d) => d.status >= 400)) {
          return {
            id,
            status: 424,
            headers: { 'content-type': 'application/json' },
            body: errorBody('FailedDependency', 'Failed dependency.'),
          };
        }
        if (/^https?:/i.test(r.url)) {
          return {
            id,
            status: 400,
            headers: { 'content-type': 'application/json' },
            body: errorBody('BadRequest', 'Invalid request URL: batch URLs must be relative.'),
          };
        }
        const mailbox = mailboxOf(r.url);
        if (mailbox && mailboxConcurrency > 0 && (inFlight.get(mailbox) ?? 0) >= mailboxConcurrency) {
          return {
            id,
            status: 429,
            headers: { 'content-type': 'application/json', 'retry-after': '1' },
            body: errorBody('ApplicationThrottled', 'Application is over its MailboxConcurrency limit.'),
          };
        }
        if (mailbox) inFlight.set(mailbox, (inFlight.get(mailbox) ?? 0) + 1);
        try {
          const headers: Record<string, string> = { ...(r.headers ?? {}), [INNER_HEADER]: innerMark(req.id) };
          const auth = header(req, 'authorization');
          if (auth) headers.authorization = auth;
          const contentType =
            Object.entries(r.headers ?? {}).find(([k]) => k.toLowerCase() === 'content-type')?.[1] ?? '';
          const payload =
            r.body === undefined
              ? undefined
              : /json/i.test(contentType)
                ? JSON.stringify(r.body)
                : Buffer.from(String(r.body), 'base64');
          const res = await app.inject({
            method: r.method,
            url: `/v1.0${r.url.startsWith('/') ? '' : '/'}${r.url}`,
            headers,
            ...(payload !== undefined ? { payload } : {}),
          });
          const outHeaders: Record<string, string> = {};
          for (const k of KEEP_HEADERS) {
            const v = res.headers[k];
            if (v !== undefined) outHeaders[k] = String(v);
          }
          let body: unknown;
          if (res.rawPayload.length > 0) {
            body = /json/i.test(String(res.headers['content-type'] ?? ''))
              ? JSON.parse(res.payload)
              : res.rawPayload.toString('base64');
          }
          return { id, status: res.statusCode, headers: outHeaders, ...(body !== undefined ? { body } : {}) };
        } finally {
          if (mailbox) inFlight.set(mailbox, (inFlight.get(mailbox) ?? 1) - 1);
        }
      })();
      results.set(id, promise);
      return promise;
    };
    const responses = await Promise.all(requests.map((r) => run(r.id)));
    return sendJson(reply, 200, { responses });
  });
}
