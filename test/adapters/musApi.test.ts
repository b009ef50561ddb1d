/** @jest-environment node */
// Node's fetch classes (Request, Response), as in the browser; jsdom has none.
import { createMusApi, type HttpFetch } from '../../src/adapters/http/musApi';

const validMe = {
  id: 'u-1',
  displayName: 'Hanne Kjær Mortensen',
  roles: { employee: true, leader: true, hr: false },
  leader: { id: 'u-0', displayName: 'Birgitte Holm Sørensen' },
  reports: [{ id: 'u-2', displayName: 'Ida Holm' }],
};

/** An answer of the service: a JSON body, or the raw text given. */
function answer(status: number, body: unknown = {}): Response {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return new Response(text, { status, headers: { 'content-type': 'application/json' } });
}

function serviceAnswering(response: Response | Error) {
  const requests: { method: string; url: string; headers: Record<string, string> }[] = [];
  const fetch: HttpFetch = (request) => {
    requests.push({ method: request.method, url: request.url, headers: Object.fromEntries(request.headers) });
    return response instanceof Error ? Promise.reject(response) : Promise.resolve(response);
  };
  return { api: createMusApi({ baseUrl: 'https://mus.example/tab/content.html', fetch }), requests };
}

describe('MUS API over fetch', () => {
  it('GETs /api/me on the page origin with the bearer token, and returns the person', async () => {
    const { api, requests } = serviceAnswering(answer(200, validMe));
    expect(await api.me('abc')).toEqual({ ok: true, value: validMe });
    expect(requests).toEqual([
      {
        method: 'GET',
        url: 'https://mus.example/api/me',
        headers: { authorization: 'Bearer abc', accept: 'application/json' },
      },
    ]);
  });

  it.each([
    [401, 'unauthorized'],
    [403, 'unauthorized'],
    [500, 'unavailable'],
    [503, 'unavailable'],
    [404, 'unavailable'],
  ] as const)('maps HTTP %i to "%s" with the status', async (status, reason) => {
    const { api } = serviceAnswering(answer(status, { error: 'x' }));
    expect(await api.me('abc')).toEqual({ ok: false, reason, status });
  });

  it('keeps the service’s code and messages of a 403, so the page can say why (e.g. a group under 5)', async () => {
    const problem = {
      code: 'group_too_small',
      messages: { da: 'Tal vises kun for grupper på mindst 5 personer.', en: 'Only for 5 or more.' },
    };
    const { api } = serviceAnswering(answer(403, { type: 'about:blank', status: 403, ...problem }));
    expect(await api.hrMusTest('abc')).toEqual({ ok: false, reason: 'unauthorized', status: 403, problem });
  });

  it('calls a network error "unreachable"', async () => {
    const { api } = serviceAnswering(new TypeError('Failed to fetch'));
    expect(await api.me('abc')).toEqual({ ok: false, reason: 'unreachable' });
  });

  it('refuses a 200 whose body is not JSON, or empty (e.g. a proxy page)', async () => {
    expect(await serviceAnswering(answer(200, '<html>Sign in</html>')).api.me('abc')).toEqual({
      ok: false,
      reason: 'invalidResponse',
      status: 200,
    });
    expect(await serviceAnswering(answer(200, '')).api.me('abc')).toEqual({
      ok: false,
      reason: 'invalidResponse',
      status: 200,
    });
  });

  it('gives up after its timeout and calls the service unreachable', async () => {
    const fetch: HttpFetch = (request) =>
      new Promise((_resolve, reject) =>
        request.signal.addEventListener('abort', () => reject(request.signal.reason)),
      );
    const api = createMusApi({ baseUrl: 'https://mus.example', fetch, timeoutMs: 50 });
    expect(await api.me('abc')).toEqual({ ok: false, reason: 'unreachable' });
  });

  it("waits longer for HR's reads of whole lists than for other calls", async () => {
    // Answers after 150 ms, unless the call gave up before.
    const fetch: HttpFetch = (request) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => resolve(answer(200, [])), 150);
        request.signal.addEventListener('abort', () => {
          clearTimeout(timer);
          reject(request.signal.reason);
        });
      });
    const api = createMusApi({
      baseUrl: 'https://mus.example',
      fetch,
      timeoutMs: 50,
      wholeListTimeoutMs: 1000,
    });
    expect(await api.hrOverview('abc')).toEqual({ ok: true, value: [] });
    expect(await api.me('abc')).toEqual({ ok: false, reason: 'unreachable' });
    const impatient = createMusApi({ baseUrl: 'https://mus.example', fetch, wholeListTimeoutMs: 50 });
    expect(await impatient.hrOverview('abc')).toEqual({ ok: false, reason: 'unreachable' });
  });
});
