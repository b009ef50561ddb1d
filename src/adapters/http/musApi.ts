import createClient from 'openapi-fetch';
import type { MusApiPort, MusApiResult, MusProblem } from '../../application/ports/MusApiPort';
import type { paths } from '../../application/ports/musApi.generated';
import { conceptApi } from './conceptApi';
import { groupApi } from './groupApi';
import { hrApi } from './hrApi';

/** The fetch the adapter needs: the page's `fetch` fits; tests plug in a small fake here. */
export type HttpFetch = (request: Request) => Promise<Response>;

/** Options for the fetch adapter of the MUS API. */
export interface MusApiOptions {
  /** Where the service is: the page's own origin (the service serves both the pages and `/api`). */
  readonly baseUrl: string;
  /** The fetch to use; the page's by default. Tests plug in here. */
  readonly fetch?: HttpFetch;
  /** How long to wait for an answer before calling the service unreachable. */
  readonly timeoutMs?: number;
  /**
   * The same for HR's overview, figures and files, which read whole lists (every round's conversations,
   * goals and evaluations, a page of up to 5,000 items at a time): legitimately slower than one record.
   */
  readonly wholeListTimeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_WHOLE_LIST_TIMEOUT_MS = 60_000;

/**
 * What each call passes to the typed client: the token, a timeout, and a fetch that notes the answer. A
 * type, not an interface: the client's options are an index type. A call with parameters adds `params`.
 */
export type CallInit = {
  readonly headers: Record<string, string>;
  readonly signal: AbortSignal;
  readonly fetch: HttpFetch;
};

/** One request through the typed client, with what {@link CallInit} gives it. */
export type Send<T> = (init: CallInit) => Promise<{ data?: T; error?: unknown; response: Response }>;

/**
 * The typed client of the service's OpenAPI document and one `call` over it: bearer token,
 * `Accept: application/json`, a timeout, If-Match for a change; the status is mapped to a failure reason.
 * Shared by the adapters of the service's API (this one and `meetingApi.ts`).
 */
export function serviceClient(options: MusApiOptions) {
  const doFetch: HttpFetch = options.fetch ?? ((request) => globalThis.fetch(request));
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const client = createClient<paths>({ baseUrl: new URL(options.baseUrl).origin });

  /** One call; a change names the version it is based on (`etag`, sent as If-Match; none for a first write). */
  async function call<T>(
    token: string,
    send: Send<T>,
    etag?: string,
    waitMs = timeoutMs,
  ): Promise<MusApiResult<T>> {
    let answer: Response | undefined;
    try {
      const ifMatch: Record<string, string> = etag === undefined ? {} : { 'if-match': etag };
      const { data, error, response } = await send({
        headers: { authorization: `Bearer ${token}`, accept: 'application/json', ...ifMatch },
        signal: AbortSignal.timeout(waitMs),
        fetch: async (request) => (answer = await doFetch(request)),
      });
      const status = response.status;
      const problem = status < 500 ? problemOf(error) : undefined;
      // A 403 keeps the service's code (e.g. `group_too_small`), so the UI says why in the user's words.
      if (status === 401 || status === 403)
        return { ok: false, reason: 'unauthorized', status, ...(problem && { problem }) };
      if (problem) return { ok: false, reason: 'refused', status, problem };
      if (!response.ok) return { ok: false, reason: 'unavailable', status };
      if (data === undefined) return { ok: false, reason: 'invalidResponse', status };
      return { ok: true, value: data };
    } catch {
      // No answer at all (network, timeout), or an answer whose body is not JSON.
      if (!answer) return { ok: false, reason: 'unreachable' };
      return { ok: false, reason: 'invalidResponse', status: answer.status };
    }
  }

  /** A read of whole lists (HR's): {@link call} with the longer timeout. */
  const wholeListRead = <T>(token: string, send: Send<T>) =>
    call(token, send, undefined, options.wholeListTimeoutMs ?? DEFAULT_WHOLE_LIST_TIMEOUT_MS);

  return { client, call, wholeListRead };
}

/**
 * The fetch implementation of {@link MusApiPort}, on an openapi-fetch client typed by the service's own
 * OpenAPI document (`musApi.generated.ts`, `npm run api:types`): paths, parameters, bodies and answers come
 * from there, and the service checks every answer against the same schemas before sending it. Each call:
 * bearer token, `Accept: application/json`, a timeout; the status is mapped to a failure reason.
 */
export function createMusApi(options: MusApiOptions): MusApiPort {
  const service = serviceClient(options);
  const { client, call } = service;

  /** A change: {@link call} based on the version `etag` names (none for a first write). */
  const change = <T>(token: string, etag: string | undefined, send: Send<T>) => call(token, send, etag);
  const conversation = (conversationId: string) => ({ path: { conversationId } });
  /** A call's options on one conversation's path (`/api/conversations/{conversationId}/…`). */
  const on = (conversationId: string, init: CallInit) => ({ ...init, params: conversation(conversationId) });

  return {
    ...hrApi(service),
    ...conceptApi(service),
    ...groupApi(service),
    me: (token) => call(token, (init) => client.GET('/api/me', init)),
    concepts: (token) => call(token, (init) => client.GET('/api/concepts', init)),
    rounds: (token) => call(token, (init) => client.GET('/api/rounds', init)),
    createRound: (token, body) => call(token, (init) => client.POST('/api/rounds', { ...init, body })),
    round: (token, roundId) =>
      call(token, (init) => client.GET('/api/rounds/{roundId}', { ...init, params: { path: { roundId } } })),
    schedule: (token, roundId, body) =>
      call(token, (init) =>
        client.POST('/api/rounds/{roundId}/schedule', { ...init, params: { path: { roundId } }, body }),
      ),
    scheduleOptions: (token, roundId, conversationId) =>
      call(token, (init) =>
        client.GET('/api/rounds/{roundId}/schedule/options', {
          ...init,
          params: { path: { roundId }, query: { conversationId } },
        }),
      ),
    book: (token, roundId) =>
      call(token, (init) =>
        client.POST('/api/rounds/{roundId}/booking', {
          ...init,
          params: { path: { roundId } },
          // No slots: the service books the round's latest proposal.
          body: null,
        }),
      ),
    bookingJob: (token, jobId) =>
      call(token, (init) => client.GET('/api/jobs/{jobId}', { ...init, params: { path: { jobId } } })),
    conversations: (token) => call(token, (init) => client.GET('/api/conversations', init)),
    conversation: (token, id) =>
      call(token, (init) => client.GET('/api/conversations/{conversationId}/', on(id, init))),
    preparation: (token, id) =>
      call(token, (init) => client.GET('/api/conversations/{conversationId}/preparation', on(id, init))),
    // Changes: each names the version it is based on.
    changeAgenda: (token, id, etag, body) =>
      change(token, etag, (init) =>
        client.POST('/api/conversations/{conversationId}/agenda', { ...on(id, init), body }),
      ),
    changeStatus: (token, id, etag, body) =>
      change(token, etag, (init) =>
        client.POST('/api/conversations/{conversationId}/status', { ...on(id, init), body }),
      ),
    writePreparation: (token, id, etag, body) =>
      change(token, etag, (init) =>
        client.PUT('/api/conversations/{conversationId}/preparation', { ...on(id, init), body }),
      ),
    invitation: (token, id) =>
      call(token, (init) => client.GET('/api/conversations/{conversationId}/invitation', on(id, init))),
    linkMeeting: (token, id) =>
      call(token, (init) => client.POST('/api/conversations/{conversationId}/meeting', on(id, init))),
    links: (token) => call(token, (init) => client.GET('/api/links', init)),
    musTests: (token) => call(token, (init) => client.GET('/api/mus-tests', init)),
    evaluation: (token, id) =>
      call(token, (init) => client.GET('/api/conversations/{conversationId}/evaluation', on(id, init))),
    handOver: (token, id, etag, leaderId) =>
      change(token, etag, (init) =>
        client.POST('/api/conversations/{conversationId}/handover/new-leader', {
          ...on(id, init),
          body: { leaderId },
        }),
      ),
    sinceLast: (token, id) =>
      call(token, (init) => client.GET('/api/conversations/{conversationId}/since-last', on(id, init))),
    goals: (token, id) =>
      call(token, (init) => client.GET('/api/conversations/{conversationId}/goals', on(id, init))),
    // First writes (no version yet): MUS-testen of a round, my evaluation (given once).
    answerMusTest: (token, roundId, answers) =>
      change(token, undefined, (init) =>
        client.PUT('/api/rounds/{roundId}/mus-test', {
          ...init,
          params: { path: { roundId } },
          body: { answers },
        }),
      ),
    evaluate: (token, id, body) =>
      change(token, undefined, (init) =>
        client.PUT('/api/conversations/{conversationId}/evaluation', { ...on(id, init), body }),
      ),
    followUpGoal: (token, id, goalId, etag, body) =>
      change(token, etag, (init) =>
        client.POST('/api/conversations/{conversationId}/goals/{goalId}/follow-ups', {
          ...init,
          params: { path: { conversationId: id, goalId } },
          body,
        }),
      ),
  };
}

/** The service's problem+json (a stable code and Danish and English messages), or undefined for anything else. */
function problemOf(error: unknown): MusProblem | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, messages } = error as { code?: unknown; messages?: { da?: unknown; en?: unknown } };
  if (typeof code !== 'string' || typeof messages?.da !== 'string' || typeof messages.en !== 'string')
    return undefined;
  return { code, messages: { da: messages.da, en: messages.en } };
}
