import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSandbox, HR_GROUP_ID, type Sandbox } from '../../src/sandbox';
import { TENANT_DOMAIN } from '../../src/sandbox/ids';
import { sandboxConfig } from '../../src/service/config';
import { startService } from '../../src/service/main';
import { client } from './api/http';
import { startServiceOnSandbox, type ServiceOnSandbox } from './api/onSandbox';

/**
 * One clock on the embedded default: the sandbox's, moved forward with `POST /_sandbox/clock`, read by the MUS
 * service for its rules and records. Tokens stay on real time (the service and MSAL check them on it). A
 * service started with a tenant's config ignores the clock it is handed and has no clock route.
 */
const YEAR_DAYS = 365;
const clockOf = async (url: string) => {
  const res = await fetch(`${url}/_sandbox/clock`);
  return { status: res.status, body: (await res.json()) as { now: string } };
};
const moveClock = (url: string, body: unknown) =>
  fetch(`${url}/_sandbox/clock`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

async function planRound(s: ServiceOnSandbox, upn: string, employeeIds: string[]) {
  const token = await s.token(upn);
  const res = await s.call('POST', '/api/rounds', {
    token,
    body: { roundId: randomUUID(), title: 'MUS', conceptId: 'flexible', employeeIds },
  });
  expect(res.status).toBe(201);
  return res.body as { round: { value: { year: number; window: { start: string } } } };
}

describe('the one clock on the embedded default', () => {
  let s: ServiceOnSandbox;
  beforeAll(async () => {
    s = await startServiceOnSandbox({ oneClock: true });
  });
  afterAll(() => s.close());

  it('moves a year forward, and the sandbox and the service agree on the date and plan in the new year', async () => {
    const before = await clockOf(s.url);
    const realYear = new Date().getUTCFullYear();
    expect(new Date(before.body.now).getUTCFullYear()).toBe(realYear);

    const moved = await moveClock(s.sandboxUrl, { advanceDays: YEAR_DAYS });
    expect(moved.status).toBe(200);
    const sandbox = await clockOf(s.sandboxUrl);
    const service = await clockOf(s.url);
    expect(service.status).toBe(200);
    const days = (iso: string) => iso.slice(0, 10);
    expect(days(service.body.now)).toBe(days(sandbox.body.now));
    const expected = new Date(Date.now() + YEAR_DAYS * 86_400_000).toISOString().slice(0, 10);
    expect(days(sandbox.body.now)).toBe(expected);

    // The service's records take the moved date (a round belongs to the clock's year, its window starts
    // today), and its tokens, minted on real time, are still accepted.
    const users = await s.users();
    const hanne = users.find((u) => u.userPrincipalName.startsWith('hanne.mortensen'));
    if (!hanne) throw new Error('no Hanne in the sandbox');
    const team = users.filter((u) => u.managerId === hanne.id).map((u) => u.id);
    const planned = await planRound(s, hanne.userPrincipalName, team.slice(0, 1));
    expect(planned.round.value.year).toBe(Number(expected.slice(0, 4)));
    expect(planned.round.value.window.start).toBe(expected);

    // The sandbox's Graph stamps what it stores with the same date.
    const graphToken = await s.token(hanne.userPrincipalName, 'https://graph.microsoft.com/.default');
    const event = await fetch(`${s.sandboxUrl}/v1.0/me/events`, {
      method: 'POST',
      headers: { authorization: `Bearer ${graphToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        subject: 'Opfølgning',
        start: { dateTime: `${expected}T10:00:00`, timeZone: 'UTC' },
        end: { dateTime: `${expected}T10:30:00`, timeZone: 'UTC' },
      }),
    });
    expect(event.status).toBe(201);
    const created = (await event.json()) as { createdDateTime: string };
    expect(created.createdDateTime.slice(0, 10)).toBe(expected);
  });

  it('refuses to move back or a malformed change, and the date stays', async () => {
    const before = (await clockOf(s.sandboxUrl)).body.now;
    for (const body of [{ now: '2001-01-01T00:00:00Z' }, { advanceDays: -3 }, { advanceDays: 'x' }, {}]) {
      const res = await moveClock(s.sandboxUrl, body);
      expect(res.status).toBe(400);
    }
    const after = (await clockOf(s.sandboxUrl)).body.now;
    expect(after.slice(0, 10)).toBe(before.slice(0, 10));
  });

  it('moves to a given instant ({ now }), and a reset goes back to real time', async () => {
    const target = `${new Date().getUTCFullYear() + 3}-03-01T09:00:00.000Z`;
    expect((await moveClock(s.sandboxUrl, { now: target })).status).toBe(200);
    expect((await clockOf(s.url)).body.now.slice(0, 10)).toBe(target.slice(0, 10));
    expect((await fetch(`${s.sandboxUrl}/_sandbox/reset`, { method: 'POST' })).status).toBe(200);
    const today = new Date().toISOString().slice(0, 10);
    expect((await clockOf(s.sandboxUrl)).body.now.slice(0, 10)).toBe(today);
    expect((await clockOf(s.url)).body.now.slice(0, 10)).toBe(today);
  });
});

describe('a service with a tenant config', () => {
  let sandbox: Sandbox;
  let dataDir: string;
  let service: { url: string; close(): Promise<void> };
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'mus-clock-'));
    sandbox = await createSandbox({ port: 0, dataDir, logger: false });
    // A tenant's settings (mode 'entra'), here pointing at the sandbox so that the service can start.
    const tenant = { ...sandboxConfig(sandbox.url), mode: 'entra' as const };
    const nextYear = () => new Date(Date.now() + YEAR_DAYS * 86_400_000);
    service = await startService(tenant, {
      port: 0,
      hrGroupId: HR_GROUP_ID,
      records: 'memory',
      logger: false,
      webRoot: join(dataDir, 'no-pages'),
      now: nextYear,
    });
  });
  afterAll(async () => {
    await service.close();
    await sandbox.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('has no clock route, and runs on real time whatever clock it is handed', async () => {
    const call = client(service.url);
    expect((await call('GET', '/_sandbox/clock')).status).toBe(404);
    expect((await call('POST', '/_sandbox/clock', { body: { advanceDays: 365 } })).status).toBe(404);

    const tokenRes = await fetch(`${sandbox.url}/oidc/token`, {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'password',
        username: `hanne.mortensen@${TENANT_DOMAIN}`,
        scope: 'api://mus/access_as_user',
        client_id: sandboxConfig(sandbox.url).clientId,
      }),
    });
    const { access_token: token } = (await tokenRes.json()) as { access_token: string };
    // The year's concepts are seeded on first use, dated by the service's clock: today, not next year.
    const res = await call('GET', '/api/concepts', { token });
    expect(res.status).toBe(200);
    const flexible = res.body.find((c: { key?: string; value: { id: string } }) => c.value.id === 'flexible');
    expect(flexible.value.year).toBe(new Date().getUTCFullYear());
  });
});
