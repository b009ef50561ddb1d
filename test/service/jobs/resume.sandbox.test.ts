/**
 * The booking job survives what production does to it: Graph throttles 20 % of requests (outer and inside
 * batches), and the service process is killed (SIGKILL) right after its first meetings were created, before
 * it recorded them; a new process resumes the job from the queue once the message's visibility runs out.
 * Lars's round of 30 still ends with exactly 30 meetings, none twice, each chat with one MUS tab, and each
 * employee told once.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAzurite, type Azurite } from '../../../src/service/jobs/azurite';
import { spawnServer, type ChildServer } from '../../bench/processes/spawn';
import { client } from '../api/http';
import { startSandbox, type SandboxHarness } from '../graph/sandboxHarness';
import { createRound, musEvents, notifications, slotsFor, waitForJob } from './bookingWorld';

jest.setTimeout(240_000);

const LARS = 'lars.oestergaard@contoso-kommune.dk';
const THROTTLED = {
  rules: [
    { path: '^/v1\\.0/', status: 429 as const, rate: 0.2, retryAfter: 0, seed: 7 },
    { path: '^/v1\\.0/', latencyMs: 30, target: 'outer' as const },
  ],
};
let azurite: Azurite;
let sandbox: SandboxHarness;
let folder: string;
const services: ChildServer[] = [];

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'mus-queue-'));
  azurite = await startAzurite({ location: folder });
  sandbox = await startSandbox();
});

afterAll(async () => {
  for (const service of services) await service.close();
  await sandbox?.close();
  await azurite?.close();
  rmSync(folder, { recursive: true, force: true });
});

const startServiceProcess = async () => {
  const service = await spawnServer('service.ts', {
    BENCH_SANDBOX_URL: sandbox.url,
    MUS_QUEUE_CONNECTION_STRING: azurite.connectionString,
    MUS_QUEUE_VISIBILITY_SECONDS: '5',
  });
  services.push(service);
  return service;
};

/** Whether the sandbox has answered at least one batch of event creations. */
async function meetingsCreated(): Promise<boolean> {
  const log = await sandbox.log();
  return log.some((r) =>
    (r.inner ?? []).some((i) => i.method === 'POST' && /\/me\/events$/.test(i.path) && i.status === 201),
  );
}

it('ends with exactly one meeting per conversation after 20 % throttling and a killed process', async () => {
  const first = await startServiceProcess();
  const call = client(first.url);
  const token = await sandbox.apiToken(LARS);
  const users = await sandbox.users();
  const larsId = users.find((u) => u.userPrincipalName === LARS)?.id;
  const reports = users.filter((u) => u.managerId === larsId).map((u) => u.id);
  expect(reports).toHaveLength(30);
  const { roundId, conversations } = await createRound(call, token, reports);
  await sandbox.clearLog();
  await sandbox.faults(THROTTLED);

  const started = await call('POST', `/api/rounds/${roundId}/booking`, {
    token,
    body: { slots: slotsFor(conversations) },
  });
  expect(started.status).toBe(202);
  const location = started.headers.get('location') ?? '';
  while (!(await meetingsCreated())) await new Promise((r) => setTimeout(r, 20));
  await first.kill?.();
  await sandbox.clearFaults();
  const afterKill = await musEvents(sandbox.url, sandbox.userToken, LARS);
  expect(afterKill.length).toBeGreaterThan(0);
  expect(afterKill.length).toBeLessThan(30);

  await sandbox.faults(THROTTLED);
  const second = await startServiceProcess();
  const job = await waitForJob(client(second.url), token, location, 180_000);
  await sandbox.clearFaults();
  expect(job).toMatchObject({ state: 'done', done: 30, total: 30 });

  const events = await musEvents(sandbox.url, sandbox.userToken, LARS);
  const ids = events.map((e) => e.transactionId);
  expect(ids).toHaveLength(30);
  expect(new Set(ids).size).toBe(30);
  expect([...ids].sort()).toEqual(conversations.map((c) => c.conversationId).sort());
  const log = await sandbox.log();
  const throttled = log.flatMap((r) => [r, ...(r.inner ?? [])]).filter((r) => r.status === 429);
  expect(throttled.length).toBeGreaterThan(10);
  const tabs = log
    .flatMap((r) => r.inner ?? [])
    .filter((i) => i.method === 'POST' && /\/tabs$/.test(i.path) && i.status === 201);
  expect(new Set(tabs.map((t) => t.path)).size).toBe(tabs.length);
  const told = (await notifications(sandbox.url)).map((n) => n.recipientId);
  expect([...told].sort()).toEqual([...reports].sort());
});
