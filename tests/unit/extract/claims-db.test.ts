import { describe, expect, test } from 'vitest';
import { createExtractorIndex, EXTRACTOR_VERSION } from '../../../src/core/extract/index.ts';
import { countClaims, selectArticlesToExtract, selectClaimsOfArticle } from '../../../src/db/claims.ts';
import { openDatabase } from '../../../src/db/connection.ts';
import { extractNewArticles } from '../../../src/pipeline/extract-new-articles.ts';

function insertArticle(
  db: ReturnType<typeof openDatabase>,
  url: string,
  title: string,
  text: string,
  lang: string,
  published: string,
): number {
  const result = db
    .prepare(
      `INSERT INTO articles (url, title, title_key, text, lang, published_at, fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(url, title, title.toLowerCase(), text, lang, published, '2021-01-11T10:00:00.000Z');
  return Number(result.lastInsertRowid);
}

describe('extractNewArticles', () => {
  const index = createExtractorIndex();

  test('stores the claims of new articles once, with the extractor version, and skips them on the next run', () => {
    const db = openDatabase(':memory:');
    const first = insertArticle(
      db,
      'https://example.org/1',
      'Parler loses its app stores',
      'Apple removed Parler from the App Store on Saturday.',
      'en',
      '2021-01-11T08:00:00.000Z',
    );
    insertArticle(
      db,
      'https://example.org/2',
      'Weather',
      'It will rain on Tuesday.',
      'en',
      '2021-01-11T08:00:00.000Z',
    );
    const result = extractNewArticles(db, { index, batchSize: 1 });
    expect(result).toEqual({ articles: 2, claims: 1 });
    const claims = selectClaimsOfArticle(db, first);
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({
      actor: { id: 'apple' },
      action: 'remove',
      target: { id: 'parler' },
      service: 'app_store',
      date: '2021-01-09',
      extractor_version: EXTRACTOR_VERSION,
      countries: [],
    });
    expect(extractNewArticles(db, { index })).toEqual({ articles: 0, claims: 0 });
    expect(countClaims(db)).toBe(1);
  });

  test('reextract reads articles extracted by an older version again and replaces their claims', () => {
    const db = openDatabase(':memory:');
    const id = insertArticle(
      db,
      'https://example.org/3',
      'X blocked',
      "Brazil's Supreme Court ordered the suspension of X across the country on Friday.",
      'en',
      '2024-08-31T09:00:00Z',
    );
    extractNewArticles(db, { index });
    db.prepare('UPDATE claim_extractions SET extractor_version = 0').run();
    expect(
      selectArticlesToExtract(db, { version: EXTRACTOR_VERSION, reextract: false, afterId: 0, limit: 10 }),
    ).toHaveLength(0);
    expect(
      selectArticlesToExtract(db, { version: EXTRACTOR_VERSION, reextract: true, afterId: 0, limit: 10 }),
    ).toHaveLength(1);
    const result = extractNewArticles(db, { index, reextract: true });
    expect(result.articles).toBe(1);
    const claims = selectClaimsOfArticle(db, id);
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({
      actor: { id: 'br-supreme-court' },
      action: 'block',
      countries: ['BR'],
    });
  });

  test('deleting an article deletes its claims', () => {
    const db = openDatabase(':memory:');
    const id = insertArticle(
      db,
      'https://example.org/4',
      'Ban',
      'Twitter permanently suspended Donald Trump on Friday.',
      'en',
      '2021-01-09T09:00:00Z',
    );
    extractNewArticles(db, { index });
    expect(countClaims(db)).toBe(1);
    db.prepare('DELETE FROM articles WHERE id = ?').run(id);
    expect(countClaims(db)).toBe(0);
  });
});
