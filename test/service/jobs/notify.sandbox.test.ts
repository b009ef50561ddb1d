/**
 * The employee's Teams notification is a step of its own in the booking job: the service process is killed
 * (SIGKILL) after Hanne's six meetings were recorded and while Graph refuses the notifications (503), so no
 * employee has been told. A new process resumes the job and tells each employee exactly once; a second
 * booking job of the same round (a retry) tells no one again.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAzurite, type Azurite } from '../../../src/service/jobs/azurite';
import { spawnServer, type ChildServer } from '../../bench/processes/spawn';
import { client } from '../api/http';
import { startSandbox, type SandboxHarness } from '../graph/sandboxHarness';
import { createRound, HANNE, musEvents, notifications, slotsFor, waitForJob } from './bookingWorld';

jest.setTimeout(180_000);

const REFUSE_NOTIFICATIONS = {
  rules: [
    {
      path: 'sendActivityNotification',
      status: 503 as const,
      rate: 1,
      retryAfter: 5,
      target: 'inner' as const,
    },
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

/** Inner requests of the sandbox's log that match. */
const inner = async (path: RegExp, status: number) =>
  (await sandbox.log()).flatMap((r) => r.inner ?? []).filter((i) => path.test(i.path) && i.status === status);

it('tells each employee once after a crash between recording the meetings and notifying', async () => {
  const first = await startServiceProcess();
  const call = client(first.url);
  const token = await sandbox.apiToken(HANNE);
  const users = await sandbox.users();
  const hanneId = users.find((u) => u.userPrincipalName === HANNE)?.id;
  const reports = users.filter((u) => u.managerId === hanneId).map((u) => u.id);
  expect(reports).toHaveLength(6);
  const { roundId, conversations } = await createRound(call, token, reports);
  const slots = slotsFor(conversations);
  await sandbox.clearLog();
  await sandbox.faults(REFUSE_NOTIFICATIONS);

  const started = await call('POST', `/api/rounds/${roundId}/booking`, { token, body: { slots } });
  expect(started.status).toBe(202);
  const location = started.headers.get('location') ?? '';
  // The meetings are recorded (SharePoint item PATCHes in a $batch), and Graph refused the notifications.
  while (
    (await inner(/\/fields$/, 200)).length < 6 ||
    (await inner(/sendActivityNotification/, 503)).length === 0
  )
    await new Promise((r) => setTimeout(r, 50));
  await first.kill?.();
  await sandbox.clearFaults();
  const recipients = async () => (await notifications(sandbox.url)).map((n) => n.recipientId).sort();
  expect(await recipients()).toEqual([]);

  const second = await startServiceProcess();
  const job = await waitForJob(client(second.url), token, location, 120_000);
  expect(job).toMatchObject({ state: 'done', done: 6, total: 6, failures: [] });
  expect(await recipients()).toEqual([...reports].sort());

  const retry = await client(second.url)('POST', `/api/rounds/${roundId}/booking`, {
    token,
    body: { slots },
  });
  expect(retry.status).toBe(202);
  const again = await waitForJob(client(second.url), token, retry.headers.get('location') ?? '', 60_000);
  expect(again).toMatchObject({ state: 'done', done: 6, total: 6 });
  expect(await recipients()).toEqual([...reports].sort());
  const events = await musEvents(sandbox.url, sandbox.userToken, HANNE);
  expect(new Set(events.map((e) => e.transactionId)).size).toBe(6);
  expect(events).toHaveLength(6);
});
