import type { Db } from './connection.ts';
import { cachedStatement } from './statements.ts';

/** One fetch of one source, whatever came of it (DESIGN §4 statuses). */
export interface FetchLogEntry {
  sourceId: string;
  url: string;
  startedAt: string;
  finishedAt: string;
  status: 'ok' | 'not_modified' | 'error' | 'skipped';
  reason: string | null;
  httpStatus: number | null;
  bytes: number | null;
  error: string | null;
  nNew: number;
  nSeen: number;
}

/** Appends one row to fetch_log. Call it inside the source's write transaction. */
export function insertFetchLog(db: Db, entry: FetchLogEntry): void {
  cachedStatement(
    db,
    `INSERT INTO fetch_log (source_id, url, started_at, finished_at, status, reason, http_status, bytes, error, n_new,
       n_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    entry.sourceId,
    entry.url,
    entry.startedAt,
    entry.finishedAt,
    entry.status,
    entry.reason,
    entry.httpStatus,
    entry.bytes,
    entry.error,
    entry.nNew,
    entry.nSeen,
  );
}

interface FetchLogRow {
  source_id: string;
  url: string;
  started_at: string;
  finished_at: string;
  status: FetchLogEntry['status'];
  reason: string | null;
  http_status: number | null;
  bytes: number | null;
  error: string | null;
  n_new: number;
  n_seen: number;
}

/** The fetch log, oldest first, of one source or of all. */
export function listFetchLog(db: Db, sourceId: string | null = null): FetchLogEntry[] {
  const rows = cachedStatement(
    db,
    'SELECT * FROM fetch_log WHERE ? IS NULL OR source_id = ? ORDER BY id',
  ).all(sourceId, sourceId) as FetchLogRow[];
  return rows.map((row) => ({
    sourceId: row.source_id,
    url: row.url,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    status: row.status,
    reason: row.reason,
    httpStatus: row.http_status,
    bytes: row.bytes,
    error: row.error,
    nNew: row.n_new,
    nSeen: row.n_seen,
  }));
}
