import { existsSync } from 'node:fs';
import type { Db } from './connection.ts';

/**
 * Writes a consistent copy of the database to `file` with SQLite's `VACUUM INTO`, safe while a scrape runs (it reads
 * one snapshot). The copy is also compacted.
 * @throws Error when `file` already exists (VACUUM INTO refuses to overwrite) or cannot be written
 */
export function backupDatabase(db: Db, file: string): void {
  if (existsSync(file)) throw new Error(`backup: ${file} already exists; choose a new file name`);
  db.prepare('VACUUM INTO ?').run(file);
}
