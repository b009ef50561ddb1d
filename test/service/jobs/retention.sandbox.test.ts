import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAzurite, type Azurite } from '../../../src/service/jobs/azurite';
import { loadJobSettings } from '../../../src/service/jobs/settings';
import { startServiceOnSandbox, type ServiceOnSandbox } from '../api/onSandbox';

/**
 * Retention on the sandbox with the one movable clock (`POST /_sandbox/clock`): with a retention of 1 year, a
 * conversation and its shared note stay for 200 days and are gone after 400, deleted by the retention job on
 * the Azure Storage queue (Azurite), and each deletion is in HR's audit list.
 */
let azurite: Azurite;
let folder: string;
let s: ServiceOnSandbox;
beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'mus-retention-'));
  azurite = await startAzurite({ location: folder });
  const jobs = loadJobSettings({}, { connectionString: azurite.connectionString, visibilitySeconds: 5 });
  s = await startServiceOnSandbox({
    ...(jobs ? { jobs } : {}),
    oneClock: true,
    retention: { years: 1, everyMs: 300 },
  });
});
afterAll(async () => {
  await s.close();
  await azurite.close();
  rmSync(folder, { recursive: true, force: true });
});

const advance = async (advanceDays: number) => {
  const res = await fetch(`${s.sandboxUrl}/_sandbox/clock`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ advanceDays }),
  });
  expect(res.status).toBe(200);
};
const until = async (done: () => Promise<boolean>, ms: number) => {
  for (const end = Date.now() + ms; Date.now() < end;) {
    if (await done()) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return done();
};

describe('retention', () => {
  it('deletes a conversation and its note after the configured years, each deletion audited', async () => {
    const users = await s.users();
    const hanne = users.find((u) => u.userPrincipalName.startsWith('hanne.mortensen'))!;
    const reports = users.filter((u) => u.managerId === hanne.id).slice(0, 2);
    const hr = users.find((u) => u.jobTitle === 'HR-partner')!;
    const as = async (upn: string) => ({ token: await s.token(upn) });
    const made = await s.call('POST', '/api/rounds', {
      ...(await as(hanne.userPrincipalName)),
      body: {
        roundId: randomUUID(),
        title: 'MUS',
        conceptId: 'flexible',
        employeeIds: reports.map((r) => r.id),
      },
    });
    expect(made.status).toBe(201);
    const ids: string[] = made.body.conversations.map((c: { value: { id: string } }) => c.value.id);
    const topicId: string = made.body.conversations[0].value.agenda.items[0].topic.id;
    const note = await s.call('PUT', `/api/conversations/${ids[0]}/notes/${topicId}`, {
      ...(await as(hanne.userPrincipalName)),
      body: { text: 'delt note' },
    });
    expect(note.status).toBe(200);
    const read = async (id: string) =>
      (await s.call('GET', `/api/conversations/${id}/`, await as(hanne.userPrincipalName))).status;

    await advance(200);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await Promise.all(ids.map(read))).toEqual([200, 200]);

    await advance(200);
    expect(
      await until(async () => (await Promise.all(ids.map(read))).every((st) => st === 404), 20_000),
    ).toBe(true);
    const notes = await s.call(
      'GET',
      `/api/conversations/${ids[0]}/notes`,
      await as(hanne.userPrincipalName),
    );
    expect(notes.status).toBe(404);
    const audit = await s.call('GET', '/api/hr/audit', await as(hr.userPrincipalName));
    const deletions = audit.body.filter((a: { action: string }) => a.action.startsWith('retention.deleted'));
    expect(deletions.map((a: { conversationId: string }) => a.conversationId).sort()).toEqual(
      [...ids].sort(),
    );
    expect(deletions[0]).toMatchObject({ actorId: 'retention', employeeId: expect.any(String) });
  });
});
