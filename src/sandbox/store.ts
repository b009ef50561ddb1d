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
}

const rowSchema = (r: unknown): { data: string } => {
  if (typeof r === 'object' && r !== null && 'data' in r && typeof r.data === 'string')
    return { data: r.data };
  throw new Error('sandbox store: malformed row');
};

export class Store {
  private readonly db: Database.Database;

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
    `);
  }

  get<T>(kind: string, id: string, schema: z.ZodType<T>): T | undefined {
    const row: unknown = this.db.prepare('SELECT data FROM objects WHERE kind = ? AND id = ?').get(kind, id);
    return row === undefined ? undefined : schema.parse(JSON.parse(rowSchema(row).data));
  }

  /** All documents of a kind (optionally under a parent), in insertion order. */
  list<T>(kind: string, parent: string | undefined, schema: z.ZodType<T>): T[] {
    const rows: unknown[] =
      parent === undefined
        ? this.db.prepare('SELECT data FROM objects WHERE kind = ? ORDER BY seq').all(kind)
        : this.db
            .prepare('SELECT data FROM objects WHERE kind = ? AND parent = ? ORDER BY seq')
            .all(kind, parent);
    return rows.map((r) => schema.parse(JSON.parse(rowSchema(r).data)));
  }

  byTag<T>(kind: string, tag: string, schema: z.ZodType<T>): T[] {
    const rows: unknown[] = this.db
      .prepare('SELECT data FROM objects WHERE kind = ? AND tag = ? ORDER BY seq')
      .all(kind, tag);
    return rows.map((r) => schema.parse(JSON.parse(rowSchema(r).data)));
  }

  count(kind: string, parent: string): number {
    const row: unknown = this.db
      .prepare('SELECT COUNT(*) AS n FROM objects WHERE kind = ? AND parent = ?')
      .get(kind, parent);
    return typeof row === 'object' && row !== null && 'n' in row && typeof row.n === 'number' ? row.n : 0;
  }

  /** Insert or replace a document, keeping its place in insertion order. */
  put(kind: string, id: string, data: unknown, opts: PutOptions = {}): void {
    this.db
      .prepare(
        `INSERT INTO objects (kind, id, parent, tag, data) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (kind, id) DO UPDATE SET parent = excluded.parent, tag = excluded.tag, data = excluded.data`,
      )
      .run(kind, id, opts.parent ?? null, opts.tag ?? null, JSON.stringify(data));
  }

  remove(kind: string, id: string): boolean {
    return this.db.prepare('DELETE FROM objects WHERE kind = ? AND id = ?').run(kind, id).changes > 0;
  }

  removeChildren(kind: string, parent: string): void {
    this.db.prepare('DELETE FROM objects WHERE kind = ? AND parent = ?').run(kind, parent);
  }

  putBlob(id: string, content: Buffer): void {
    this.db.prepare('INSERT OR REPLACE INTO blobs (id, content) VALUES (?, ?)').run(id, content);
  }

  getBlob(id: string): Buffer | undefined {
    const row: unknown = this.db.prepare('SELECT content FROM blobs WHERE id = ?').get(id);
    if (typeof row === 'object' && row !== null && 'content' in row && Buffer.isBuffer(row.content))
      return row.content;
    return undefined;
  }

  removeBlob(id: string): void {
    this.db.prepare('DELETE FROM blobs WHERE id = ?').run(id);
  }

  getMeta(key: string): string | undefined {
    const row: unknown = this.db.prepare('SELECT value FROM meta WHERE key = ?').get(key);
    return typeof row === 'object' && row !== null && 'value' in row && typeof row.value === 'string'
      ? row.value
      : undefined;
  }

  setMeta(key: string, value: string): void {
    this.db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(key, value);
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
    this.db.exec("DELETE FROM objects; DELETE FROM blobs; DELETE FROM meta WHERE key NOT LIKE 'keep:%';");
  }

  close(): void {
    this.db.close();
  }
}
