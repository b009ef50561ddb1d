/** @jest-environment node */
// Node's fetch classes (Request, Response, Blob), as in the browser; jsdom has none.
import { createConclusionApi } from '../../src/adapters/http/conclusionApi';
import type { HttpFetch } from '../../src/adapters/http/musApi';

function serviceAnswering(response: () => Response) {
  const requests: { method: string; url: string; headers: Record<string, string>; body: string }[] = [];
  const fetch: HttpFetch = async (request) => {
    requests.push({
      method: request.method,
      url: request.url,
      headers: Object.fromEntries(request.headers),
      body: await request.text(),
    });
    return response();
  };
  return { api: createConclusionApi({ baseUrl: 'https://mus.example/meeting.html', fetch }), requests };
}
const json = (status: number, body: unknown) => () =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': status < 400 ? 'application/json' : 'application/problem+json' },
  });

describe('the conclusion over fetch', () => {
  it('signs the version its eTag names, with the bearer token', async () => {
    const { api, requests } = serviceAnswering(json(200, { etag: '"2"', value: {} }));
    expect(await api.signConclusion('abc', 'c-1', '"1"')).toEqual({
      ok: true,
      value: { etag: '"2"', value: {} },
    });
    expect(requests).toEqual([
      expect.objectContaining({
        method: 'POST',
        url: 'https://mus.example/api/conversations/c-1/conclusion/sign',
        headers: expect.objectContaining({ authorization: 'Bearer abc', 'if-match': '"1"' }),
      }),
    ]);
  });

  it('starts the form without If-Match, and files it with the employee’s choice', async () => {
    const { api, requests } = serviceAnswering(json(200, { etag: '"1"', value: {} }));
    await api.writeConclusion('abc', 'c-1', undefined, { snapshotGoals: true });
    await api.fileConclusion('abc', 'c-1', '"1"', true);
    expect(
      requests.map((r) => [
        r.method,
        r.url.replace('https://mus.example', ''),
        r.headers['if-match'],
        r.body,
      ]),
    ).toEqual([
      ['PUT', '/api/conversations/c-1/conclusion', undefined, '{"snapshotGoals":true}'],
      ['PUT', '/api/conversations/c-1/conclusion/consent', '"1"', '{"consentToPersonnelFile":true}'],
    ]);
  });

  it('fetches the PDF in the asked language as a Blob, and passes on a 404 with its messages', async () => {
    const pdf = serviceAnswering(
      () => new Response('%PDF-1.7', { headers: { 'content-type': 'application/pdf' } }),
    );
    const result = await pdf.api.conclusionPdf('abc', 'c-1', 'en');
    expect(pdf.requests[0]?.url).toBe('https://mus.example/api/conversations/c-1/conclusion/pdf?lang=en');
    if (!result.ok) throw new Error('expected the PDF');
    expect(result.value.type).toBe('application/pdf');
    expect(await result.value.text()).toBe('%PDF-1.7');
    const messages = { da: 'Det findes ikke.', en: 'It does not exist.' };
    const none = serviceAnswering(
      json(404, { type: 'x', title: 'Not found', status: 404, code: 'not_found', messages }),
    );
    expect(await none.api.conclusionPdf('abc', 'c-1', 'da')).toEqual({
      ok: false,
      reason: 'refused',
      status: 404,
      problem: { code: 'not_found', messages },
    });
  });
});
