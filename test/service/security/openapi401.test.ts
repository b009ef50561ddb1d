import { startServiceOnSandbox, type ServiceOnSandbox } from '../api/onSandbox';

/** The service as `npm start` runs it, on the sandbox (its /oidc, its Graph, the MUS SharePoint lists). */
let h: ServiceOnSandbox;
beforeAll(async () => {
  h = await startServiceOnSandbox();
});
afterAll(() => h.close());

describe('the OpenAPI document', () => {
  it('describes the API, and every route in it refuses a caller without a token with 401', async () => {
    const doc = await h.call('GET', '/api/openapi.json');
    expect(doc.status).toBe(200);
    const paths = Object.entries(doc.body.paths as Record<string, Record<string, unknown>>);
    expect(paths.length).toBeGreaterThanOrEqual(20);
    let checked = 0;
    for (const [path, methods] of paths) {
      const url = path.replace(/\{[^}]+\}/g, 'abc');
      for (const method of Object.keys(methods)) {
        const res = await h.call(method.toUpperCase(), url, { body: method === 'get' ? undefined : {} });
        expect({
          route: `${method} ${path}`,
          status: res.status,
          type: res.headers.get('content-type'),
        }).toEqual({
          route: `${method} ${path}`,
          status: 401,
          type: 'application/problem+json; charset=utf-8',
        });
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(25);
  });
});
