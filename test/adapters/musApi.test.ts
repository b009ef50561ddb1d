import { createMusApi, type HttpFetch, type HttpResponse } from '../../src/adapters/http/musApi';

const validMe = {
  id: 'u-1',
  displayName: 'Hanne Kjær Mortensen',
  roles: { employee: true, leader: true, hr: false },
  leader: { id: 'u-0', displayName: 'Birgitte Holm Sørensen' },
  reports: [{ id: 'u-2', displayName: 'Ida Holm' }],
};

function answer(status: number, body: unknown = {}): HttpResponse {
  return {
    status,
    ok: status >= 200 && status < 300,
    json: () => (body instanceof Error ? Promise.reject(body) : Promise.resolve(body)),
  };
}

function serviceAnswering(response: HttpResponse | Error) {
  const requests: { url: string; headers: HeadersInit | undefined }[] = [];
  const fetch: HttpFetch = (url, init) => {
    requests.push({ url, headers: init.headers });
    return response instanceof Error ? Promise.reject(response) : Promise.resolve(response);
  };
  return { api: createMusApi({ baseUrl: 'https://mus.example/tab/content.html', fetch }), requests };
}

describe('MUS API over fetch', () => {
  it('GETs /api/me on the page origin with the bearer token, and returns the validated person', async () => {
    const { api, requests } = serviceAnswering(answer(200, validMe));
    expect(await api.me('abc')).toEqual({ ok: true, value: validMe });
    expect(requests).toEqual([
      {
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

  it('calls a network error "unreachable"', async () => {
    const { api } = serviceAnswering(new TypeError('Failed to fetch'));
    expect(await api.me('abc')).toEqual({ ok: false, reason: 'unreachable' });
  });

  it('refuses a 200 whose body is not JSON or lacks fields', async () => {
    expect(await serviceAnswering(answer(200, new SyntaxError('bad json'))).api.me('abc')).toEqual({
      ok: false,
      reason: 'invalidResponse',
      status: 200,
    });
    const { roles: _roles, ...withoutRoles } = validMe;
    expect(await serviceAnswering(answer(200, withoutRoles)).api.me('abc')).toEqual({
      ok: false,
      reason: 'invalidResponse',
      status: 200,
    });
    expect(await serviceAnswering(answer(200, { ...validMe, reports: 'none' })).api.me('abc')).toMatchObject({
      ok: false,
      reason: 'invalidResponse',
    });
  });

  it('gives up after its timeout and calls the service unreachable', async () => {
    const fetch: HttpFetch = (_url, init) =>
      new Promise((_resolve, reject) =>
        init.signal?.addEventListener('abort', () => reject(new Error('aborted'))),
      );
    const api = createMusApi({ baseUrl: 'https://mus.example', fetch, timeoutMs: 50 });
    expect(await api.me('abc')).toEqual({ ok: false, reason: 'unreachable' });
  });
});
