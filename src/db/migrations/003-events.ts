import type { Migration } from './index.ts';

/**
 * Tables: events, event_claims, event_ids.
 *
 * `events` holds the automatic events of the last rebuild (curated files are applied when publishing, never stored
 * here, so that editing a file needs no rebuild). Each row keeps the whole event as JSON beside the columns that are
 * queried; `bucket_key` (actor, target, action class) lets a small update rebuild only the buckets its claims touch.
 * `event_claims` is the cluster → id table of DESIGN §3: which event id each claim (by its stable key) belonged to,
 * so that a rebuild gives a cluster the id its claims had. `event_ids` records every id ever minted, so that an id is
 * never reused for another event, and `merged_into` for an id absorbed by another (its page redirects).
 */
export const migration003Events: Migration = {
  id: 3,
  name: 'events',
  sql: `
    CREATE TABLE IF NOT EXISTS events (
      id TEXT PRIMARY KEY,
      bucket_key TEXT NOT NULL,
      actor TEXT NOT NULL,
      action TEXT NOT NULL,
      target TEXT NOT NULL,
      service TEXT NOT NULL,
      date TEXT,
      confidence REAL NOT NULL,
      first_reported_at TEXT,
      json TEXT NOT NULL
    ) STRICT;
    CREATE INDEX IF NOT EXISTS events_bucket ON events (bucket_key);
    CREATE INDEX IF NOT EXISTS events_date ON events (date);
    -- Keyed by bucket first: an incremental rebuild reads and deletes whole buckets; one b-tree, no extra index.
    CREATE TABLE IF NOT EXISTS event_claims (
      bucket_key TEXT NOT NULL,
      claim_key TEXT NOT NULL,
      event_id TEXT NOT NULL,
      PRIMARY KEY (bucket_key, claim_key)
    ) STRICT, WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS event_ids (
      id TEXT PRIMARY KEY,
      minted_at TEXT NOT NULL,
      merged_into TEXT
    ) STRICT;
  `,
};
