/**
 * Mappers between list items as Graph returns them and typed MUS records. What is read is validated: the item
 * shape and the columns against the schema, the JSON payload against the record's own zod schema after
 * migrating it forward from its `SchemaVersion`. Nothing is cast.
 */
import { z } from 'zod';
import { RecordValidationError } from './errors';
import type { ColumnSpec, KeyColumns, MusListKey } from './schema';
import { listSpec } from './schema';

/** How one kind of record is stored: its current version, its schema, and how older versions move forward. */
export interface RecordCodec<P> {
  readonly schemaVersion: number;
  readonly schema: z.ZodType<P>;
  /** Turns a payload written at `fromVersion` (< schemaVersion) into the current shape. */
  readonly migrate?: (fromVersion: number, payload: unknown) => unknown;
}

export interface ListRecord<K extends MusListKey, P> {
  readonly itemId: string;
  readonly eTag: string;
  readonly musId: string;
  readonly columns: KeyColumns<K>;
  readonly payload: P;
}

export interface NewRecord<K extends MusListKey, P> {
  readonly musId: string;
  readonly columns: KeyColumns<K>;
  readonly payload: P;
}

export const listItemSchema = z.object({
  id: z.string().min(1),
  eTag: z.string().min(1).optional(),
  '@odata.etag': z.string().min(1).optional(),
  fields: z.record(z.string(), z.unknown()),
});
export type RawListItem = z.infer<typeof listItemSchema>;

const RECORD_COLUMNS = new Set(['MusId', 'SchemaVersion', 'Payload']);

function columnValueSchema(spec: ColumnSpec): z.ZodType<string | number | boolean | null | undefined> {
  switch (spec.type) {
    case 'number':
      return z.coerce.number().nullish();
    case 'boolean':
      return z.boolean().nullish();
    default:
      return z.string().nullish();
  }
}

const fieldsSchemas = new Map<MusListKey, z.ZodType<Record<string, unknown>>>();

/** The zod schema of a list's fields, built from the list schema (unknown extra fields pass through). */
export function fieldsSchema(key: MusListKey): z.ZodType<Record<string, unknown>> {
  let schema = fieldsSchemas.get(key);
  if (!schema) {
    const shape: Record<string, z.ZodType> = {};
    for (const [name, spec] of Object.entries(listSpec(key).columns)) {
      if (!RECORD_COLUMNS.has(name)) shape[name] = columnValueSchema(spec);
    }
    schema = z.looseObject({
      ...shape,
      MusId: z.string().min(1),
      SchemaVersion: z.coerce.number().int().positive(),
      Payload: z.string(),
    });
    fieldsSchemas.set(key, schema);
  }
  return schema;
}

/** The `fields` to write for a record. */
export function toFields<K extends MusListKey, P>(
  codec: RecordCodec<P>,
  record: NewRecord<K, P>,
): Record<string, unknown> {
  return {
    Title: record.musId,
    ...record.columns,
    MusId: record.musId,
    SchemaVersion: codec.schemaVersion,
    Payload: JSON.stringify(codec.schema.parse(record.payload)),
  };
}

/** A validated record from a list item as Graph returned it. */
export function fromItem<K extends MusListKey, P>(
  key: MusListKey,
  codec: RecordCodec<P>,
  raw: unknown,
): ListRecord<K, P> {
  const item = listItemSchema.safeParse(raw);
  if (!item.success) throw new RecordValidationError(key, '?', z.prettifyError(item.error));
  const itemId = item.data.id;
  const eTag = item.data.eTag ?? item.data['@odata.etag'] ?? stringField(item.data.fields['@odata.etag']);
  if (!eTag) throw new RecordValidationError(key, itemId, 'no eTag');
  const fields = fieldsSchema(key).safeParse(item.data.fields);
  if (!fields.success) throw new RecordValidationError(key, itemId, z.prettifyError(fields.error));
  const { MusId, SchemaVersion, Payload } = fields.data;
  let payload: unknown;
  try {
    payload = JSON.parse(String(Payload));
  } catch {
    throw new RecordValidationError(key, itemId, 'Payload is not JSON');
  }
  const version = Number(SchemaVersion);
  if (version > codec.schemaVersion) {
    throw new RecordValidationError(
      key,
      itemId,
      `written by a newer version (${version} > ${codec.schemaVersion})`,
    );
  }
  if (version < codec.schemaVersion) {
    if (!codec.migrate) throw new RecordValidationError(key, itemId, `no migration from version ${version}`);
    payload = codec.migrate(version, payload);
  }
  const parsed = codec.schema.safeParse(payload);
  if (!parsed.success) throw new RecordValidationError(key, itemId, z.prettifyError(parsed.error));
  return {
    itemId,
    eTag,
    musId: String(MusId),
    columns: keyColumns<K>(key, fields.data),
    payload: parsed.data,
  };
}

function stringField(value: unknown): string | undefined {
  return typeof value === 'string' && value ? value : undefined;
}

function keyColumns<K extends MusListKey>(key: MusListKey, fields: Record<string, unknown>): KeyColumns<K> {
  const columns: Record<string, unknown> = {};
  for (const name of Object.keys(listSpec(key).columns)) {
    if (!RECORD_COLUMNS.has(name) && fields[name] !== undefined) columns[name] = fields[name];
  }
  return columns as KeyColumns<K>;
}
