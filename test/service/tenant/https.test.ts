import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { get } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSandbox, HR_GROUP_ID, type Sandbox } from '../../../src/sandbox';
import { sandboxConfig } from '../../../src/service/config';
import { startService } from '../../../src/service/main';

/** The service serving HTTPS itself (as `npm run start:https` does with the Office dev certificates). */
let dir: string;
let sandbox: Sandbox;
let service: { url: string; close(): Promise<void> };
let ca: Buffer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mus-https-'));
  // A self-signed certificate for 127.0.0.1 in place of the dev certificates (which install a root CA).
  const made = spawnSync('openssl', [
    ...['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1'],
    ...[
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ],
  ]);
  expect(made.status).toBe(0);
  ca = readFileSync(join(dir, 'cert.pem'));
  sandbox = await createSandbox({ port: 0, dataDir: dir, logger: false });
  service = await startService(sandboxConfig(sandbox.url), {
    port: 0,
    hrGroupId: HR_GROUP_ID,
    records: 'memory',
    logger: false,
    webRoot: join(dir, 'no-pages'),
    tls: { key: readFileSync(join(dir, 'key.pem')), cert: ca },
  });
});
afterAll(async () => {
  await service.close();
  await sandbox.close();
  rmSync(dir, { recursive: true, force: true });
});

function request(path: string, trust: Buffer | undefined): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    get(`${service.url}${path}`, { ca: trust }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    }).on('error', reject);
  });
}

describe('the service over HTTPS', () => {
  it('listens on 127.0.0.1 by default and answers over TLS', async () => {
    expect(service.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    expect((await request('/api/health', ca)).status).toBe(200);
  });

  it('keeps its rules over TLS: an anonymous API call is refused', async () => {
    const answer = await request('/api/me', ca);
    expect(answer.status).toBe(401);
    expect(JSON.parse(answer.body)).toMatchObject({ code: 'token_missing' });
  });

  it('is refused by a client that does not trust the certificate', async () => {
    await expect(request('/api/health', undefined)).rejects.toThrow(/self.signed certificate/);
  });
});
