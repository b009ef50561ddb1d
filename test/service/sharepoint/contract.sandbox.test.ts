/**
 * Contract suite: provisioning and the typed list client against the sandbox's SharePoint lists (app-only,
 * as the service uses the MUS site).
 */
import { z } from 'zod';
import type { GraphConnection } from '../../../src/service/graph/client';
import { odataQuery } from '../../../src/service/graph/client';
import { DuplicateRecordError, StaleRecordError } from '../../../src/service/sharepoint/errors';
import { musList, provisionMusSite } from '../../../src/service/sharepoint';
import type { ProvisionReport } from '../../../src/service/sharepoint';
import type { RecordCodec } from '../../../src/service/sharepoint/mappers';
import { MUS_LISTS } from '../../../src/service/sharepoint/schema';
import { startSandbox } from '../graph/sandboxHarness';
import type { SandboxHarness } from '../graph/sandboxHarness';

const codec: RecordCodec<{ note: string }> = { schemaVersion: 1, schema: z.object({ note: z.string() }) };

let sandbox: SandboxHarness;
let app: GraphConnection;
let site: ProvisionReport;

beforeAll(async () => {
  sandbox = await startSandbox();
  app = sandbox.factory({ retry: { maxDelayMs: 20 } }).app();
  site = await provisionMusSite(app, { siteSearch: sandbox.config.siteSearch });
});
afterAll(async () => sandbox?.close());

describe('SharePoint adapters against the sandbox', () => {
  it('provisions every MUS list on a fresh site, and a second run writes nothing', async () => {
    expect(site.createdLists).toHaveLength(Object.keys(MUS_LISTS).length);
    expect(Object.values(site.listIds).every((id) => id.length > 0)).toBe(true);
    const again = await provisionMusSite(app, { siteSearch: sandbox.config.siteSearch });
    expect(again).toMatchObject({ writes: 0, createdLists: [], addedColumns: [], indexedColumns: [] });
    expect(again.listIds).toEqual(site.listIds);
  });

  it('creates, reads and updates a record, and refuses a stale update with the current record', async () => {
    const list = musList(app, site, 'conversations', codec);
    const created = await list.create({
      musId: 'mus-1',
      columns: { LeaderOid: 'l-1', Status: 'booked' },
      payload: { note: 'første' },
    });
    expect(await list.getById(created.itemId)).toEqual(created);
    const updated = await list.update(created, {
      columns: { LeaderOid: 'l-1', Status: 'held' },
      payload: { note: 'anden' },
    });
    expect(updated.eTag).not.toBe(created.eTag);
    const stale = await list
      .update(created, { columns: { Status: 'cancelled' }, payload: { note: 'forældet' } })
      .catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(StaleRecordError);
    expect(stale).toMatchObject({ current: { eTag: updated.eTag, payload: { note: 'anden' } } });
    expect(await list.getByMusId('mus-1')).toMatchObject({
      payload: { note: 'anden' },
      columns: { Status: 'held' },
    });
  });

  it('queries an indexed column over several pages', async () => {
    const list = musList(app, site, 'goals', codec);
    for (let i = 0; i < 7; i += 1) {
      await list.create({
        musId: `goal-${i}`,
        columns: { EmployeeOid: 'emp-paged' },
        payload: { note: `mål ${i}` },
      });
    }
    await list.create({
      musId: 'goal-other',
      columns: { EmployeeOid: 'emp-other' },
      payload: { note: 'andet' },
    });
    const before = app.stats.roundTrips;
    const found = await list.query('EmployeeOid', 'emp-paged', { pageSize: 3 });
    expect(found.map((r) => r.musId).sort()).toEqual(Array.from({ length: 7 }, (_, i) => `goal-${i}`));
    expect(app.stats.roundTrips - before).toBe(3);
  });

  it('is refused by SharePoint when filtering on a column that is not indexed', async () => {
    const path =
      `/sites/${site.siteId}/lists/${site.listIds.conversations}/items` +
      odataQuery({ $expand: 'fields', $filter: "fields/EventId eq 'x'" });
    await expect(app.client.api(path).get()).rejects.toMatchObject({ statusCode: 400 });
  });

  it('deletes a record only with a current eTag', async () => {
    const list = musList(app, site, 'consents', codec);
    const created = await list.create({
      musId: 'consent-1',
      columns: { Kind: 'filing' },
      payload: { note: 'ja' },
    });
    const updated = await list.update(created, {
      columns: { Kind: 'filing' },
      payload: { note: 'ja, stadig' },
    });
    await expect(list.delete(created.itemId, created.eTag)).rejects.toBeInstanceOf(StaleRecordError);
    await list.delete(updated.itemId, updated.eTag);
    expect(await list.getById(created.itemId)).toBeUndefined();
  });

  it('refuses a second record with the same MusId, pointing at the first', async () => {
    const list = musList(app, site, 'rounds', codec);
    const first = await list.create({
      musId: 'round-1',
      columns: { LeaderOid: 'l-1' },
      payload: { note: 'runde' },
    });
    const again = await list
      .create({ musId: 'round-1', columns: { LeaderOid: 'l-1' }, payload: { note: 'igen' } })
      .catch((e: unknown) => e);
    expect(again).toBeInstanceOf(DuplicateRecordError);
    expect(again).toMatchObject({ current: { itemId: first.itemId, payload: { note: 'runde' } } });
    expect(await list.query('LeaderOid', 'l-1')).toHaveLength(1);
  });
});
