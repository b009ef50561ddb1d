/**
 * Writing many records at once (the booking job records 20 conversations a request): on SharePoint the list
 * items are updated in `$batch`es of 20; a record changed meanwhile is refused with its current version and
 * left as it is, the others are written. The memory store, which has no batch, answers the same through the
 * typed collection.
 */
import { conversationId, personId, topicId } from '../../../src/domain';
import { Collection } from '../../../src/service/records/collection';
import { createMemoryRecordStore } from '../../../src/service/records/memoryRecordStore';
import { StaleRecordError, type RecordStore } from '../../../src/service/records/recordStore';
import { createSharePointRecordStore } from '../../../src/service/records/sharePointRecordStore';
import { provisionMusSite } from '../../../src/service/sharepoint';
import { startSandbox, type SandboxHarness } from '../graph/sandboxHarness';

const note = (key: string, text: string) => ({
  schemaVersion: 1 as const,
  conversationId: conversationId('c1'),
  topicId: topicId(key),
  text,
  updatedBy: personId('u1'),
  updatedAt: '2026-11-26T10:00:00.000Z',
});

async function writeMany(store: RecordStore) {
  const notes = new Collection(store, 'note');
  const created = await Promise.all(
    Array.from({ length: 25 }, (_, i) => notes.create(`n${i}`, note(`t${i}`, 'first'))),
  );
  const [changed] = created;
  if (!changed) throw new Error('no record');
  const meanwhile = await notes.replace(changed.key, note('t0', 'changed meanwhile'), changed.etag);
  const results = await notes.replaceMany(
    created.map((c, i) => ({ key: c.key, value: note(`t${i}`, 'second'), ifMatch: c.etag })),
  );
  return { notes, created, meanwhile, results };
}

async function expectWritten({ notes, created, meanwhile, results }: Awaited<ReturnType<typeof writeMany>>) {
  const refused = results.get('n0');
  expect(refused).toBeInstanceOf(StaleRecordError);
  expect((refused as StaleRecordError).current.etag).toBe(meanwhile.etag);
  expect((await notes.require('n0')).value.text).toBe('changed meanwhile');
  for (const c of created.slice(1)) {
    const written = results.get(c.key);
    expect(written).not.toBeInstanceOf(Error);
    expect((await notes.require(c.key)).value.text).toBe('second');
  }
}

describe('replaceMany on the SharePoint store', () => {
  let sandbox: SandboxHarness;
  beforeAll(async () => {
    sandbox = await startSandbox();
  });
  afterAll(() => sandbox.close());

  it('writes 25 records in two $batch requests and refuses the stale one with its current version', async () => {
    const app = sandbox.factory().app();
    const store = createSharePointRecordStore(
      app,
      await provisionMusSite(app, { siteSearch: sandbox.config.siteSearch }),
    );
    const notes = new Collection(store, 'note');
    const created = await Promise.all(
      Array.from({ length: 25 }, (_, i) => notes.create(`b${i}`, note(`t${i}`, 'first'))),
    );
    await sandbox.clearLog();
    const results = await notes.replaceMany(
      created.map((c, i) => ({ key: c.key, value: note(`t${i}`, 'second'), ifMatch: c.etag })),
    );
    const log = (await sandbox.log()).filter((e) => e.path.startsWith('/v1.0/'));
    expect(log.map((e) => e.path)).toEqual(['/v1.0/$batch', '/v1.0/$batch']);
    expect([...results.values()].filter((r) => r instanceof Error)).toEqual([]);
    await expectWritten(await writeMany(store));
  });
});

it('replaceMany on the memory store answers the same, one write at a time', async () => {
  await expectWritten(await writeMany(createMemoryRecordStore()));
});
