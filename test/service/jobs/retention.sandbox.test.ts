import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGraphClientFactory } from '../../../src/service/graph/client';
import { startAzurite, type Azurite } from '../../../src/service/jobs/azurite';
import { loadJobSettings } from '../../../src/service/jobs/settings';
import { siteDriveFiles } from '../../../src/service/pdf/files';
import { conclusionPdfName } from '../../../src/service/pdf/keeper';
import { createCollections } from '../../../src/service/records/collection';
import { createSharePointRecordStore } from '../../../src/service/records/sharePointRecordStore';
import type { CallOptions } from '../api/http';
import { startServiceOnSandbox, type ServiceOnSandbox } from '../api/onSandbox';

/**
 * Retention on the sandbox with the one movable clock (`POST /_sandbox/clock`): with a retention of 1 year, a
 * held and signed conversation stays for 200 days and is gone after 400, deleted by the retention job on the
 * Azure Storage queue (Azurite) with its shared note, goal, conclusion, the conclusion's PDF in the MUS site's
 * drive and its id in the round; the private notes in each author's OneDrive go at the author's next visit.
 * Each deletion is in HR's audit list once.
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

/** A call that must succeed: its body. */
const must = async (method: string, path: string, options: CallOptions) => {
  const res = await s.call(method, path, options);
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${res.text}`);
  return res.body;
};

/** The author's private note file in their OneDrive app folder, as Graph answers the author: its status. */
const noteFile = async (upn: string, key: string) => {
  const token = await s.token(upn, 'https://graph.microsoft.com/Files.ReadWrite.AppFolder');
  const path = `/v1.0/me/drive/special/approot:/mus/${encodeURIComponent(key)}.json:`;
  return (await fetch(`${s.sandboxUrl}${path}`, { headers: { authorization: `Bearer ${token}` } })).status;
};

describe('retention', () => {
  it('deletes a signed conversation with its notes, goal, conclusion, PDF and round entry; private notes at the author’s visit; each audited once', async () => {
    const users = await s.users();
    const hanne = users.find((u) => u.userPrincipalName.startsWith('hanne.mortensen'))!;
    const reports = users.filter((u) => u.managerId === hanne.id).slice(0, 2);
    const employee = reports[0]!;
    const hr = users.find((u) => u.jobTitle === 'HR-partner')!;
    const as = async (upn: string) => ({ token: await s.token(upn) });
    const [leader, worker] = [await as(hanne.userPrincipalName), await as(employee.userPrincipalName)];
    const made = await must('POST', '/api/rounds', {
      ...leader,
      body: {
        roundId: randomUUID(),
        title: 'MUS',
        conceptId: 'flexible',
        employeeIds: reports.map((r) => r.id),
      },
    });
    const roundId: string = made.round.value.id;
    const ids: string[] = made.conversations.map((c: { value: { id: string } }) => c.value.id);
    const [id] = ids as [string];
    const path = `/api/conversations/${id}`;
    const topicId: string = made.conversations[0].value.agenda.items[0].topic.id;
    const step = async (who: CallOptions, route: string, body: unknown) =>
      must('POST', `${path}/${route}`, {
        ...who,
        headers: { 'if-match': (await s.call('GET', `${path}/`, who)).body.etag },
        body,
      });

    // Held and signed: a shared note, a private note of each party (one per topic too), a goal, the PDF.
    const now = new Date((await (await fetch(`${s.sandboxUrl}/_sandbox/clock`)).json()).now).getTime();
    const slot = {
      start: new Date(now + 3_600_000).toISOString(),
      end: new Date(now + 7_200_000).toISOString(),
    };
    await step(leader, 'status', { event: 'book', slot });
    for (const who of [leader, worker]) await step(who, 'agenda', { action: 'agree' });
    await advance(1);
    await must('PUT', `${path}/notes/${topicId}`, { ...leader, body: { text: 'delt note' } });
    await must('PUT', `${path}/private-note`, { ...leader, body: { text: 'min egen note' } });
    await must('PUT', `${path}/private-note`, { ...worker, body: { text: 'også min' } });
    await must('PUT', `${path}/private-notes/${topicId}`, { ...worker, body: { text: 'om emnet' } });
    const goal = await must('POST', `${path}/goals`, {
      ...leader,
      body: { goalId: randomUUID(), goal: 'Lære at lede møder', deadline: '2099-01-01', activities: [] },
    });
    await step(leader, 'status', { event: 'hold' });
    let conclusion = await must('PUT', `${path}/conclusion`, {
      ...leader,
      body: { summaries: { [topicId]: 'Et godt år' } },
    });
    for (const who of [leader, worker])
      conclusion = await must('POST', `${path}/conclusion/sign`, {
        ...who,
        headers: { 'if-match': conclusion.etag },
      });
    const app = createGraphClientFactory(s.config).app();
    const files = siteDriveFiles(app, s.site.siteId);
    const pdf = conclusionPdfName(id, 1, 'da');
    expect(await until(async () => (await files.read(pdf)) !== undefined, 10_000)).toBe(true);
    const records = createCollections(createSharePointRecordStore(app, s.site));
    const read = async (conversationId: string) =>
      (await s.call('GET', `/api/conversations/${conversationId}/`, leader)).status;

    await advance(200);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await Promise.all(ids.map(read))).toEqual([200, 200]);

    await advance(400);
    expect(
      await until(async () => (await Promise.all(ids.map(read))).every((st) => st === 404), 20_000),
    ).toBe(true);
    for (const sub of ['notes', 'goals', 'conclusion'])
      expect((await s.call('GET', `${path}/${sub}`, worker)).status).toBe(404);
    expect(await records.goals.get(goal.value.id)).toBeUndefined();
    expect(await records.conclusions.get(id)).toBeUndefined();
    expect(await records.notes.find('conversationId', id)).toEqual([]);
    expect(await files.read(pdf)).toBeUndefined();
    const round = await records.rounds.get(roundId);
    expect(round?.value.conversationIds).toEqual({});
    expect(round?.value.employeeIds).toEqual([]);

    // The private notes wait in each author's OneDrive for the author's next visit, then go.
    expect(await noteFile(employee.userPrincipalName, id)).toBe(200);
    expect(await noteFile(employee.userPrincipalName, `${id}.${topicId}`)).toBe(200);
    expect(await noteFile(hanne.userPrincipalName, id)).toBe(200);
    await must('GET', '/api/me', worker);
    expect(await noteFile(employee.userPrincipalName, id)).toBe(404);
    expect(await noteFile(employee.userPrincipalName, `${id}.${topicId}`)).toBe(404);
    expect(await noteFile(hanne.userPrincipalName, id)).toBe(200);
    await must('GET', '/api/me', leader);
    expect(await noteFile(hanne.userPrincipalName, id)).toBe(404);
    await advance(1);
    await must('GET', '/api/me', worker);

    const audit = await must('GET', '/api/hr/audit', await as(hr.userPrincipalName));
    const of = (action: string) =>
      audit
        .filter((a: { action: string }) => a.action.startsWith(action))
        .map((a: { conversationId: string }) => a.conversationId)
        .sort();
    expect(of('retention.deleted')).toEqual([...ids].sort());
    // Hanne's of both conversations, the employee's of his own (the other employee has not come back yet).
    expect(of('retention.privateNotesDeleted')).toEqual([id, ...ids].sort());
    expect(audit.find((a: { action: string }) => a.action.startsWith('retention.deleted'))).toMatchObject({
      actorId: 'retention',
      employeeId: expect.any(String),
    });
  });
});
