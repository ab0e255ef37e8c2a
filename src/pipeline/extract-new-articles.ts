import { detectLanguage } from '../core/extract/detect-language.ts';
import {
  createExtractorIndex,
  EXTRACTOR_VERSION,
  type ExtractEntityIndex,
  extractClaims,
} from '../core/extract/index.ts';
import { replaceArticleClaims, selectArticlesToExtract } from '../db/claims.ts';
import type { Db } from '../db/connection.ts';
import { loadEntities } from '../lib/load-entities.ts';

export interface ExtractNewArticlesOptions {
  /** Also re-read articles whose claims came from an older extractor version. */
  reextract?: boolean;
  /** The entity index; default: the catalogue in data/entities plus the built-in entities. */
  index?: ExtractEntityIndex;
  /** Articles per transaction. */
  batchSize?: number;
  /** The clock, for `extracted_at`. */
  now?: () => Date;
}

export interface ExtractNewArticlesResult {
  articles: number;
  claims: number;
}

function defaultIndex(): ExtractEntityIndex {
  try {
    return createExtractorIndex(loadEntities());
  } catch (error) {
    process.stderr.write(
      `extract: catalogue not loaded, using built-in entities only: ${(error as Error).message}\n`,
    );
    return createExtractorIndex();
  }
}

/**
 * Runs the extractor over the articles without claims at the current {@link EXTRACTOR_VERSION} (with `reextract`,
 * also those read by an older version) and stores their claims, one transaction per batch, so that a crash loses at
 * most one batch and a concurrent reader never sees an article half-extracted. The title is read as the first
 * sentence: headlines often carry the fact.
 * @throws on a storage failure (a bad article never throws: it yields no claims)
 */
export function extractNewArticles(
  db: Db,
  options: ExtractNewArticlesOptions = {},
): ExtractNewArticlesResult {
  const index = options.index ?? defaultIndex();
  const batchSize = options.batchSize ?? 200;
  const now = options.now ?? (() => new Date());
  let afterId = 0;
  let nArticles = 0;
  let nClaims = 0;
  for (;;) {
    const batch = selectArticlesToExtract(db, {
      version: EXTRACTOR_VERSION,
      reextract: options.reextract === true,
      afterId,
      limit: batchSize,
    });
    if (batch.length === 0) break;
    const results = batch.map((article) => {
      const text = article.title ? `${article.title}\n${article.text}` : article.text;
      const claims = extractClaims(
        { text, lang: article.lang ?? detectLanguage(text), published: article.published_at },
        index,
      );
      return { id: article.id, claims };
    });
    const extractedAt = now().toISOString();
    db.transaction(() => {
      for (const result of results)
        replaceArticleClaims(db, result.id, result.claims, EXTRACTOR_VERSION, extractedAt);
    })();
    for (const result of results) nClaims += result.claims.length;
    nArticles += batch.length;
    afterId = batch[batch.length - 1]!.id;
  }
  return { articles: nArticles, claims: nClaims };
}
