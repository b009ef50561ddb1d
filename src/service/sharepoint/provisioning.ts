/**
 * Idempotent provisioning of the MUS site: find the site (configured id, or search), create the lists that are
 * missing, add missing columns and indexes, and record the schema version. A second run makes no writes.
 * Reads and writes go through `$batch` where there are several, so a fresh site takes a handful of round trips.
 */
import { z } from 'zod';
import type { BatchItem } from '../graph/batch';
import { sendBatch } from '../graph/batch';
import type { GraphConnection } from '../graph/client';
import { odataQuery } from '../graph/client';
import { paged } from '../graph/paging';
import { ListClient } from './listClient';
import type { RecordCodec } from './mappers';
import type { MusListKey } from './schema';
import { columnDefinition, META_ITEM_ID, MUS_LIST_KEYS, MUS_LISTS, MUS_SCHEMA_VERSION } from './schema';

export class ProvisioningError extends Error {
  override readonly name = 'ProvisioningError';
}

export interface ProvisionOptions {
  /** The MUS site's id; without it the site is found by `siteSearch`. */
  readonly siteId?: string;
  readonly siteSearch?: string;
}

export interface ProvisionReport {
  readonly siteId: string;
  /** Graph list id per MUS list. */
  readonly listIds: Readonly<Record<MusListKey, string>>;
  readonly createdLists: readonly string[];
  readonly addedColumns: readonly string[];
  readonly indexedColumns: readonly string[];
  /** Create/update requests sent (0 on a site that is already up to date). */
  readonly writes: number;
  /** HTTP round trips to Graph, including retries. */
  readonly roundTrips: number;
  readonly schemaVersion: number;
}

const siteSchema = z.object({
  id: z.string().min(1),
  displayName: z.string().nullish(),
  name: z.string().nullish(),
});
const sitesSchema = z.object({ value: z.array(siteSchema) });
const listSchema = z.object({ id: z.string().min(1), displayName: z.string() });
const columnsSchema = z.object({
  value: z.array(z.object({ id: z.string(), name: z.string(), indexed: z.boolean().nullish() })),
});

export const schemaInfoCodec: RecordCodec<{ schemaVersion: number }> = {
  schemaVersion: 1,
  schema: z.object({ schemaVersion: z.number().int().positive() }),
};

/** Finds the MUS site: by id if configured, else the search hit named like the search text (or the first). */
export async function findMusSite(connection: GraphConnection, options: ProvisionOptions): Promise<string> {
  if (options.siteId) {
    const site = siteSchema.parse(await connection.client.api(`/sites/${options.siteId}`).get());
    return site.id;
  }
  const search = options.siteSearch ?? 'MUS';
  const { value } = sitesSchema.parse(await connection.client.api(`/sites${odataQuery({ search })}`).get());
  const exact = value.find((s) => s.displayName === search || s.name === search);
  const site = exact ?? value[0];
  if (!site) throw new ProvisioningError(`No SharePoint site found by searching '${search}'`);
  return site.id;
}

async function existingLists(connection: GraphConnection, siteId: string): Promise<Map<string, string>> {
  const path = `/sites/${siteId}/lists${odataQuery({ $select: 'id,displayName' })}`;
  const lists = await paged(connection, path, (raw) => listSchema.parse(raw));
  return new Map(lists.map((list) => [list.displayName, list.id]));
}

async function batchOrThrow(connection: GraphConnection, items: BatchItem[], what: string) {
  if (items.length === 0) return new Map<string, unknown>();
  const report = await sendBatch(connection, items);
  if (report.failed.length > 0) {
    const detail = report.failed.map((f) => `${f.key}: ${f.status} ${f.ok ? '' : f.message}`).join('; ');
    throw new ProvisioningError(`Could not ${what}: ${detail}`);
  }
  return new Map(report.succeeded.map((o) => [o.key, o.ok ? o.body : undefined]));
}

export async function provisionMusSite(
  connection: GraphConnection,
  options: ProvisionOptions = {},
): Promise<ProvisionReport> {
  const startTrips = connection.stats.roundTrips;
  let writes = 0;
  const siteId = await findMusSite(connection, options);
  const lists = await existingLists(connection, siteId);
  const keys = MUS_LIST_KEYS;

  const missing = keys.filter((key) => !lists.has(MUS_LISTS[key].displayName));
  const created = await batchOrThrow(
    connection,
    missing.map((key) => {
      const spec = MUS_LISTS[key];
      return {
        key,
        method: 'POST',
        url: `/sites/${siteId}/lists`,
        body: {
          displayName: spec.displayName,
          description: spec.description,
          list: { template: 'genericList' },
          columns: Object.entries(spec.columns).map(([name, column]) => columnDefinition(name, column)),
        },
      };
    }),
    'create lists',
  );
  writes += missing.length;
  for (const key of missing) lists.set(MUS_LISTS[key].displayName, listSchema.parse(created.get(key)).id);

  // Every key of MUS_LIST_KEYS is present, so this is the full record (checked by the schema test).
  const listIds = Object.fromEntries(
    keys.map((key) => [key, lists.get(MUS_LISTS[key].displayName) ?? '']),
  ) as Record<MusListKey, string>;

  // Columns and indexes: what a list lacks (also on new lists, in case create ignored a setting).
  const columns = await batchOrThrow(
    connection,
    keys.map((key) => ({ key, method: 'GET', url: `/sites/${siteId}/lists/${listIds[key]}/columns` })),
    'read columns',
  );
  const fixes: BatchItem[] = [];
  const addedColumns: string[] = [];
  const indexedColumns: string[] = [];
  for (const key of keys) {
    const present = new Map(columnsSchema.parse(columns.get(key)).value.map((c) => [c.name, c]));
    for (const [name, spec] of Object.entries(MUS_LISTS[key].columns)) {
      const column = present.get(name);
      const label = `${MUS_LISTS[key].displayName}.${name}`;
      if (!column) {
        addedColumns.push(label);
        fixes.push({
          key: label,
          method: 'POST',
          url: `/sites/${siteId}/lists/${listIds[key]}/columns`,
          body: columnDefinition(name, spec),
        });
      } else if ('indexed' in spec && spec.indexed && !column.indexed) {
        indexedColumns.push(label);
        fixes.push({
          key: label,
          method: 'PATCH',
          url: `/sites/${siteId}/lists/${listIds[key]}/columns/${column.id}`,
          body: { indexed: true },
        });
      }
    }
  }
  await batchOrThrow(connection, fixes, 'add columns');
  writes += fixes.length;

  const meta = new ListClient(connection, siteId, listIds.meta, 'meta', schemaInfoCodec);
  const info = await meta.getByMusId(META_ITEM_ID);
  if (!info) {
    await meta.create({ musId: META_ITEM_ID, columns: {}, payload: { schemaVersion: MUS_SCHEMA_VERSION } });
    writes += 1;
  } else if (info.payload.schemaVersion < MUS_SCHEMA_VERSION) {
    await meta.update(info, { columns: {}, payload: { schemaVersion: MUS_SCHEMA_VERSION } });
    writes += 1;
  } else if (info.payload.schemaVersion > MUS_SCHEMA_VERSION) {
    throw new ProvisioningError(
      `The site has schema ${info.payload.schemaVersion}, newer than this code's ${MUS_SCHEMA_VERSION}`,
    );
  }

  return {
    siteId,
    listIds,
    createdLists: missing.map((key) => MUS_LISTS[key].displayName),
    addedColumns,
    indexedColumns,
    writes,
    roundTrips: connection.stats.roundTrips - startTrips,
    schemaVersion: MUS_SCHEMA_VERSION,
  };
}
