/**
 * The network half of one source's run: the feed or listing page, then the article pages worth fetching, reduced to
 * articles ready to store. Nothing here writes; reads only ask whether an article is already stored.
 */
import { findArticleIdByUrl, type NewArticle } from '../../src/db/articles.ts';
import type { Db } from '../../src/db/connection.ts';
import type { SourceConfig } from '../sources/index.ts';
import { canonicalizeUrl } from '../text/canonical-url.ts';
import type { FetchOutcome, ParsedArticlePage, ParsedItem } from '../types.ts';
import type { NotModifiedWriter } from './not-modified-writer.ts';
import { itemToArticle, pageToArticle } from './to-article.ts';
import type { ScrapeFetcher, ScrapeParsers } from './types.ts';

/** Article pages fetched per source and run: a feed of short summaries cannot turn one poll into a crawl. */
export const MAX_ARTICLE_PAGES_PER_RUN = 20;

export interface SourceRunContext {
  db: Db;
  fetcher: ScrapeFetcher;
  parsers: ScrapeParsers;
  maxWaitMs: number;
  /** After this long, no new article page of the source is started (their items are stored with the feed's own text). */
  pageBudgetMs: number;
  now: () => number;
  random: () => number;
  /** `--all` / `--source`: fetch even when the regular interval has not elapsed. */
  force: boolean;
  /** Coalesces the 304 records of one run (runScrape sets it); without it, each 304 is its own transaction. */
  notModifiedWriter?: NotModifiedWriter;
}

/** What came out of the network and the parsers, before anything is written. */
export type Harvest =
  | { kind: 'not_modified'; fetch: Extract<FetchOutcome, { kind: 'not_modified' }> }
  | {
      kind: 'ok';
      fetch: Extract<FetchOutcome, { kind: 'ok' }>;
      articles: NewArticle[];
      warnings: string[];
    };

export function errorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // One line, bounded: it is shown in a table and stored per fetch.
  return message.replace(/\s+/g, ' ').slice(0, 500);
}

/**
 * The network half: the feed or listing page, then the article pages worth fetching. Writes nothing.
 * @throws FetchError or FeedParseError when the source itself cannot be read
 */
export async function harvestSource(
  context: SourceRunContext,
  source: SourceConfig,
  conditional: { etag: string | null; lastModified: string | null },
): Promise<Harvest> {
  const fetched = await context.fetcher.fetch(source.url, conditional);
  if (fetched.kind === 'not_modified') return { kind: 'not_modified', fetch: fetched };
  const fetchedAt = new Date(context.now()).toISOString();
  const contentType = fetched.headers['content-type'] ?? null;
  const languageTools = source.lang === null ? await context.parsers.loadLanguageTools() : null;
  if (source.kind === 'page') {
    const pageParsers = await context.parsers.loadPageParsers();
    const html = context.parsers.decodeHtml(fetched.body, contentType);
    const links = pageParsers.extractListingLinks(html, fetched.url, source.selector ?? 'a');
    const warnings: string[] = [];
    const wanted = uniqueCanonical(links).filter((url) => findArticleIdByUrl(context.db, url) === null);
    if (wanted.length > MAX_ARTICLE_PAGES_PER_RUN) {
      warnings.push(`scrape: ${wanted.length} new links, fetched the first ${MAX_ARTICLE_PAGES_PER_RUN}`);
    }
    const pages = await fetchArticlePages(context, wanted.slice(0, MAX_ARTICLE_PAGES_PER_RUN), warnings);
    const articles: NewArticle[] = [];
    for (const [pageUrl, page] of pages) {
      const article = pageToArticle(page, { source, pageUrl, fetchedAt, languageTools });
      if (article !== null) articles.push(article);
    }
    return { kind: 'ok', fetch: fetched, articles, warnings };
  }

  const feed = context.parsers.parseFeed(fetched.body, { contentType, baseUrl: fetched.url });
  const warnings = [...feed.warnings];
  // Short summaries that speak of deplatforming get their article page, unless the article is already stored or the
  // links are an aggregator's (resolve_links: false): those lead to a redirect page, not the report.
  const pageUrls: string[] = [];
  const pageUrlOfItem = new Map<ParsedItem, string>();
  if (source.resolveLinks) {
    for (const item of feed.items) {
      if (item.url === null) continue;
      const url = canonicalizeUrl(item.url);
      if (url === null || pageUrlOfItem.has(item)) continue;
      if (!context.parsers.shouldFetchArticlePage(item, source.lang ?? item.lang ?? feed.lang)) continue;
      if (findArticleIdByUrl(context.db, url) !== null) continue;
      if (pageUrls.length >= MAX_ARTICLE_PAGES_PER_RUN) break;
      pageUrls.push(item.url);
      pageUrlOfItem.set(item, item.url);
    }
  }
  const pages = await fetchArticlePages(context, pageUrls, warnings);
  const articles: NewArticle[] = [];
  let nWithoutLink = 0;
  for (const item of feed.items) {
    const pageUrl = pageUrlOfItem.get(item);
    const page = pageUrl === undefined ? null : (pages.get(pageUrl) ?? null);
    const article = itemToArticle(item, { source, feedLang: feed.lang, fetchedAt, page, languageTools });
    if (article === null) nWithoutLink += 1;
    else articles.push(article);
  }
  if (nWithoutLink > 0)
    warnings.push(`scrape: ${nWithoutLink} item(s) without a usable http(s) link skipped`);
  return { kind: 'ok', fetch: fetched, articles, warnings };
}

function uniqueCanonical(urls: string[]): string[] {
  const seen = new Set<string>();
  for (const url of urls) {
    const canonical = canonicalizeUrl(url);
    if (canonical !== null) seen.add(canonical);
  }
  return [...seen];
}

/** Article pages of one source requested at once; the fetcher's per-origin limits apply on top. */
const ARTICLE_PAGE_CONCURRENCY = 2;

/**
 * Fetches article pages (the fetcher keeps each origin polite). A page that fails is noted and left out: the feed
 * item is still stored with its summary. No new page is started once `pageBudgetMs` has passed, so that a feed
 * pointing at slow or trickling pages costs at most about the budget plus one deadline, not 20 deadlines.
 */
async function fetchArticlePages(
  context: SourceRunContext,
  urls: string[],
  warnings: string[],
): Promise<Map<string, ParsedArticlePage>> {
  const pages = new Map<string, ParsedArticlePage>();
  if (urls.length === 0) return pages;
  const pageParsers = await context.parsers.loadPageParsers();
  const startedMs = context.now();
  let nFailed = 0;
  let nNotStarted = 0;
  let firstFailure = '';
  const pending = [...urls];
  const worker = async (): Promise<void> => {
    for (let url = pending.shift(); url !== undefined; url = pending.shift()) {
      if (context.now() - startedMs >= context.pageBudgetMs) {
        nNotStarted += 1;
        continue;
      }
      try {
        const fetched = await context.fetcher.fetch(url, null);
        if (fetched.kind !== 'ok') continue;
        const html = context.parsers.decodeHtml(fetched.body, fetched.headers['content-type'] ?? null);
        pages.set(url, pageParsers.parseArticlePage(html, fetched.url));
      } catch (error) {
        nFailed += 1;
        if (firstFailure === '') firstFailure = errorMessage(error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(ARTICLE_PAGE_CONCURRENCY, urls.length) }, worker));
  if (nFailed > 0) warnings.push(`scrape: ${nFailed} article page(s) failed (${firstFailure})`);
  if (nNotStarted > 0)
    warnings.push(
      `scrape: ${nNotStarted} article page(s) not fetched (time budget); stored with the feed's text`,
    );
  return pages;
}
