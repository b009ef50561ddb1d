import { z } from 'zod';
import type { Me, MusApiPort, MusApiResult } from '../../application/ports/MusApiPort';

/** The part of a fetch `Response` the adapter reads. */
export type HttpResponse = Pick<Response, 'status' | 'ok' | 'json'>;

/** The fetch the adapter needs: the page's `fetch` fits; tests plug in a small fake here. */
export type HttpFetch = (url: string, init: RequestInit) => Promise<HttpResponse>;

/** Options for the fetch adapter of the MUS API. */
export interface MusApiOptions {
  /** Where the service is: the page's own origin (the service serves both the pages and `/api`). */
  readonly baseUrl: string;
  /** The fetch to use; the page's by default. Tests plug in here. */
  readonly fetch?: HttpFetch;
  /** How long to wait for an answer before calling the service unreachable. */
  readonly timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 15_000;

const personSchema = z.object({ id: z.string().min(1), displayName: z.string() });
/** `/api/me` as the service sends it; everything is checked, nothing is assumed. */
const meSchema = z.object({
  id: z.string().min(1),
  displayName: z.string(),
  roles: z.object({ employee: z.boolean(), leader: z.boolean(), hr: z.boolean() }),
  leader: personSchema.nullable(),
  reports: z.array(personSchema),
});

/**
 * The fetch implementation of {@link MusApiPort}. Each call: bearer token, `Accept: application/json`, a
 * timeout; the status is mapped to a failure reason and a 200 body is validated with zod.
 */
export function createMusApi(options: MusApiOptions): MusApiPort {
  const doFetch: HttpFetch = options.fetch ?? ((url, init) => globalThis.fetch(url, init));
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  async function getJson<T>(path: string, token: string, schema: z.ZodType<T>): Promise<MusApiResult<T>> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    let response: HttpResponse;
    try {
      response = await doFetch(new URL(path, options.baseUrl).href, {
        headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
        signal: controller.signal,
      });
    } catch {
      return { ok: false, reason: 'unreachable' };
    } finally {
      clearTimeout(timer);
    }
    if (response.status === 401 || response.status === 403)
      return { ok: false, reason: 'unauthorized', status: response.status };
    if (!response.ok) return { ok: false, reason: 'unavailable', status: response.status };
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      return { ok: false, reason: 'invalidResponse', status: response.status };
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) return { ok: false, reason: 'invalidResponse', status: response.status };
    return { ok: true, value: parsed.data };
  }

  return {
    me: (token) => getJson<Me>('/api/me', token, meSchema),
  };
}
