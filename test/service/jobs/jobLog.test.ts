/**
 * The jobs log through the service's logger (`jobs/jobLog.ts`): a reminders look that fails logs the job's id
 * and what kind of error stopped it, never what the records say, though the store's refusal carries the
 * conversation it found (its proposed topic, the employee's name). Lines logged before the service's logger
 * exists are written once it does.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GraphClientFactory } from '../../../src/service/graph/client';
import { startAzurite, type Azurite } from '../../../src/service/jobs/azurite';
import { laterLogger, workerLog, type JobLogger } from '../../../src/service/jobs/jobLog';
import { startReminders } from '../../../src/service/jobs/reminders';
import { loadJobSettings } from '../../../src/service/jobs/settings';
import { createCollections } from '../../../src/service/records/collection';
import { StaleRecordError } from '../../../src/service/records/errors';
import { createMemoryRecordStore } from '../../../src/service/records/memoryRecordStore';

const TOPIC = 'Min stress derhjemme efter skilsmissen';
const NAME = 'Jonas Wind Kristensen';

let azurite: Azurite;
let folder: string;
beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'mus-job-log-'));
  azurite = await startAzurite({ location: folder });
});
afterAll(async () => {
  await azurite.close();
  rmSync(folder, { recursive: true, force: true });
});

function lines() {
  const written: { level: string; message: string; details?: Record<string, unknown> }[] = [];
  const logger: JobLogger = {
    info: (message) => void written.push({ level: 'info', message }),
    error: (details, message) =>
      void written.push({ level: 'error', message, details: details as Record<string, unknown> }),
  };
  return { written, logger };
}

it('a failing reminders job logs its id and the error’s kind, not the conversation it was refused with', async () => {
  const records = createCollections(createMemoryRecordStore());
  const conversation = {
    id: 'c-1',
    employeeName: NAME,
    agenda: { items: [{ status: 'proposed', topic: { title: { da: TOPIC, en: TOPIC } } }] },
  };
  const refused = new StaleRecordError('conversation', {
    key: 'c-1',
    etag: '"2"',
    value: conversation,
  });
  const failing = Object.assign(Object.create(records.conversations) as typeof records.conversations, {
    all: () => Promise.reject(refused),
  });
  const { written, logger } = lines();
  const console = jest.spyOn(global.console, 'error');
  const jobs = loadJobSettings({}, { connectionString: azurite.connectionString, visibilitySeconds: 1 })!;
  const reminders = await startReminders({
    jobs,
    records: { ...records, conversations: failing },
    graph: {} as GraphClientFactory,
    directory: { managerOf: async () => undefined, directReportsOf: async () => [] } as never,
    app: { teamsAppId: 'app', tabUrl: 'https://localhost/tab' },
    settings: { kinds: ['topicProposed'], deadlineDays: 14, checkInDays: 7, everySeconds: 1 },
    now: () => new Date(),
    log: workerLog(logger, 'reminders'),
  });
  for (let i = 0; i < 50 && written.length === 0; i += 1) await new Promise((r) => setTimeout(r, 100));
  await reminders.close();

  const [line] = written;
  expect(line?.level).toBe('error');
  const jobId = line?.details?.['jobId'];
  expect(typeof jobId).toBe('string');
  expect(line?.message).toBe(`reminders: job ${String(jobId)} stopped`);
  expect(line?.details).toMatchObject({
    worker: 'reminders',
    err: { type: 'StaleRecordError', message: 'The conversation c-1 has changed' },
  });
  const logged = JSON.stringify(written);
  expect(logged).not.toContain(TOPIC);
  expect(logged).not.toContain(NAME);
  // What the log would have held had the error been logged as it is: the refusal carries the conversation.
  expect(JSON.stringify(refused)).toContain(TOPIC);
  expect(console).not.toHaveBeenCalled();
  console.mockRestore();
}, 30_000);

it('lines logged before the service’s logger exists are written once it is attached, in order', () => {
  const later = laterLogger();
  later.info('first');
  workerLog(later, 'booking')('queue', new Error('down'));
  const { written, logger } = lines();
  expect(written).toEqual([]);
  later.attach(logger);
  later.info('after');
  expect(written.map((l) => `${l.level} ${l.message}`)).toEqual([
    'info first',
    'error booking: queue',
    'info after',
  ]);
  expect(written[1]?.details).toMatchObject({ worker: 'booking', err: { type: 'Error', message: 'down' } });
});
