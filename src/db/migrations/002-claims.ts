import type { Migration } from './index.ts';

/**
 * The claims table (DESIGN §3 Claim): what one article states, one row per (actor, action, target, service) the
 * extractor found in it, with the extractor version that produced it. Re-extraction replaces an article's rows.
 * Articles whose extraction gave nothing still need a mark, or they would be extracted again on every update:
 * `claim_extractions` records, per article, the version that last read it.
 */
export const migration002Claims: Migration = {
  id: 2,
  name: 'claims',
  sql: `
    CREATE TABLE claims (
      id INTEGER PRIMARY KEY,
      article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      actor TEXT NOT NULL,
      actor_name TEXT NOT NULL,
      action TEXT NOT NULL CHECK (action IN ('ban', 'suspend', 'remove', 'terminate', 'block', 'restrict', 'reinstate')),
      target TEXT NOT NULL,
      target_name TEXT NOT NULL,
      service TEXT NOT NULL,
      -- YYYY, YYYY-MM or YYYY-MM-DD at date_precision; null when only a relative expression dates it.
      date TEXT,
      date_precision TEXT CHECK (date_precision IN ('day', 'month', 'year')),
      date_basis TEXT CHECK (date_basis IN ('stated', 'relative', 'published')),
      time TEXT,
      -- JSON array of ISO 3166-1 alpha-2 codes.
      countries TEXT NOT NULL DEFAULT '[]',
      evidence TEXT NOT NULL,
      confidence REAL NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
      extractor_version INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX claims_article ON claims (article_id);
    CREATE INDEX claims_actor ON claims (actor);
    CREATE INDEX claims_target ON claims (target);

    CREATE TABLE claim_extractions (
      article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
      extractor_version INTEGER NOT NULL,
      extracted_at TEXT NOT NULL,
      n_claims INTEGER NOT NULL
    ) STRICT;
    -- Finds the articles not yet read by the current version: WHERE extractor_version < ? (or no row at all).
    CREATE INDEX claim_extractions_version ON claim_extractions (extractor_version, article_id);
  `,
};
