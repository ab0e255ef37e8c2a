import type { ExtractedClaim } from '../core/extract/types.ts';
import type { Db } from './connection.ts';
import { cachedStatement } from './statements.ts';

/** An article as the extractor reads it. */
export interface ArticleToExtract {
  id: number;
  text: string;
  title: string;
  lang: string | null;
  published_at: string | null;
}

/** A stored claim with its article. */
export interface StoredClaim extends ExtractedClaim {
  id: number;
  article_id: number;
  extractor_version: number;
}

/**
 * The next batch of articles never extracted (or, with `reextract`, extracted by an older version), by id after
 * `afterId`, so that a long run pages through the table without OFFSET.
 */
export function selectArticlesToExtract(
  db: Db,
  options: { version: number; reextract: boolean; afterId: number; limit: number },
): ArticleToExtract[] {
  if (options.reextract) {
    return cachedStatement(
      db,
      `SELECT a.id, a.text, a.title, a.lang, a.published_at FROM articles a
        LEFT JOIN claim_extractions e ON e.article_id = a.id
        WHERE a.id > ? AND (e.article_id IS NULL OR e.extractor_version < ?)
        ORDER BY a.id LIMIT ?`,
    ).all(options.afterId, options.version, options.limit) as ArticleToExtract[];
  }
  return cachedStatement(
    db,
    `SELECT a.id, a.text, a.title, a.lang, a.published_at FROM articles a
      WHERE a.id > ? AND NOT EXISTS (SELECT 1 FROM claim_extractions e WHERE e.article_id = a.id)
      ORDER BY a.id LIMIT ?`,
  ).all(options.afterId, options.limit) as ArticleToExtract[];
}

/** Replaces an article's claims with `claims` and records the version that read it. Call inside a transaction. */
export function replaceArticleClaims(
  db: Db,
  articleId: number,
  claims: readonly ExtractedClaim[],
  version: number,
  now: string,
): void {
  cachedStatement(db, 'DELETE FROM claims WHERE article_id = ?').run(articleId);
  const insert = cachedStatement(
    db,
    `INSERT INTO claims (article_id, actor, actor_name, action, target, target_name, service, date, date_precision,
      date_basis, time, countries, evidence, confidence, extractor_version)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const claim of claims) {
    insert.run(
      articleId,
      claim.actor.id,
      claim.actor.name,
      claim.action,
      claim.target.id,
      claim.target.name,
      claim.service,
      claim.date,
      claim.date_precision,
      claim.date_basis,
      claim.time,
      JSON.stringify(claim.countries),
      claim.evidence,
      claim.confidence,
      version,
    );
  }
  cachedStatement(
    db,
    `INSERT INTO claim_extractions (article_id, extractor_version, extracted_at, n_claims) VALUES (?, ?, ?, ?)
     ON CONFLICT (article_id) DO UPDATE SET extractor_version = excluded.extractor_version,
       extracted_at = excluded.extracted_at, n_claims = excluded.n_claims`,
  ).run(articleId, version, now, claims.length);
}

interface ClaimRow {
  id: number;
  article_id: number;
  actor: string;
  actor_name: string;
  action: ExtractedClaim['action'];
  target: string;
  target_name: string;
  service: ExtractedClaim['service'];
  date: string | null;
  date_precision: ExtractedClaim['date_precision'];
  date_basis: ExtractedClaim['date_basis'];
  time: string | null;
  countries: string;
  evidence: string;
  confidence: number;
  extractor_version: number;
}

/** The claims of one article, in insertion order. */
export function selectClaimsOfArticle(db: Db, articleId: number): StoredClaim[] {
  const rows = cachedStatement(db, 'SELECT * FROM claims WHERE article_id = ? ORDER BY id').all(
    articleId,
  ) as ClaimRow[];
  return rows.map((row) => ({
    id: row.id,
    article_id: row.article_id,
    extractor_version: row.extractor_version,
    actor: { id: row.actor, name: row.actor_name },
    action: row.action,
    target: { id: row.target, name: row.target_name },
    service: row.service,
    date: row.date,
    date_precision: row.date_precision,
    date_basis: row.date_basis,
    time: row.time,
    countries: JSON.parse(row.countries) as string[],
    evidence: row.evidence,
    confidence: row.confidence,
  }));
}

/** How many claims the table holds. */
export function countClaims(db: Db): number {
  return (cachedStatement(db, 'SELECT count(*) AS n FROM claims').get() as { n: number }).n;
}
