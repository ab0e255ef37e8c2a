import type { Migration } from './index.ts';

/**
 * Tables of the collect stage (DESIGN §3 Source and Article): sources (config snapshot + health), articles,
 * article_sources (which sources carried which article, first one first) and fetch_log (one row per fetch).
 * Timestamps are UTC ISO 8601 strings, so that they sort as text.
 * The unique indexes are what makes dedupe race-free: two runs at once both try `INSERT … ON CONFLICT DO NOTHING`
 * and only one row survives, whichever wins the write lock.
 */
export const migration001Collect: Migration = {
  id: 1,
  name: 'collect',
  sql: `
    CREATE TABLE sources (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      url TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('rss', 'page')),
      lang TEXT,
      interval_ms INTEGER NOT NULL,
      selector TEXT,
      resolve_links INTEGER NOT NULL DEFAULT 1,
      -- 0 when the source is no longer in sources.yaml: its rows and articles stay.
      active INTEGER NOT NULL DEFAULT 1,
      config_updated_at TEXT NOT NULL,
      etag TEXT,
      last_modified TEXT,
      last_fetch_at TEXT,
      last_status TEXT,
      last_ok_at TEXT,
      last_error TEXT,
      last_error_at TEXT,
      consecutive_failures INTEGER NOT NULL DEFAULT 0,
      -- When the current run of failures began: what \`wbw sources --check\` measures.
      failing_since TEXT,
      next_fetch_at TEXT,
      gone INTEGER NOT NULL DEFAULT 0,
      gone_confirmations INTEGER NOT NULL DEFAULT 0
    ) STRICT;
    -- No index on next_fetch_at: the one query on it (the watch loop's MIN(COALESCE(next_fetch_at, ''))) cannot use one,
    -- the table holds a few hundred rows, and every health update (one per source and run) would rewrite an index page.

    CREATE TABLE articles (
      id INTEGER PRIMARY KEY,
      -- Canonical URL: tracking parameters stripped (scrapers/text canonicalizeUrl).
      url TEXT NOT NULL UNIQUE,
      guid TEXT,
      publisher TEXT,
      publisher_url TEXT,
      -- Lower-case publisher (or the link's host) and title, for the "same publisher + title + day" rule.
      publisher_key TEXT,
      title TEXT NOT NULL,
      title_key TEXT NOT NULL,
      published_at TEXT,
      published_raw TEXT,
      -- YYYY-MM-DD of published_at (UTC), null when the date is unknown.
      published_day TEXT,
      fetched_at TEXT NOT NULL,
      lang TEXT,
      text TEXT NOT NULL DEFAULT '',
      -- sha256 of the normalised text; null when the text is too short to identify a syndicated copy.
      content_hash TEXT,
      first_source_id TEXT REFERENCES sources (id)
    ) STRICT;
    CREATE UNIQUE INDEX articles_content_hash ON articles (content_hash) WHERE content_hash IS NOT NULL;
    CREATE UNIQUE INDEX articles_publisher_title_day ON articles (publisher_key, title_key, published_day)
      WHERE publisher_key IS NOT NULL AND published_day IS NOT NULL;
    -- No other index on articles: each one costs every insert a page write with random keys (the collect benchmark's
    -- growth figure), and nothing on the hot path reads by first source or by date.

    CREATE TABLE article_sources (
      id INTEGER PRIMARY KEY,
      article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      source_id TEXT NOT NULL REFERENCES sources (id),
      first_seen_at TEXT NOT NULL,
      guid TEXT,
      UNIQUE (article_id, source_id)
    ) STRICT;
    CREATE INDEX article_sources_source ON article_sources (source_id, article_id);

    CREATE TABLE fetch_log (
      id INTEGER PRIMARY KEY,
      source_id TEXT NOT NULL REFERENCES sources (id),
      url TEXT NOT NULL,
      started_at TEXT NOT NULL,
      finished_at TEXT NOT NULL,
      -- ok | not_modified | error | skipped (DESIGN §4 statuses)
      status TEXT NOT NULL,
      reason TEXT,
      http_status INTEGER,
      bytes INTEGER,
      error TEXT,
      n_new INTEGER NOT NULL DEFAULT 0,
      n_seen INTEGER NOT NULL DEFAULT 0
    ) STRICT;
    CREATE INDEX fetch_log_source_started ON fetch_log (source_id, started_at);
  `,
};
