/** @jest-environment node */
// Node's fetch classes (Request, Response), as in the browser; jsdom has none.
import { createMusApi, type HttpFetch } from '../../src/adapters/http/musApi';

const problem = {
  type: 'about:blank',
  title: 'Stale',
  status: 412,
  code: 'stale_record',
  messages: { da: 'Samtalen er ændret.', en: 'The conversation changed.' },
};

function serviceAnswering(status: number, body: unknown) {
  const requests: { method: string; url: string; headers: Record<string, string>; body: string }[] = [];
  const fetch: HttpFetch = async (request) => {
    requests.push({
      method: request.method,
      url: request.url,
      headers: Object.fromEntries(request.headers),
      body: await request.text(),
    });
    return new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': status < 400 ? 'application/json' : 'application/problem+json' },
    });
  };
  return { api: createMusApi({ baseUrl: 'https://mus.example/content.html', fetch }), requests };
}

describe('MUS API over fetch: changes', () => {
  it('POSTs an agenda change with If-Match and the bearer token', async () => {
    const { api, requests } = serviceAnswering(200, { etag: '"2"', value: {} });
    const result = await api.changeAgenda('abc', 'c-1', '"1"', { action: 'agree' });
    expect(result).toEqual({ ok: true, value: { etag: '"2"', value: {} } });
    expect(requests).toEqual([
      {
        method: 'POST',
        url: 'https://mus.example/api/conversations/c-1/agenda',
        headers: expect.objectContaining({ authorization: 'Bearer abc', 'if-match': '"1"' }),
        body: JSON.stringify({ action: 'agree' }),
      },
    ]);
  });

  it('writes a first preparation without If-Match', async () => {
    const { api, requests } = serviceAnswering(200, { etag: '"1"', value: {} });
    await api.writePreparation('abc', 'c-1', undefined, { answers: { trivsel: 'Godt' }, submit: false });
    expect(requests[0]?.method).toBe('PUT');
    expect(requests[0]?.headers).not.toHaveProperty('if-match');
  });

  it('passes on the service’s refusal: its code and its Danish and English message', async () => {
    const { api } = serviceAnswering(412, problem);
    expect(await api.changeAgenda('abc', 'c-1', '"0"', { action: 'agree' })).toEqual({
      ok: false,
      reason: 'refused',
      status: 412,
      problem: { code: 'stale_record', messages: problem.messages },
    });
  });

  it('calls a 5xx problem "unavailable", not a refusal', async () => {
    const { api } = serviceAnswering(503, { ...problem, status: 503, code: 'upstream' });
    expect(await api.conversations('abc')).toEqual({ ok: false, reason: 'unavailable', status: 503 });
  });
});
