/**
 * The MUS SharePoint list schema, in one place: lists, columns, indexes and the schema version. Provisioning
 * makes a site match it; the list client reads and writes by it. Every record list carries `MusId` (unique,
 * indexed), `SchemaVersion` (of the record's JSON) and `Payload` (the versioned domain record as JSON); the
 * other columns are the keys we query by, each indexed (SharePoint refuses filters on non-indexed columns and
 * fails them past 5,000 items). Entra object ids are kept in text columns, not Person columns.
 *
 * Bump {@link MUS_SCHEMA_VERSION} whenever a list or column is added or changed.
 */
import type { ColumnDefinition } from '@microsoft/microsoft-graph-types';

export const MUS_SCHEMA_VERSION = 2;

export type ColumnType = 'text' | 'multilineText' | 'number' | 'dateTime' | 'boolean';

export interface ColumnSpec {
  readonly type: ColumnType;
  readonly indexed?: boolean;
  readonly unique?: boolean;
  readonly required?: boolean;
}

export interface ListSpec {
  readonly displayName: string;
  readonly description: string;
  readonly columns: Readonly<Record<string, ColumnSpec>>;
}

const text = { type: 'text' } as const;
const indexedText = { type: 'text', indexed: true } as const;
const indexedDate = { type: 'dateTime', indexed: true } as const;
const dateTime = { type: 'dateTime' } as const;
const number = { type: 'number' } as const;
const indexedNumber = { type: 'number', indexed: true } as const;

/** Columns every record list has. */
const recordColumns = {
  MusId: { type: 'text', indexed: true, unique: true, required: true },
  SchemaVersion: { type: 'number', required: true },
  Payload: { type: 'multilineText', required: true },
} as const;

export const MUS_LISTS = {
  concepts: {
    displayName: 'MUS Concepts',
    description: 'MUS concepts and topics per year and scope, as the SU decided.',
    columns: { ...recordColumns, Year: indexedNumber },
  },
  rounds: {
    displayName: 'MUS Rounds',
    description: 'One item per MUS round (a leader’s round of conversations).',
    columns: {
      ...recordColumns,
      RoundId: indexedText,
      LeaderOid: indexedText,
      Year: indexedNumber,
      Status: indexedText,
    },
  },
  conversations: {
    displayName: 'MUS Conversations',
    description: 'One item per MUS conversation (samtale).',
    columns: {
      ...recordColumns,
      ConversationId: indexedText,
      RoundId: indexedText,
      LeaderOid: indexedText,
      EmployeeOid: indexedText,
      ChatThreadId: indexedText,
      ScheduledStart: indexedDate,
      Status: indexedText,
      EventId: text,
    },
  },
  preparations: {
    displayName: 'MUS Preparations',
    description: 'Each side’s preparation per conversation (hidden from the other until both submitted).',
    columns: { ...recordColumns, ConversationId: indexedText, AuthorOid: indexedText },
  },
  notes: {
    displayName: 'MUS Shared Notes',
    description: 'Shared notes per topic (private notes live in the author’s OneDrive app folder).',
    columns: { ...recordColumns, ConversationId: indexedText },
  },
  goals: {
    displayName: 'MUS Goals',
    description: 'Development goals (udviklingsmål) with activities and follow-ups.',
    columns: {
      ...recordColumns,
      ConversationId: indexedText,
      EmployeeOid: indexedText,
      Status: indexedText,
      Deadline: dateTime,
    },
  },
  conclusions: {
    displayName: 'MUS Conclusions',
    description: 'Conclusion versions (fælles konklusion) and their signatures.',
    columns: {
      ...recordColumns,
      ConversationId: indexedText,
      Version: number,
      LeaderSignedAt: dateTime,
      EmployeeSignedAt: dateTime,
    },
  },
  musTestAnswers: {
    displayName: 'MUS Test Answers',
    description: 'MUS-testen answers of leaders.',
    columns: { ...recordColumns, LeaderOid: indexedText, RoundId: indexedText },
  },
  evaluations: {
    displayName: 'MUS Evaluations',
    description: 'Anonymous evaluations of a round.',
    columns: { ...recordColumns, RoundId: indexedText, ConversationId: indexedText },
  },
  consents: {
    displayName: 'MUS Consents',
    description: 'Employee consents, e.g. to file a conclusion to the personnel record.',
    columns: { ...recordColumns, EmployeeOid: indexedText, ConversationId: indexedText, Kind: indexedText },
  },
  audit: {
    displayName: 'MUS Audit',
    description: 'Who read which record when (reads by others than the two parties).',
    columns: {
      ...recordColumns,
      ActorOid: indexedText,
      ConversationId: indexedText,
      EmployeeOid: indexedText,
      RecordId: indexedText,
      RecordList: text,
      Action: text,
      At: indexedDate,
    },
  },
  meta: {
    displayName: 'MUS Schema',
    description: 'The schema version of the MUS lists (MusId "schema") and the service’s bookkeeping.',
    // Version 2: reminders are found by their conversation (retention deletes them with it).
    columns: { ...recordColumns, ConversationId: indexedText },
  },
} as const satisfies Record<string, ListSpec>;

export type MusListKey = keyof typeof MUS_LISTS;
export type ColumnsOf<K extends MusListKey> = (typeof MUS_LISTS)[K]['columns'];
export type ColumnName<K extends MusListKey> = keyof ColumnsOf<K> & string;
/** Columns a query may filter on: the indexed ones. */
export type IndexedColumn<K extends MusListKey> = {
  [C in ColumnName<K>]: ColumnsOf<K>[C] extends { readonly indexed: true } ? C : never;
}[ColumnName<K>];

type ValueOfColumn<S> = S extends { readonly type: 'number' }
  ? number
  : S extends { readonly type: 'boolean' }
    ? boolean
    : string;
/** Typed values of a list's own columns (not MusId/SchemaVersion/Payload, which the list client writes). */
export type KeyColumns<K extends MusListKey> = {
  [C in Exclude<ColumnName<K>, keyof typeof recordColumns>]?: ValueOfColumn<ColumnsOf<K>[C]> | null;
};

export const META_ITEM_ID = 'schema';

export function listSpec(key: MusListKey): ListSpec {
  return MUS_LISTS[key];
}

export function isIndexed(key: MusListKey, column: string): boolean {
  const spec: ColumnSpec | undefined = listSpec(key).columns[column];
  return spec?.indexed === true;
}

/** The Graph columnDefinition for one column (as `POST …/lists` and `POST …/columns` take it). */
export function columnDefinition(name: string, spec: ColumnSpec): ColumnDefinition {
  const base: ColumnDefinition = {
    name,
    displayName: name,
    indexed: spec.indexed ?? false,
    enforceUniqueValues: spec.unique ?? false,
    required: spec.required ?? false,
  };
  switch (spec.type) {
    case 'text':
      return { ...base, text: { allowMultipleLines: false, maxLength: 255 } };
    case 'multilineText':
      return { ...base, text: { allowMultipleLines: true, textType: 'plain' } };
    case 'number':
      return { ...base, number: {} };
    case 'dateTime':
      return { ...base, dateTime: { format: 'dateTime' } };
    case 'boolean':
      return { ...base, boolean: {} };
  }
}

/** The shared key columns, by the names the service's record store uses for its index fields. */
export const INDEX_COLUMNS = {
  conversationId: 'ConversationId',
  roundId: 'RoundId',
  leaderId: 'LeaderOid',
  employeeId: 'EmployeeOid',
} as const;

/** Every MUS list key, in schema order. */
export const MUS_LIST_KEYS: readonly MusListKey[] = [
  'concepts',
  'rounds',
  'conversations',
  'preparations',
  'notes',
  'goals',
  'conclusions',
  'musTestAnswers',
  'evaluations',
  'consents',
  'audit',
  'meta',
];
