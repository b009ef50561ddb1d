import { z } from 'zod';
import {
  DuplicateRecordError,
  NonIndexedQueryError,
  RecordValidationError,
  StaleRecordError,
} from '../../../src/service/sharepoint/errors';
import { ListClient } from '../../../src/service/sharepoint/listClient';
import type { RecordCodec } from '../../../src/service/sharepoint/mappers';
import { cannedConnection, json } from '../graph/cannedTerminal';

const conversationCodec: RecordCodec<{ title: string; topics: string[] }> = {
  schemaVersion: 2,
  schema: z.object({ title: z.string(), topics: z.array(z.string()) }),
  migrate: (from, payload) => {
    const old = z.object({ title: z.string() }).parse(payload);
    return from === 1 ? { ...old, topics: [] } : payload;
  },
};

const item = (
  id: string,
  etag: string,
  payload: unknown,
  version = 2,
  extra: Record<string, unknown> = {},
) => ({
  id,
  eTag: etag,
  fields: {
    MusId: `mus-${id}`,
    SchemaVersion: version,
    Payload: JSON.stringify(payload),
    LeaderOid: 'oid-l',
    ...extra,
  },
});

const client = (handler: Parameters<typeof cannedConnection>[0]) => {
  const canned = cannedConnection(handler);
  return {
    ...canned,
    list: new ListClient(canned.connection, 'site-1', 'list-1', 'conversations', conversationCodec),
  };
};

describe('the typed list client', () => {
  it('reads a record, validating its columns and payload', async () => {
    const { list, terminal } = client(() =>
      json(200, item('7', '"e,1"', { title: 'MUS 2026', topics: ['Trivsel'] })),
    );
    const record = await list.getById('7');
    expect(record).toEqual({
      itemId: '7',
      eTag: '"e,1"',
      musId: 'mus-7',
      columns: { LeaderOid: 'oid-l' },
      payload: { title: 'MUS 2026', topics: ['Trivsel'] },
    });
    expect(terminal.seen[0]?.path).toBe('/v1.0/sites/site-1/lists/list-1/items/7?$expand=fields');
  });

  it('migrates an older payload forward when reading it', async () => {
    const { list } = client(() => json(200, item('7', '"e,1"', { title: 'gammel' }, 1)));
    await expect(list.getById('7')).resolves.toMatchObject({ payload: { title: 'gammel', topics: [] } });
  });

  it('refuses an item whose payload does not match the record schema', async () => {
    const { list } = client(() => json(200, item('7', '"e,1"', { title: 42 })));
    await expect(list.getById('7')).rejects.toBeInstanceOf(RecordValidationError);
  });

  it('refuses an item whose key column has the wrong type', async () => {
    const { list } = client(() =>
      json(200, item('7', '"e,1"', { title: 'x', topics: [] }, 2, { LeaderOid: 12 })),
    );
    await expect(list.getById('7')).rejects.toThrow(/LeaderOid/);
  });

  it('queries an indexed column and follows @odata.nextLink over every page', async () => {
    const { list, terminal } = client((req) =>
      req.path.includes('$skiptoken=2')
        ? json(200, { value: [item('3', '"c,1"', { title: 'c', topics: [] })] })
        : json(200, {
            value: [
              item('1', '"a,1"', { title: 'a', topics: [] }),
              item('2', '"b,1"', { title: 'b', topics: [] }),
            ],
            '@odata.nextLink': 'https://graph.example.test/v1.0/sites/site-1/lists/list-1/items?$skiptoken=2',
          }),
    );
    const found = await list.query('LeaderOid', "o'neil", { pageSize: 2 });
    expect(found.map((r) => r.itemId)).toEqual(['1', '2', '3']);
    expect(terminal.seen[0]?.path).toContain("$filter=fields/LeaderOid eq 'o''neil'");
    expect(terminal.seen[0]?.path).toContain('$top=2');
  });

  it('refuses a filter on a column that is not indexed, without a round trip', async () => {
    const { list, terminal } = client(() => json(200, { value: [] }));
    // @ts-expect-error EventId is not an indexed column
    await expect(list.query('EventId', 'x')).rejects.toBeInstanceOf(NonIndexedQueryError);
    expect(terminal.seen).toHaveLength(0);
  });

  it('updates with If-Match and turns a 412 into a stale-record error carrying the current record', async () => {
    const { list, terminal } = client((req) =>
      req.method === 'PATCH'
        ? json(412, { error: { code: 'preconditionFailed', message: 'eTag mismatch' } })
        : json(200, item('7', '"e,5"', { title: 'changed by Jonas', topics: [] })),
    );
    const stale = await list
      .update(
        { itemId: '7', eTag: '"e,4"', musId: 'mus-7' },
        { columns: {}, payload: { title: 'mine', topics: [] } },
      )
      .catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(StaleRecordError);
    expect(stale).toMatchObject({ current: { eTag: '"e,5"', payload: { title: 'changed by Jonas' } } });
    expect(terminal.seen[0]?.headers.get('If-Match')).toBe('"e,4"');
  });

  it('returns the new eTag after a successful update', async () => {
    const { list, terminal } = client((req) => {
      const sent = z.object({ Payload: z.string() }).parse(req.body);
      return json(200, { '@odata.etag': '"e,5"', MusId: 'mus-7', SchemaVersion: 2, Payload: sent.Payload });
    });
    const updated = await list.update(
      { itemId: '7', eTag: '"e,4"', musId: 'mus-7' },
      { columns: { Status: 'held' }, payload: { title: 'ny', topics: ['Trivsel'] } },
    );
    expect(updated).toMatchObject({ eTag: '"e,5"', columns: { Status: 'held' }, payload: { title: 'ny' } });
    expect(terminal.seen[0]?.body).toMatchObject({
      Title: 'mus-7',
      MusId: 'mus-7',
      SchemaVersion: 2,
      Status: 'held',
    });
  });

  it('does not write a payload that breaks the record schema', async () => {
    const { list, terminal } = client(() => json(201, {}));
    const bad = { musId: 'm', columns: {}, payload: { title: 'x', topics: 'no' } } as unknown as Parameters<
      typeof list.create
    >[0];
    await expect(list.create(bad)).rejects.toThrow();
    expect(terminal.seen).toHaveLength(0);
  });

  it('reads every record of a list without a filter, in pages of SharePoint’s largest size', async () => {
    const { list, terminal } = client(() =>
      json(200, { value: [item('1', '"a,1"', { title: 'a', topics: [] })] }),
    );
    await expect(list.all()).resolves.toHaveLength(1);
    expect(terminal.seen[0]?.path).not.toContain('$filter');
    expect(terminal.seen[0]?.path).toContain('$top=5000');
  });

  it('turns a 409 on create into a duplicate-record error carrying the existing record', async () => {
    const { list } = client((req) =>
      req.method === 'POST'
        ? json(409, { error: { code: 'nameAlreadyExists', message: 'unique' } })
        : json(200, { value: [item('4', '"d,1"', { title: 'først', topics: [] })] }),
    );
    const dup = await list
      .create({ musId: 'mus-4', columns: {}, payload: { title: 'igen', topics: [] } })
      .catch((e: unknown) => e);
    expect(dup).toBeInstanceOf(DuplicateRecordError);
    expect(dup).toMatchObject({ current: { itemId: '4', payload: { title: 'først' } } });
  });
});
