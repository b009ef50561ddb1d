import Fastify from 'fastify';
import { installSecurityHeaders } from '../../../src/service/http/securityHeaders';
import { startHarness, type Harness } from '../api/harness';

/**
 * The pages may be framed only by the Microsoft 365 hosts (Teams, Outlook, the Microsoft 365 app) and by the
 * local host page of the same origin; every answer is `nosniff`; API answers forbid everything.
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const directives = (csp: string | null | undefined) =>
  new Map(
    String(csp ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name ?? '', values]),
  );

function expectPageHeaders(path: string, headers: { get(name: string): string | null | undefined }) {
  expect({ path, nosniff: headers.get('x-content-type-options') }).toEqual({ path, nosniff: 'nosniff' });
  const csp = directives(headers.get('content-security-policy'));
  expect(csp.get('frame-ancestors')).toEqual([
    "'self'",
    'https://teams.microsoft.com',
    'https://*.teams.microsoft.com',
    'https://*.cloud.microsoft',
    'https://*.microsoft365.com',
    'https://*.office.com',
    'https://outlook.office.com',
    'https://outlook.office365.com',
    'https://outlook-sdf.office.com',
    'https://outlook-sdf.office365.com',
  ]);
  expect(csp.get('default-src')).toEqual(["'self'"]);
  expect(csp.get('object-src')).toEqual(["'none'"]);
  expect(csp.get('script-src')).not.toContain("'unsafe-inline'");
}

describe('security headers', () => {
  it('the service’s `/` (→ /content.html) carries the pages’ CSP and nosniff', async () => {
    const res = await h.call('GET', '/');
    expect(res.status).toBe(302);
    expectPageHeaders('/', res.headers);
  });

  it('pages served by a wildcard route (as @fastify/static serves dist/web) carry the pages’ CSP', async () => {
    const app = Fastify();
    installSecurityHeaders(app);
    app.get('/*', async (_request, reply) => reply.type('text/html').send('<!doctype html><p>MUS</p>'));
    for (const path of ['/content.html', '/host/', '/taskpane.html']) {
      const res = await app.inject({ method: 'GET', url: path });
      expect(res.statusCode).toBe(200);
      expectPageHeaders(path, { get: (name: string) => res.headers[name]?.toString() });
    }
    await app.close();
  });

  it('API answers (also under a percent-encoded path, and unknown paths) forbid everything, framing included', async () => {
    for (const path of ['/api/me', '/api/openapi.json', '/%61pi/me', '/api/nothing-here', '/nothing-here']) {
      const res = await h.call('GET', path);
      expect({
        path,
        nosniff: res.headers.get('x-content-type-options'),
        csp: res.headers.get('content-security-policy'),
      }).toEqual({ path, nosniff: 'nosniff', csp: "default-src 'none'; frame-ancestors 'none'" });
    }
  });
});
