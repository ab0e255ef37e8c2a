import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations/index.ts';

export type Db = Database.Database;

export interface OpenDatabaseOptions {
  /** Open without applying migrations (read-only tools). */
  readonly?: boolean;
}

/**
 * Opens (and creates) the SQLite file with the settings every writer relies on, then applies pending migrations.
 * WAL lets readers (the site build, `wbw articles`) run beside a scrape; the busy timeout lets two runs at once wait for
 * each other instead of failing; foreign keys keep article ↔ source links honest.
 * `:memory:` is accepted for unit tests.
 */
export function openDatabase(file: string, options: OpenDatabaseOptions = {}): Db {
  if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new Database(file, { readonly: options.readonly === true });
  db.pragma('busy_timeout = 15000');
  if (!options.readonly) {
    db.pragma('journal_mode = WAL');
    // NORMAL is durable across application crashes in WAL mode; only a power loss can drop the last commits.
    db.pragma('synchronous = NORMAL');
    // Checkpoint every 10,000 WAL pages (about 40 MB) rather than SQLite's 1,000. Each new article dirties one random leaf
    // page per dedupe index; a checkpoint copies every distinct page back into the database file (and syncs it), so a
    // rarer checkpoint copies a page rewritten by many feeds' transactions once instead of many times. Measured in the
    // collect benchmark: at 100,000 stored articles, 52 → 34 µs CPU per new article; 200 sources' 304 records 15 → 10 ms.
    // The last connection to close still checkpoints and removes the WAL; journal_size_limit caps the file kept between.
    db.pragma('wal_autocheckpoint = 10000');
    db.pragma('journal_size_limit = 67108864');
  }
  db.pragma('foreign_keys = ON');
  // SQLite's default page cache is 2 MiB: past about 10,000 articles the dedupe indexes no longer fit, and every insert
  // goes to the OS for its index pages (the collect benchmark's growth figure). 64 MiB keeps 100,000+ articles' indexes
  // in memory; the cache is filled only as pages are read, so small databases do not pay for it.
  db.pragma('cache_size = -65536');
  if (!options.readonly) applyMigrations(db);
  return db;
}

/** Applies every migration not yet recorded, each in its own transaction, so a crash leaves a consistent schema. */
export function applyMigrations(db: Db): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const applied = new Set(
    (db.prepare('SELECT id FROM schema_migrations').all() as { id: number }[]).map((row) => row.id),
  );
  for (const migration of MIGRATIONS) {
    if (applied.has(migration.id)) continue;
    // IMMEDIATE takes the write lock first: two processes starting at once do not both apply the same migration.
    const apply = db.transaction(() => {
      const again = db.prepare('SELECT 1 FROM schema_migrations WHERE id = ?').get(migration.id);
      if (again) return;
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_migrations (id, name, applied_at) VALUES (?, ?, ?)').run(
        migration.id,
        migration.name,
        new Date().toISOString(),
      );
    });
    apply.immediate();
  }
}

/** Quotes an SQL identifier; the one place identifiers are built from names. */
export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
