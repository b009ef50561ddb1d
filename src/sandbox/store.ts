/**
 * SQLite persistence (better-sqlite3): one table of JSON documents by kind, one of blobs, one of settings.
 * Every read goes through a zod schema, so a damaged file fails loudly instead of leaking bad shapes.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';

export interface PutOptions {
  parent?: string | null;
  tag?: string | null;
  /** Lookup keys (name → value) for {@link Store.byKey}; a put replaces the document's previous keys. */
  keys?: Readonly<Record<string, string>>;
}

const rowSchema = (r: unknown): { data: string } => {
  if (typeof r === 'object' && r !== null && 'data' in r && typeof r.data === 'string')
    return { data: r.data };
  throw new Error('sandbox store: malformed row');
};

const seqOf = (r: unknown): number => {
  if (typeof r === 'object' && r !== null && 'seq' in r && typeof r.seq === 'number') return r.seq;
  throw new Error('sandbox store: malformed row');
};

export class Store {
  private readonly db: Database.Database;
  /** Prepared statements by SQL text (preparing costs more than running). */
  private readonly statements = new Map<string, Database.Statement>();

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.db = new Database(join(dataDir, 'sandbox.sqlite'));
    this.db.pragma('journal_mode = WAL');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS objects (
        seq INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, id TEXT NOT NULL,
        parent TEXT, tag TEXT, data TEXT NOT NULL, UNIQUE (kind, id));
      CREATE INDEX IF NOT EXISTS objects_parent ON objects (kind, parent);
      CREATE INDEX IF NOT EXISTS objects_tag ON objects (kind, tag);
      CREATE TABLE IF NOT EXISTS blobs (id TEXT PRIMARY KEY, content BLOB NOT NULL);
      CREATE TABLE IF NOT EXISTS objkeys (
        kind TEXT NOT NULL, id TEXT NOT NULL, name TEXT NOT NULL, value TEXT NOT NULL,
        PRIMARY KEY (kind, id, name)) WITHOUT ROWID;
      CREATE INDEX IF NOT EXISTS objkeys_value ON objkeys (kind, name, value);
    `);
    this.db.pragma('synchronous = NORMAL');
  }

  private sql(text: string): Database.Statement {
    let statement = this.statements.get(text);
    if (!statement) {
      statement = this.db.prepare(text);
      this.statements.set(text, statement);
    }
    return statement;
  }

  get<T>(kind: string, id: string, schema: z.ZodType<T>): T | undefined {
    const row: unknown = this.sql('SELECT data FROM objects WHERE kind = ? AND id = ?').get(kind, id);
    return row === undefined ? undefined : schema.parse(JSON.parse(rowSchema(row).data));
  }

  /** All documents of a kind (optionally under a parent), in insertion order. */
  list<T>(kind: string, parent: string | undefined, schema: z.ZodType<T>): T[] {
    const rows: unknown[] =
      parent === undefined
        ? this.sql('SELECT data FROM objects WHERE kind = ? ORDER BY seq').all(kind)
        : this.sql('SELECT data FROM objects WHERE kind = ? AND parent = ? ORDER BY seq').all(kind, parent);
    return rows.map((r) => schema.parse(JSON.parse(rowSchema(r).data)));
  }

  /**
   * Documents of a kind under a parent whose lookup key `name` is `value`, in insertion order. `CROSS JOIN`
   * makes SQLite start from the key's index (its matches), not walk every document under the parent in order.
   */
  byKey<T>(kind: string, parent: string, name: string, value: string, schema: z.ZodType<T>): T[] {
    const rows: unknown[] = this.sql(
      `SELECT o.data FROM objkeys k CROSS JOIN objects o ON o.kind = k.kind AND o.id = k.id
       WHERE k.kind = ? AND k.name = ? AND k.value = ? AND o.parent = ? ORDER BY o.seq`,
    ).all(kind, name, value, parent);
    return rows.map((r) => schema.parse(JSON.parse(rowSchema(r).data)));
  }

  /**
   * Up to `limit` documents of a kind under a parent that come after position `after` (0: from the start), in
   * insertion order, each with its position (`seq`) to continue from; narrowed by a lookup key when given.
   * Reads and parses only those rows, whatever the number under the parent.
   */
  page<T>(
    kind: string,
    parent: string,
    after: number,
    limit: number,
    schema: z.ZodType<T>,
    key?: { readonly name: string; readonly value: string },
  ): { seq: number; value: T }[] {
    const rows: unknown[] = key
      ? this.sql(
          `SELECT o.seq, o.data FROM objkeys k CROSS JOIN objects o ON o.kind = k.kind AND o.id = k.id
           WHERE k.kind = ? AND k.name = ? AND k.value = ? AND o.parent = ? AND o.seq > ? ORDER BY o.seq LIMIT ?`,
        ).all(kind, key.name, key.value, parent, after, limit)
      : this.sql(
          'SELECT seq, data FROM objects WHERE kind = ? AND parent = ? AND seq > ? ORDER BY seq LIMIT ?',
        ).all(kind, parent, after, limit);
    return rows.map((r) => ({ seq: seqOf(r), value: schema.parse(JSON.parse(rowSchema(r).data)) }));
  }

  byTag<T>(kind: string, tag: string, schema: z.ZodType<T>): T[] {
    const rows: unknown[] = this.sql('SELECT data FROM objects WHERE kind = ? AND tag = ? ORDER BY seq').all(
      kind,
      tag,
    );
    return rows.map((r) => schema.parse(JSON.parse(rowSchema(r).data)));
  }

  count(kind: string, parent: string): number {
    const row: unknown = this.sql('SELECT COUNT(*) AS n FROM objects WHERE kind = ? AND parent = ?').get(
      kind,
      parent,
    );
    return typeof row === 'object' && row !== null && 'n' in row && typeof row.n === 'number' ? row.n : 0;
  }

  /** Insert or replace a document (and its lookup keys), keeping its place in insertion order. */
  put(kind: string, id: string, data: unknown, opts: PutOptions = {}): void {
    this.tx(() => {
      this.sql(
        `INSERT INTO objects (kind, id, parent, tag, data) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (kind, id) DO UPDATE SET parent = excluded.parent, tag = excluded.tag, data = excluded.data`,
      ).run(kind, id, opts.parent ?? null, opts.tag ?? null, JSON.stringify(data));
      this.sql('DELETE FROM objkeys WHERE kind = ? AND id = ?').run(kind, id);
      const insert = this.sql('INSERT INTO objkeys (kind, id, name, value) VALUES (?, ?, ?, ?)');
      for (const [name, value] of Object.entries(opts.keys ?? {})) insert.run(kind, id, name, value);
    });
  }

  remove(kind: string, id: string): boolean {
    this.sql('DELETE FROM objkeys WHERE kind = ? AND id = ?').run(kind, id);
    return this.sql('DELETE FROM objects WHERE kind = ? AND id = ?').run(kind, id).changes > 0;
  }

  removeChildren(kind: string, parent: string): void {
    this.sql(
      'DELETE FROM objkeys WHERE kind = ? AND id IN (SELECT id FROM objects WHERE kind = ? AND parent = ?)',
    ).run(kind, kind, parent);
    this.sql('DELETE FROM objects WHERE kind = ? AND parent = ?').run(kind, parent);
  }

  putBlob(id: string, content: Buffer): void {
    this.sql('INSERT OR REPLACE INTO blobs (id, content) VALUES (?, ?)').run(id, content);
  }

  getBlob(id: string): Buffer | undefined {
    const row: unknown = this.sql('SELECT content FROM blobs WHERE id = ?').get(id);
    if (typeof row === 'object' && row !== null && 'content' in row && Buffer.isBuffer(row.content))
      return row.content;
    return undefined;
  }

  removeBlob(id: string): void {
    this.sql('DELETE FROM blobs WHERE id = ?').run(id);
  }

  getMeta(key: string): string | undefined {
    const row: unknown = this.sql('SELECT value FROM meta WHERE key = ?').get(key);
    return typeof row === 'object' && row !== null && 'value' in row && typeof row.value === 'string'
      ? row.value
      : undefined;
  }

  setMeta(key: string, value: string): void {
    this.sql('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(key, value);
  }

  /** Next value of a named counter (1, 2, 3, ...), persisted. */
  next(counter: string): number {
    const n = Number(this.getMeta(`counter:${counter}`) ?? '0') + 1;
    this.setMeta(`counter:${counter}`, String(n));
    return n;
  }

  tx<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  /** Remove all organisation data; keeps the signing key and other `keep:` settings. */
  wipe(): void {
    this.db.exec(
      "DELETE FROM objects; DELETE FROM objkeys; DELETE FROM blobs; DELETE FROM meta WHERE key NOT LIKE 'keep:%';",
    );
  }

  close(): void {
    this.db.close();
  }
}
