import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { graphDirectory } from '../../../src/service/authorization/directory';
import { createGraphClientFactory } from '../../../src/service/graph/client';
import { startAzurite, type Azurite } from '../../../src/service/jobs/azurite';
import { sendDueReminders } from '../../../src/service/jobs/reminders';
import { startRetention, type JobLogger } from '../../../src/service/jobs/retention';
import { sweepRetention } from '../../../src/service/jobs/retentionSweep';
import { loadJobSettings } from '../../../src/service/jobs/settings';
import { siteDriveFiles, type ConclusionFiles } from '../../../src/service/pdf/files';
import { conclusionPdfName } from '../../../src/service/pdf/keeper';
import { createCollections, type Collections } from '../../../src/service/records/collection';
import type { RecordStore } from '../../../src/service/records/recordStore';
import { createSharePointRecordStore } from '../../../src/service/records/sharePointRecordStore';
import type { CallOptions } from '../api/http';
import { startServiceOnSandbox, type ServiceOnSandbox } from '../api/onSandbox';

/**
 * A retention sweep killed at any step (a service instance stopped half-way) and run again: nothing that should
 * stay is lost, nothing that should go is left, and each deletion is audited once. The sweep runs on the MUS
 * site's lists and drive in the sandbox, killed before its 1st, 2nd, … write until one finishes. And the job
 * logs through the service's logger: what it deleted once, at info; a failure at error, never to the console.
 */
let s: ServiceOnSandbox;
beforeAll(async () => {
  s = await startServiceOnSandbox({ oneClock: true });
});
afterAll(() => s.close());

const must = async (method: string, path: string, options: CallOptions) => {
  const res = await s.call(method, path, options);
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${res.text}`);
  return res.body;
};

/** The sandbox's movable clock, as the service reads it, and a day on. */
const clockNow = async () =>
  new Date((await (await fetch(`${s.sandboxUrl}/_sandbox/clock`)).json()).now).getTime();
const nextDay = () =>
  fetch(`${s.sandboxUrl}/_sandbox/clock`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ advanceDays: 1 }),
  });

class Killed extends Error {}

/** One look of the reminders job on `records` at `now`: the mid-year check-in's reminders only. */
const remind = (records: Collections, now: Date) => {
  const app = createGraphClientFactory(s.config);
  return sendDueReminders({
    records,
    graph: app,
    directory: graphDirectory(app.app()),
    app: { teamsAppId: 'mus-retention-test', tabUrl: 'https://localhost/tab' },
    settings: { kinds: ['checkInDue'], deadlineDays: 14, checkInDays: 7, everySeconds: 1 },
    now: () => now,
  });
};
const reminderKeys = async (records: Collections, conversationId: string) =>
  (await records.reminders.find('conversationId', conversationId)).map((r) => r.key).sort();

/** The store and drive, killed at the `at`-th write (create, replace or delete): the writes before it are done. */
function killedAt(store: RecordStore, files: ConclusionFiles, at: number) {
  let writes = 0;
  const write = () => {
    writes += 1;
    if (writes >= at) throw new Killed(`killed before write ${writes}`);
  };
  const records: RecordStore = {
    ...store,
    get: (...a) => store.get(...a),
    find: (...a) => store.find(...a),
    all: (...a) => store.all(...a),
    create: async (...a) => (write(), store.create(...a)),
    replace: async (...a) => (write(), store.replace(...a)),
    delete: async (...a) => (write(), store.delete(...a)),
  };
  const drive: ConclusionFiles = { ...files, delete: async (name) => (write(), files.delete(name)) };
  return { records: createCollections(records), files: drive };
}

/** Hanne's round of two: the first conversation held and signed (its PDF kept), with a shared note and a goal. */
async function signedConversation() {
  const users = await s.users();
  const hanne = users.find((u) => u.userPrincipalName.startsWith('hanne.mortensen'))!;
  const reports = users.filter((u) => u.managerId === hanne.id).slice(0, 2);
  const leader = { token: await s.token(hanne.userPrincipalName) };
  const worker = { token: await s.token(reports[0]!.userPrincipalName) };
  const made = await must('POST', '/api/rounds', {
    ...leader,
    body: {
      roundId: randomUUID(),
      title: 'MUS',
      conceptId: 'flexible',
      employeeIds: reports.map((r) => r.id),
    },
  });
  const [id, other] = made.conversations.map((c: { value: { id: string } }) => c.value.id) as [
    string,
    string,
  ];
  const topicId: string = made.conversations[0].value.agenda.items[0].topic.id;
  const path = `/api/conversations/${id}`;
  const step = async (who: CallOptions, route: string, body: unknown) =>
    must('POST', `${path}/${route}`, {
      ...who,
      headers: { 'if-match': (await s.call('GET', `${path}/`, who)).body.etag },
      body,
    });
  const start = (await clockNow()) + 3_600_000;
  await step(leader, 'status', {
    event: 'book',
    slot: { start: new Date(start).toISOString(), end: new Date(start + 3_600_000).toISOString() },
  });
  for (const who of [leader, worker]) await step(who, 'agenda', { action: 'agree' });
  await nextDay();
  await must('PUT', `${path}/notes/${topicId}`, { ...leader, body: { text: 'delt note' } });
  await must('POST', `${path}/goals`, {
    ...leader,
    body: { goalId: randomUUID(), goal: 'Lære at lede møder', deadline: '2099-01-01', activities: [] },
  });
  await step(leader, 'status', { event: 'hold' });
  let conclusion = await must('PUT', `${path}/conclusion`, {
    ...leader,
    body: { summaries: { [topicId]: 'Godt' } },
  });
  for (const who of [leader, worker])
    conclusion = await must('POST', `${path}/conclusion/sign`, {
      ...who,
      headers: { 'if-match': conclusion.etag },
    });
  return { id, other, roundId: made.round.value.id as string };
}

describe('retention killed half-way', () => {
  it('killed before each write in turn, then run again: the conversation and all that is its go, the rest stays, audited once', async () => {
    const { id, other: keptId, roundId } = await signedConversation();
    const app = createGraphClientFactory(s.config).app();
    const store = createSharePointRecordStore(app, s.site);
    const files = siteDriveFiles(app, s.site.siteId);
    const records = createCollections(store);
    const pdf = conclusionPdfName(id, 1, 'da');
    expect(await files.read(pdf)).toBeDefined();
    // A year and a day on, with a retention of one year; the round's other conversation changed a month ago.
    const later = new Date((await clockNow()) + 366 * 86_400_000);
    const kept = (await records.conversations.get(keptId))!;
    await records.conversations.replace(
      keptId,
      { ...kept.value, updatedAt: new Date(later.getTime() - 30 * 86_400_000).toISOString() },
      kept.etag,
    );
    // The check-in's reminders went out half a year after the talk (to the employee and to Hanne); the kept
    // conversation has a reminder of its own.
    await remind(records, new Date((await clockNow()) + 200 * 86_400_000));
    const reminded = await reminderKeys(records, id);
    expect(reminded).toHaveLength(2);
    const keptReminder = `reminder:topicProposed:${keptId}:topic:leader`;
    await records.reminders.create(keptReminder, {
      schemaVersion: 1,
      kind: 'topicProposed',
      recipientId: 'leader',
      conversationId: keptId,
      state: 'sent',
      at: later.toISOString(),
    });
    const before = await records.conversations.all();

    let kills = 0;
    for (let at = 1; at < 100; at += 1) {
      const killed = killedAt(store, files, at);
      try {
        await sweepRetention({ ...killed, years: 1, now: () => later });
        break;
      } catch (error) {
        const killed = error instanceof AggregateError && error.errors.every((e) => e instanceof Killed);
        if (!killed) throw error;
        kills += 1;
      }
    }
    expect(kills).toBeGreaterThanOrEqual(7);
    expect(await sweepRetention({ records, files, years: 1, now: () => later })).toBe(0);

    expect(await records.conversations.get(id)).toBeUndefined();
    expect(await records.conclusions.get(id)).toBeUndefined();
    expect(await records.goals.find('conversationId', id)).toEqual([]);
    expect(await records.notes.find('conversationId', id)).toEqual([]);
    expect(await files.read(pdf)).toBeUndefined();
    const round = await records.rounds.get(roundId);
    expect(Object.values(round!.value.conversationIds)).toEqual([keptId]);
    expect((await records.conversations.get(keptId))?.value.id).toBe(keptId);
    const audited = (await records.audit.find('conversationId', id)).filter((a) =>
      a.value.action.startsWith('retention.deleted'),
    );
    expect(audited).toHaveLength(1);
    // The audit entry says what went, counted before anything did (the first, killed sweep wrote it).
    expect(audited[0]!.value.action).toMatch(
      /^retention\.deleted \(1y after \d{4}-\d\d-\d\d\): conversation, notes 1, goals 1, conclusions 1, reminders 2$/,
    );
    expect(await records.audit.find('conversationId', keptId)).toEqual([]);
    expect(await reminderKeys(records, id)).toEqual([]);
    expect(await reminderKeys(records, keptId)).toEqual([keptReminder]);

    // A reminders look that read the conversations before the sweep claims nothing of the deleted one.
    const stale = Object.assign(Object.create(records.conversations) as Collections['conversations'], {
      all: async () => before,
    });
    expect(await remind({ ...records, conversations: stale }, later)).toEqual([]);
    expect(await reminderKeys(records, id)).toEqual([]);
  }, 120_000);
});

describe('a conversation that cannot be deleted now', () => {
  it('does not hold up the others; the sweep fails, and the next one deletes it, audited once', async () => {
    const { id, other } = await signedConversation();
    const app = createGraphClientFactory(s.config).app();
    const files = siteDriveFiles(app, s.site.siteId);
    const records = createCollections(createSharePointRecordStore(app, s.site));
    const later = new Date((await clockNow()) + 366 * 86_400_000);
    const refusing = { ...files, delete: () => Promise.reject(new Error('drive refuses')) };
    await expect(sweepRetention({ records, files: refusing, years: 1, now: () => later })).rejects.toThrow(
      /1 of \d+ expired conversation\(s\) not deleted/,
    );
    expect(await records.conversations.get(other)).toBeUndefined();
    expect((await records.conversations.get(id))?.key).toBe(id);
    await sweepRetention({ records, files, years: 1, now: () => later });
    expect(await records.conversations.get(id)).toBeUndefined();
    expect(await files.read(conclusionPdfName(id, 1, 'da'))).toBeUndefined();
    const audited = (await records.audit.find('conversationId', id)).filter((a) =>
      a.value.action.startsWith('retention.deleted'),
    );
    expect(audited).toHaveLength(1);
  }, 60_000);
});

describe('the retention job’s log', () => {
  let azurite: Azurite;
  let folder: string;
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'mus-retention-log-'));
    azurite = await startAzurite({ location: folder });
  });
  afterAll(async () => {
    await azurite.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('says once, at info, how many it deleted; a failure at error; nothing through console.error', async () => {
    const { other } = await signedConversation();
    const app = createGraphClientFactory(s.config).app();
    const records = createCollections(createSharePointRecordStore(app, s.site));
    const lines: { level: string; message: string; err?: unknown }[] = [];
    const logger: JobLogger = {
      info: (message) => void lines.push({ level: 'info', message }),
      error: (details, message) => void lines.push({ level: 'error', message, ...details }),
    };
    const console = jest.spyOn(global.console, 'error');
    const settings = loadJobSettings(
      {},
      { connectionString: azurite.connectionString, visibilitySeconds: 1 },
    )!;
    const inThreeYears = (await clockNow()) + 3 * 366 * 86_400_000;
    const later = () => new Date(inThreeYears);
    const job = await startRetention({
      settings,
      retention: { years: 1, everyMs: 200 },
      records,
      now: later,
      logger,
    });
    for (let i = 0; i < 100 && (await records.conversations.get(other)); i += 1)
      await new Promise((r) => setTimeout(r, 100));
    await new Promise((r) => setTimeout(r, 1000));
    await job.close();
    const deleted = lines.filter((l) => l.level === 'info');
    expect(deleted).toHaveLength(1);
    expect(deleted[0]!.message).toMatch(/^retention: \d+ conversation\(s\) deleted$/);
    expect(lines.filter((l) => l.level === 'error')).toEqual([]);

    const broken = { ...records, conversations: { all: () => Promise.reject(new Error('lists down')) } };
    const failing = await startRetention({
      settings: { ...settings, queueName: `${settings.queueName}-broken` },
      retention: { years: 1, everyMs: 60_000 },
      records: broken as unknown as typeof records,
      now: later,
      logger,
    });
    for (let i = 0; i < 50 && !lines.some((l) => l.level === 'error'); i += 1)
      await new Promise((r) => setTimeout(r, 100));
    await failing.close();
    const failure = lines.find((l) => l.level === 'error');
    expect(failure?.message).toMatch(/^retention: job .* stopped$/);
    expect((failure?.err as Error).message).toBe('lists down');
    expect(console).not.toHaveBeenCalled();
    console.mockRestore();
  }, 60_000);
});
