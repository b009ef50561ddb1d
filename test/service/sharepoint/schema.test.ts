import {
  columnDefinition,
  isIndexed,
  MUS_LIST_KEYS,
  MUS_LISTS,
} from '../../../src/service/sharepoint/schema';

describe('the MUS list schema', () => {
  it('names every list once, with distinct display names', () => {
    expect([...MUS_LIST_KEYS].sort()).toEqual(Object.keys(MUS_LISTS).sort());
    const names = MUS_LIST_KEYS.map((key) => MUS_LISTS[key].displayName);
    expect(new Set(names).size).toBe(names.length);
  });

  it('gives every record list a unique indexed MusId, a schema version and a JSON payload', () => {
    for (const key of MUS_LIST_KEYS) {
      expect(MUS_LISTS[key].columns).toMatchObject({
        MusId: { type: 'text', indexed: true, unique: true },
        SchemaVersion: { type: 'number' },
        Payload: { type: 'multilineText' },
      });
    }
  });

  it('indexes the columns conversations are looked up by', () => {
    for (const column of ['RoundId', 'LeaderOid', 'EmployeeOid', 'ChatThreadId', 'ScheduledStart', 'MusId']) {
      expect(isIndexed('conversations', column)).toBe(true);
    }
    expect(isIndexed('conversations', 'Payload')).toBe(false);
  });

  it('stays within SharePoint’s 20 indexed columns per list', () => {
    for (const key of MUS_LIST_KEYS) {
      const indexed = Object.values(MUS_LISTS[key].columns).filter((c) => 'indexed' in c && c.indexed);
      expect(indexed.length).toBeLessThanOrEqual(20);
    }
  });

  it('describes columns as Graph columnDefinitions', () => {
    expect(columnDefinition('MusId', MUS_LISTS.conversations.columns.MusId)).toEqual({
      name: 'MusId',
      displayName: 'MusId',
      indexed: true,
      enforceUniqueValues: true,
      required: true,
      text: { allowMultipleLines: false, maxLength: 255 },
    });
    expect(columnDefinition('At', MUS_LISTS.audit.columns.At)).toMatchObject({
      dateTime: { format: 'dateTime' },
    });
  });
});
