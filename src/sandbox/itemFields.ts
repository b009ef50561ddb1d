/** List item values: what SharePoint stores per column type, and the $filter it accepts on fields. */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { header, query } from './context';
import { badRequest } from './errors';
import type { ColumnRec, ListRec } from './lists';
export const itemRec = z.object({
  id: z.string(),
  listId: z.string(),
  guid: z.string(),
  version: z.number(),
  fields: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string())])),
  createdDateTime: z.string(),
  lastModifiedDateTime: z.string(),
  createdBy: z.object({ id: z.string(), displayName: z.string(), kind: z.enum(['user', 'application']) }),
  lastModifiedBy: z.object({
    id: z.string(),
    displayName: z.string(),
    kind: z.enum(['user', 'application']),
  }),
});
export type ItemRec = z.infer<typeof itemRec>;
export type FieldValue = ItemRec['fields'][string];

export const HONOR = 'HonorNonIndexedQueriesWarningMayFailRandomly';
export const eTagOf = (i: ItemRec) => `"${i.guid},${i.version}"`;
export const bare = (t: string) => t.trim().replace(/^W\//, '').replace(/^"|"$/g, '');
export const invalid = (message: string) => badRequest(message, 'invalidRequest');
/** SharePoint's refusal of a filter or sort on a column that is not indexed. */
export const notIndexed = (name: string) =>
  invalid(
    `Field '${name}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: ${HONOR}' header to allow this, but be warned that such queries may fail on lists with more than 5,000 items.`,
  );

/** Checks one value against its column and returns what SharePoint would store (null = clear). */
export function coerce(column: ColumnRec | undefined, name: string, value: unknown): FieldValue | null {
  if (!column) throw invalid(`Field '${name}' is not recognized`);
  if (column.readOnly) throw invalid(`Field '${name}' is read-only`);
  if (value === null) return null;
  const wrong = () => invalid(`Invalid value for field '${name}' of type ${column.type}.`);
  switch (column.type) {
    case 'text': {
      if (typeof value !== 'string') throw wrong();
      if (!column.facet.allowMultipleLines && value.length > 255)
        throw invalid(`The value of field '${name}' exceeds 255 characters.`);
      return value;
    }
    case 'number':
    case 'currency': {
      const n =
        typeof value === 'number'
          ? value
          : typeof value === 'string' && value.trim() !== ''
            ? Number(value)
            : NaN;
      if (!Number.isFinite(n)) throw wrong();
      return n;
    }
    case 'boolean':
      if (typeof value !== 'boolean') throw wrong();
      return value;
    case 'dateTime': {
      if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) throw wrong();
      return new Date(value).toISOString().replace(/\.\d{3}Z$/, 'Z');
    }
    case 'choice': {
      const choices = z.array(z.string()).catch([]).parse(column.facet.choices);
      if (typeof value !== 'string' || (!column.facet.allowTextEntry && !choices.includes(value)))
        throw wrong();
      return value;
    }
    default:
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
      throw wrong();
  }
}

export function applyFields(
  list: ListRec,
  current: ItemRec['fields'],
  input: Record<string, unknown>,
): ItemRec['fields'] {
  const next = { ...current };
  for (const [name, value] of Object.entries(input)) {
    if (name.startsWith('@odata')) continue;
    const stored = coerce(
      list.columns.find((c) => c.name === name),
      name,
      value,
    );
    if (stored === null) delete next[name];
    else next[name] = stored;
  }
  return next;
}

export const OPS = ['eq', 'ne', 'ge', 'gt', 'le', 'lt'] as const;
export type Op = (typeof OPS)[number];
const CLAUSE = /^fields\/(\w+)\s+(eq|ne|ge|gt|le|lt)\s+(?:'((?:[^']|'')*)'|(-?\d+(?:\.\d+)?)|(true|false))$/i;

export function compare(a: FieldValue | undefined, b: FieldValue, op: Op, type: string): boolean {
  if (a === undefined) return op === 'ne';
  let x: number | string | boolean = Array.isArray(a) ? a.join(';') : a;
  let y: number | string | boolean = Array.isArray(b) ? b.join(';') : b;
  if (type === 'dateTime') [x, y] = [Date.parse(String(x)), Date.parse(String(y))];
  else if (typeof x === 'string' && typeof y === 'string') [x, y] = [x.toLowerCase(), y.toLowerCase()];
  switch (op) {
    case 'eq':
      return x === y;
    case 'ne':
      return x !== y;
    case 'ge':
      return x >= y;
    case 'gt':
      return x > y;
    case 'le':
      return x <= y;
    case 'lt':
      return x < y;
  }
}

/**
 * The lookup key of a field value: equal under `compare(…, 'eq', …)` implies an equal key (strings compare
 * case-insensitively), so a key lookup finds a superset of the matches and the filter then decides. Long
 * values get no key; dateTime columns are never looked up by key.
 */
export function lookupKey(value: FieldValue): string | undefined {
  const x = Array.isArray(value) ? value.join(';') : value;
  const key = typeof x === 'string' ? `s:${x.toLowerCase()}` : `${typeof x}:${String(x)}`;
  return key.length <= 300 ? key : undefined;
}

/** The lookup keys an item is stored with: one per field value that has one. */
export function lookupKeys(fields: ItemRec['fields']): Record<string, string> {
  const keys: Record<string, string> = {};
  for (const [name, value] of Object.entries(fields)) {
    const key = lookupKey(value);
    if (key !== undefined) keys[name] = key;
  }
  return keys;
}

export interface ItemFilter {
  readonly test: (i: ItemRec) => boolean;
  /** An `eq` clause whose matches a key lookup can narrow down to (the test still decides). */
  readonly key?: { readonly name: string; readonly value: string };
}

export function itemFilter(req: FastifyRequest, list: ListRec): ItemFilter {
  const text = query(req, 'filter');
  if (!text) return { test: () => true };
  const honor = (header(req, 'prefer') ?? '').includes(HONOR);
  let key: ItemFilter['key'];
  const tests = text.split(/\s+and\s+/i).map((raw) => {
    const m = CLAUSE.exec(raw.trim().replace(/^\((.*)\)$/, '$1'));
    if (!m?.[1]) throw invalid(`Invalid filter clause: ${raw}`);
    const name = m[1];
    const column = list.columns.find((c) => c.name === name);
    if (!column) throw invalid(`Field '${name}' is not recognized`);
    if (!column.indexed && !honor) throw notIndexed(name);
    const literal: FieldValue =
      m[3] !== undefined
        ? m[3].replace(/''/g, "'")
        : m[4] !== undefined
          ? Number(m[4])
          : m[5]?.toLowerCase() === 'true';
    const op = OPS.find((o) => o === m[2]?.toLowerCase()) ?? 'eq';
    const value = lookupKey(literal);
    if (!key && op === 'eq' && column.type !== 'dateTime' && value !== undefined) key = { name, value };
    return (i: ItemRec) => compare(i.fields[name], literal, op, column.type);
  });
  return { test: (i) => tests.every((t) => t(i)), key };
}
