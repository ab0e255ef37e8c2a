import type { Db } from './connection.ts';
import { cachedStatement } from './statements.ts';

/** The configuration of one source as sources.yaml gives it (DESIGN §3), snapshotted into the database. */
export interface SourceConfigRecord {
  id: string;
  name: string;
  url: string;
  kind: 'rss' | 'page';
  lang: string | null;
  intervalMs: number;
  selector: string | null;
  resolveLinks: boolean;
}

/** What the scheduler and the conditional GET need to know about a source between runs. */
export interface SourceState {
  id: string;
  etag: string | null;
  lastModified: string | null;
  nextFetchAt: string | null;
  consecutiveFailures: number;
  gone: boolean;
  goneConfirmations: number;
}

/** One row of the health table (`wbw sources`, the site's /sources/ page). */
export interface SourceHealth {
  id: string;
  name: string;
  url: string;
  kind: 'rss' | 'page';
  lang: string | null;
  intervalMs: number;
  active: boolean;
  lastFetchAt: string | null;
  lastStatus: string | null;
  lastOkAt: string | null;
  lastError: string | null;
  lastErrorAt: string | null;
  consecutiveFailures: number;
  failingSince: string | null;
  nextFetchAt: string | null;
  gone: boolean;
  nArticles: number;
}

/**
 * Writes the configuration of every source in sources.yaml, keeping each source's health, and marks sources no longer
 * listed as inactive (their rows and articles stay). One transaction.
 */
export function syncSourceConfigs(
  db: Db,
  sourceConfigs: readonly SourceConfigRecord[],
  nowIso: string,
): void {
  const upsert = cachedStatement(
    db,
    `INSERT INTO sources (id, name, url, kind, lang, interval_ms, selector, resolve_links, active, config_updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, url = excluded.url, kind = excluded.kind,
       lang = excluded.lang, interval_ms = excluded.interval_ms, selector = excluded.selector,
       resolve_links = excluded.resolve_links, active = 1, config_updated_at = excluded.config_updated_at,
       -- A new address is a new feed: its validators and its gone count belong to the old one.
       etag = CASE WHEN sources.url = excluded.url THEN sources.etag END,
       last_modified = CASE WHEN sources.url = excluded.url THEN sources.last_modified END,
       gone = CASE WHEN sources.url = excluded.url THEN sources.gone ELSE 0 END,
       gone_confirmations = CASE WHEN sources.url = excluded.url THEN sources.gone_confirmations ELSE 0 END
     WHERE sources.name IS NOT excluded.name OR sources.url IS NOT excluded.url OR sources.kind IS NOT excluded.kind
       OR sources.lang IS NOT excluded.lang OR sources.interval_ms IS NOT excluded.interval_ms
       OR sources.selector IS NOT excluded.selector OR sources.resolve_links IS NOT excluded.resolve_links
       OR sources.active = 0`,
  );
  // Only the sources no longer listed are deactivated: deactivating all and reactivating the listed ones rewrote every
  // row on every run, so even a run where nothing changed committed the whole table (collect benchmark, 304 run).
  const deactivateUnlisted = cachedStatement(
    db,
    'UPDATE sources SET active = 0 WHERE active = 1 AND id NOT IN (SELECT value FROM json_each(?))',
  );
  const activate = cachedStatement(db, 'UPDATE sources SET active = 1 WHERE id = ? AND active = 0');
  db.transaction(() => {
    deactivateUnlisted.run(JSON.stringify(sourceConfigs.map((sourceConfig) => sourceConfig.id)));
    for (const sourceConfig of sourceConfigs) {
      activate.run(sourceConfig.id);
      upsert.run(
        sourceConfig.id,
        sourceConfig.name,
        sourceConfig.url,
        sourceConfig.kind,
        sourceConfig.lang,
        sourceConfig.intervalMs,
        sourceConfig.selector,
        sourceConfig.resolveLinks ? 1 : 0,
        nowIso,
      );
    }
  }).immediate();
}

interface SourceStateRow {
  id: string;
  etag: string | null;
  last_modified: string | null;
  next_fetch_at: string | null;
  consecutive_failures: number;
  gone: number;
  gone_confirmations: number;
}

function toSourceState(row: SourceStateRow): SourceState {
  return {
    id: row.id,
    etag: row.etag,
    lastModified: row.last_modified,
    nextFetchAt: row.next_fetch_at,
    consecutiveFailures: row.consecutive_failures,
    gone: row.gone === 1,
    goneConfirmations: row.gone_confirmations,
  };
}

/** The state of one source, or null when it was never synced. */
export function getSourceState(db: Db, sourceId: string): SourceState | null {
  const row = cachedStatement(
    db,
    `SELECT id, etag, last_modified, next_fetch_at, consecutive_failures, gone, gone_confirmations
     FROM sources WHERE id = ?`,
  ).get(sourceId) as SourceStateRow | undefined;
  return row === undefined ? null : toSourceState(row);
}

/** The earliest next_fetch_at among active sources that are not gone (the --watch loop sleeps until then). */
export function getEarliestNextFetchAt(db: Db): string | null {
  const row = cachedStatement(
    db,
    "SELECT MIN(COALESCE(next_fetch_at, '')) AS earliest FROM sources WHERE active = 1 AND gone = 0",
  ).get() as { earliest: string | null };
  return row.earliest;
}

/** 2xx: the feed was fetched and parsed. `warning` is a salvage note (kept in last_error, DESIGN §4), or null. */
export function recordSourceSuccess(
  db: Db,
  sourceId: string,
  outcome: {
    nowIso: string;
    etag: string | null;
    lastModified: string | null;
    warning: string | null;
    nextFetchAt: string;
  },
): void {
  cachedStatement(
    db,
    `UPDATE sources SET etag = ?, last_modified = ?, last_fetch_at = ?, last_status = 'ok', last_ok_at = ?,
       last_error = ?, last_error_at = CASE WHEN ? IS NULL THEN last_error_at ELSE ? END,
       consecutive_failures = 0, failing_since = NULL, next_fetch_at = ?, gone_confirmations = 0
     WHERE id = ?`,
  ).run(
    outcome.etag,
    outcome.lastModified,
    outcome.nowIso,
    outcome.nowIso,
    outcome.warning,
    outcome.warning,
    outcome.nowIso,
    outcome.nextFetchAt,
    sourceId,
  );
}

/** 304: nothing changed upstream; only the health moves. */
export function recordSourceNotModified(
  db: Db,
  sourceId: string,
  outcome: { nowIso: string; nextFetchAt: string },
): void {
  cachedStatement(
    db,
    `UPDATE sources SET last_fetch_at = ?, last_status = 'not_modified', last_ok_at = ?, last_error = NULL,
       consecutive_failures = 0, failing_since = NULL, next_fetch_at = ?, gone_confirmations = 0
     WHERE id = ?`,
  ).run(outcome.nowIso, outcome.nowIso, outcome.nextFetchAt, sourceId);
}

/**
 * A failed fetch or parse: one more consecutive failure, the error kept, the next attempt pushed back.
 * `goneStatus` (a 410) counts one confirmation; the source is gone once `goneConfirmationsNeeded` separate fetches said so.
 */
export function recordSourceFailure(
  db: Db,
  sourceId: string,
  outcome: {
    nowIso: string;
    error: string;
    nextFetchAt: string;
    goneStatus: boolean;
    goneConfirmationsNeeded: number;
  },
): void {
  cachedStatement(
    db,
    `UPDATE sources SET last_fetch_at = ?, last_status = 'error', last_error = ?, last_error_at = ?,
       consecutive_failures = consecutive_failures + 1, failing_since = COALESCE(failing_since, ?),
       next_fetch_at = ?,
       gone_confirmations = CASE WHEN ? THEN gone_confirmations + 1 ELSE 0 END,
       gone = CASE WHEN ? AND gone_confirmations + 1 >= ? THEN 1 ELSE gone END
     WHERE id = ?`,
  ).run(
    outcome.nowIso,
    outcome.error,
    outcome.nowIso,
    outcome.nowIso,
    outcome.nextFetchAt,
    outcome.goneStatus ? 1 : 0,
    outcome.goneStatus ? 1 : 0,
    outcome.goneConfirmationsNeeded,
    sourceId,
  );
}

/** Skipped by robots.txt: recorded so that a reader sees why, without counting it as the source failing. */
export function recordSourceSkipped(
  db: Db,
  sourceId: string,
  outcome: { nowIso: string; error: string; nextFetchAt: string },
): void {
  cachedStatement(
    db,
    `UPDATE sources SET last_fetch_at = ?, last_status = 'skipped', last_error = ?, last_error_at = ?, next_fetch_at = ?
     WHERE id = ?`,
  ).run(outcome.nowIso, outcome.error, outcome.nowIso, outcome.nextFetchAt, sourceId);
}

interface SourceHealthRow {
  id: string;
  name: string;
  url: string;
  kind: 'rss' | 'page';
  lang: string | null;
  interval_ms: number;
  active: number;
  last_fetch_at: string | null;
  last_status: string | null;
  last_ok_at: string | null;
  last_error: string | null;
  last_error_at: string | null;
  consecutive_failures: number;
  failing_since: string | null;
  next_fetch_at: string | null;
  gone: number;
  n_articles: number;
}

/**
 * Every source with its health, active ones first, by id. `nArticles` counts the articles the source carried.
 * Used by `wbw sources` and the site's /sources/ page.
 */
export function listSourceHealth(db: Db): SourceHealth[] {
  const rows = cachedStatement(
    db,
    `SELECT s.id, s.name, s.url, s.kind, s.lang, s.interval_ms, s.active, s.last_fetch_at, s.last_status,
       s.last_ok_at, s.last_error, s.last_error_at, s.consecutive_failures, s.failing_since, s.next_fetch_at, s.gone,
       (SELECT COUNT(*) FROM article_sources a WHERE a.source_id = s.id) AS n_articles
     FROM sources s ORDER BY s.active DESC, s.id`,
  ).all() as SourceHealthRow[];
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    url: row.url,
    kind: row.kind,
    lang: row.lang,
    intervalMs: row.interval_ms,
    active: row.active === 1,
    lastFetchAt: row.last_fetch_at,
    lastStatus: row.last_status,
    lastOkAt: row.last_ok_at,
    lastError: row.last_error,
    lastErrorAt: row.last_error_at,
    consecutiveFailures: row.consecutive_failures,
    failingSince: row.failing_since,
    nextFetchAt: row.next_fetch_at,
    gone: row.gone === 1,
    nArticles: row.n_articles,
  }));
}
