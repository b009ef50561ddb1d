/**
 * Reminders on the sandbox with the one clock: a goal whose deadline comes near reminds the employee and the
 * leader in Teams, once each, while the clock moves on and after the service restarts; the organisation's
 * settings leave out what it does not want.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { startAzurite, type Azurite } from '../../../src/service/jobs/azurite';
import { loadReminderSettings } from '../../../src/service/jobs/remindersSettings';
import { loadJobSettings } from '../../../src/service/jobs/settings';
import type { Call } from '../api/http';
import { startServiceOnSandbox, type ServiceOnSandbox } from '../api/onSandbox';
import { HANNE } from './bookingWorld';

jest.setTimeout(120_000);

let azurite: Azurite;
let s: ServiceOnSandbox;
let folder: string;
let call: Call;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'mus-reminders-'));
  azurite = await startAzurite({ location: folder });
  const jobs = loadJobSettings({}, { connectionString: azurite.connectionString, visibilitySeconds: 5 });
  // The organisation wants deadline reminders, not proposals; the job looks every second.
  const reminders = loadReminderSettings({
    MUS_REMINDERS: 'goalDeadline,signed',
    MUS_REMINDERS_EVERY_SECONDS: '1',
  });
  s = await startServiceOnSandbox({ oneClock: true, ...(jobs ? { jobs } : {}), reminders });
  call = s.call;
});

afterAll(async () => {
  await s?.close();
  await azurite?.close();
  rmSync(folder, { recursive: true, force: true });
});

const sentSchema = z.object({
  value: z.array(
    z.object({
      recipientId: z.string(),
      body: z.object({ activityType: z.string(), previewText: z.object({ content: z.string() }) }),
    }),
  ),
});
/** The reminders the sandbox's Teams received that name `text`: [activity type, recipient] each. */
async function remindersAbout(text: string): Promise<string[][]> {
  const all = sentSchema.parse(await (await fetch(`${s.sandboxUrl}/_sandbox/notifications`)).json()).value;
  return all
    .filter((n) => n.body.previewText.content.includes(text))
    .map((n) => [n.body.activityType, n.recipientId])
    .sort();
}
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function eventually(text: string, count: number): Promise<string[][]> {
  for (let i = 0; i < 100; i += 1) {
    const got = await remindersAbout(text);
    if (got.length >= count) return got;
    await pause(200);
  }
  return remindersAbout(text);
}
const advance = (advanceDays: number) =>
  fetch(`${s.sandboxUrl}/_sandbox/clock`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ advanceDays }),
  });
const serviceNow = async () =>
  new Date(((await (await fetch(`${s.sandboxUrl}/_sandbox/clock`)).json()) as { now: string }).now);
const inDays = async (days: number) =>
  new Date((await serviceNow()).getTime() + days * 86_400_000).toISOString().slice(0, 10);

it('reminds employee and leader of a near deadline once each, across a moved clock and a restart', async () => {
  const token = await s.token(HANNE);
  const users = await s.users();
  const hanne = users.find((u) => u.userPrincipalName === HANNE)!;
  const report = users.filter((u) => u.managerId === hanne.id)[0]!;
  const round = await call('POST', '/api/rounds', {
    token,
    body: { roundId: randomUUID(), title: 'MUS', conceptId: 'flexible', employeeIds: [report.id] },
  });
  expect(round.status).toBe(201);
  const conversation = round.body.conversations[0].value.id as string;
  const goal = async (text: string, deadline: string) =>
    call('POST', `/api/conversations/${conversation}/goals`, {
      token,
      body: { goalId: randomUUID(), goal: text, deadline, activities: [] },
    });
  expect((await goal('Lære at lede møder', await inDays(30))).status).toBe(201);

  await pause(2500);
  expect(await remindersAbout('Lære at lede møder')).toEqual([]);

  expect((await advance(20)).status).toBe(200);
  const expected = [
    ['musGoalDeadline', hanne.id],
    ['musGoalDeadline', report.id],
  ].sort();
  expect(await eventually('Lære at lede møder', 2)).toEqual(expected);
  const [first] = sentSchema.parse(
    await (await fetch(`${s.sandboxUrl}/_sandbox/notifications`)).json(),
  ).value;
  expect(first?.body.previewText.content).toBe(
    'Fristen for målet "Lære at lede møder" nærmer sig. Følg op på det i MUS.',
  );

  call = await s.restart();
  // The restarted job runs (a new goal due soon is reminded) and sends the first goal's reminders no more.
  expect((await goal('Præsentere for direktionen', await inDays(5))).status).toBe(201);
  expect(await eventually('Præsentere for direktionen', 2)).toHaveLength(2);
  expect((await advance(1)).status).toBe(200);
  await pause(2500);
  expect(await remindersAbout('Lære at lede møder')).toEqual(expected);
  expect(await remindersAbout('Præsentere for direktionen')).toHaveLength(2);
});
