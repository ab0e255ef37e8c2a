import type { Db } from './connection.ts';
import { cachedStatement } from './statements.ts';

/** An article ready to store (DESIGN §3 Article), already canonicalised and reduced to plain text by scrapers/. */
export interface NewArticle {
  /** Canonical URL (tracking parameters stripped). */
  url: string;
  guid: string | null;
  publisher: string | null;
  publisherUrl: string | null;
  /** Lower-case publisher name or link host, for the "same publisher + title + day" rule; null to skip that rule. */
  publisherKey: string | null;
  title: string;
  /** Lower-case, whitespace-collapsed title for the same rule. */
  titleKey: string;
  /** UTC ISO 8601 or null. */
  publishedAt: string | null;
  publishedRaw: string | null;
  fetchedAt: string;
  lang: string | null;
  text: string;
  /** sha256 of the normalised text, or null when the text is too short to tell copies apart. */
  contentHash: string | null;
}

/** The outcome of storing one item: a new article, or a duplicate of one already stored (counted as `seen`). */
export interface StoreArticleResult {
  articleId: number;
  isNew: boolean;
}

/**
 * Stores `article` unless an article with the same canonical URL, the same content hash or the same publisher + title
 * + day exists, and records that `sourceId` carried it (first source first). Race-free: the unique indexes decide,
 * `ON CONFLICT DO NOTHING` loses quietly, and the loser is then found by the same three keys.
 * Call it inside the source's write transaction.
 * @throws Error from better-sqlite3 when the database cannot be written (a storage failure stops the run)
 */
export function storeArticle(db: Db, article: NewArticle, sourceId: string): StoreArticleResult {
  const publishedDay = article.publishedAt === null ? null : article.publishedAt.slice(0, 10);
  const inserted = cachedStatement(
    db,
    `INSERT INTO articles (url, guid, publisher, publisher_url, publisher_key, title, title_key, published_at,
       published_raw, published_day, fetched_at, lang, text, content_hash, first_source_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT DO NOTHING RETURNING id`,
  ).get(
    article.url,
    article.guid,
    article.publisher,
    article.publisherUrl,
    article.publisherKey,
    article.title,
    article.titleKey,
    article.publishedAt,
    article.publishedRaw,
    publishedDay,
    article.fetchedAt,
    article.lang,
    article.text,
    article.contentHash,
    sourceId,
  ) as { id: number } | undefined;
  const articleId =
    inserted?.id ??
    findDuplicateArticleId(db, {
      url: article.url,
      contentHash: article.contentHash,
      publisherKey: article.publisherKey,
      titleKey: article.titleKey,
      publishedDay,
    });
  if (articleId === null) {
    throw new Error(`db: article ${article.url} conflicted with a row that cannot be found`);
  }
  cachedStatement(
    db,
    `INSERT INTO article_sources (article_id, source_id, first_seen_at, guid) VALUES (?, ?, ?, ?)
     ON CONFLICT (article_id, source_id) DO NOTHING`,
  ).run(articleId, sourceId, article.fetchedAt, article.guid);
  return { articleId, isNew: inserted !== undefined };
}

/** The id of the stored article matching any of the three dedupe keys, or null. */
export function findDuplicateArticleId(
  db: Db,
  keys: {
    url: string;
    contentHash: string | null;
    publisherKey: string | null;
    titleKey: string;
    publishedDay: string | null;
  },
): number | null {
  const byUrl = findArticleIdByUrl(db, keys.url);
  if (byUrl !== null) return byUrl;
  if (keys.contentHash !== null) {
    const row = cachedStatement(db, 'SELECT id FROM articles WHERE content_hash = ?').get(keys.contentHash) as
      | { id: number }
      | undefined;
    if (row !== undefined) return row.id;
  }
  if (keys.publisherKey !== null && keys.publishedDay !== null) {
    const row = cachedStatement(
      db,
      `SELECT id FROM articles WHERE publisher_key = ? AND title_key = ? AND published_day = ?
         AND publisher_key IS NOT NULL AND published_day IS NOT NULL`,
    ).get(keys.publisherKey, keys.titleKey, keys.publishedDay) as { id: number } | undefined;
    if (row !== undefined) return row.id;
  }
  return null;
}

/** The id of the article stored under this canonical URL, or null (used to skip fetching pages we already have). */
export function findArticleIdByUrl(db: Db, url: string): number | null {
  const row = cachedStatement(db, 'SELECT id FROM articles WHERE url = ?').get(url) as
    | { id: number }
    | undefined;
  return row === undefined ? null : row.id;
}

/** One stored article as `wbw articles` shows it (DESIGN §4). */
export interface StoredArticle {
  id: number;
  url: string;
  title: string;
  publishedAt: string | null;
  publishedRaw: string | null;
  fetchedAt: string;
  lang: string | null;
  publisher: string | null;
  publisherUrl: string | null;
  /** The first source that carried it. */
  source: string | null;
  /** Every source that carried it, first one first. */
  sources: string[];
  textLength: number;
  text: string | null;
}

interface StoredArticleRow {
  id: number;
  url: string;
  title: string;
  published_at: string | null;
  published_raw: string | null;
  fetched_at: string;
  lang: string | null;
  publisher: string | null;
  publisher_url: string | null;
  first_source_id: string | null;
  source_ids: string | null;
  text_length: number;
  text: string | null;
}

/**
 * Every stored article (or those a source carried), newest publication first, then by id. Iterates lazily so that a
 * large table is streamed, not loaded.
 */
export function* iterateArticles(
  db: Db,
  options: { sourceId?: string | null; withText?: boolean } = {},
): Generator<StoredArticle> {
  const sourceFilter = options.sourceId === undefined || options.sourceId === null ? null : options.sourceId;
  const statement = cachedStatement(
    db,
    `SELECT a.id, a.url, a.title, a.published_at, a.published_raw, a.fetched_at, a.lang, a.publisher, a.publisher_url,
       a.first_source_id, length(a.text) AS text_length, CASE WHEN ? THEN a.text END AS text,
       (SELECT group_concat(source_id, char(31)) FROM
          (SELECT s.source_id FROM article_sources s WHERE s.article_id = a.id ORDER BY s.id)) AS source_ids
     FROM articles a
     WHERE ? IS NULL OR EXISTS (SELECT 1 FROM article_sources f WHERE f.article_id = a.id AND f.source_id = ?)
     ORDER BY a.published_at IS NULL, a.published_at DESC, a.id`,
  );
  const withText = options.withText === true ? 1 : 0;
  for (const row of statement.iterate(
    withText,
    sourceFilter,
    sourceFilter,
  ) as IterableIterator<StoredArticleRow>) {
    yield {
      id: row.id,
      url: row.url,
      title: row.title,
      publishedAt: row.published_at,
      publishedRaw: row.published_raw,
      fetchedAt: row.fetched_at,
      lang: row.lang,
      publisher: row.publisher,
      publisherUrl: row.publisher_url,
      source: row.first_source_id,
      sources: row.source_ids === null ? [] : row.source_ids.split('\u001f'),
      textLength: row.text_length,
      text: row.text,
    };
  }
}

/** How many articles are stored. */
export function countArticles(db: Db): number {
  return (cachedStatement(db, 'SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;
}
