import { findArticleIdByUrl, type NewArticle, storeArticle } from '../../src/db/articles.ts';
import type { Db } from '../../src/db/connection.ts';
import { insertFetchLog } from '../../src/db/fetch-log.ts';
import {
  getSourceState,
  recordSourceFailure,
  recordSourceNotModified,
  recordSourceSkipped,
  recordSourceSuccess,
} from '../../src/db/sources.ts';
import { isFetchError, isGoneStatus } from '../fetcher/index.ts';
import {
  computeNextFetchAfterFailure,
  computeNextFetchAfterSuccess,
  decideSourceRun,
} from '../scheduler/index.ts';
import type { SourceConfig } from '../sources/index.ts';
import { canonicalizeUrl } from '../text/canonical-url.ts';
import type { FetchOutcome, ParsedArticlePage, ParsedItem } from '../types.ts';
import { itemToArticle, pageToArticle } from './to-article.ts';
import type { ScrapeFetcher, ScrapeParsers, SourceRunResult } from './types.ts';

/** A 410 must be seen on this many separate fetches before a source is marked gone (its articles are kept). */
export const GONE_CONFIRMATIONS_NEEDED = 3;
/** Article pages fetched per source and run: a feed of short summaries cannot turn one poll into a crawl. */
export const MAX_ARTICLE_PAGES_PER_RUN = 20;

export interface SourceRunContext {
  db: Db;
  fetcher: ScrapeFetcher;
  parsers: ScrapeParsers;
  maxWaitMs: number;
  now: () => number;
  random: () => number;
  /** `--all` / `--source`: fetch even when the regular interval has not elapsed. */
  force: boolean;
}

/** What came out of the network and the parsers, before anything is written. */
type Harvest =
  | { kind: 'not_modified'; fetch: Extract<FetchOutcome, { kind: 'not_modified' }> }
  | {
      kind: 'ok';
      fetch: Extract<FetchOutcome, { kind: 'ok' }>;
      articles: NewArticle[];
      warnings: string[];
    };

function errorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // One line, bounded: it is shown in a table and stored per fetch.
  return message.replace(/\s+/g, ' ').slice(0, 500);
}

/** A storage failure (or a bug in SQL) stops the run; everything else is the source's own failure. */
function isStorageError(error: unknown): boolean {
  return error instanceof Error && error.name === 'SqliteError';
}

/**
 * Fetches, parses and stores one source: network first, then ONE synchronous IMMEDIATE transaction for the batch,
 * the health update and the fetch_log row, so that a kill never leaves half a batch.
 * @throws Error only for storage failures; a source's network or parse failure is recorded and returned.
 */
export async function runSource(context: SourceRunContext, source: SourceConfig): Promise<SourceRunResult> {
  const { db } = context;
  const state = getSourceState(db, source.id);
  const decision = decideSourceRun(state, context.now(), { force: context.force });
  if (!decision.run) {
    return { source: source.id, status: 'skipped', reason: decision.reason, new: 0, seen: 0, error: null };
  }
  const startedAt = new Date(context.now()).toISOString();
  let harvest: Harvest;
  try {
    harvest = await harvestSource(context, source, {
      etag: state?.etag ?? null,
      lastModified: state?.lastModified ?? null,
    });
  } catch (error) {
    if (isStorageError(error)) throw error;
    return recordFailure(context, source, startedAt, error, state?.consecutiveFailures ?? 0);
  }

  const nowMs = context.now();
  const finishedAt = new Date(nowMs).toISOString();
  const nextFetchAt = computeNextFetchAfterSuccess(nowMs, source.intervalMs);
  if (harvest.kind === 'not_modified') {
    db.transaction(() => {
      recordSourceNotModified(db, source.id, { nowIso: finishedAt, nextFetchAt });
      insertFetchLog(db, {
        sourceId: source.id,
        url: source.url,
        startedAt,
        finishedAt,
        status: 'not_modified',
        reason: null,
        httpStatus: 304,
        bytes: 0,
        error: null,
        nNew: 0,
        nSeen: 0,
      });
    }).immediate();
    return { source: source.id, status: 'not_modified', new: 0, seen: 0, error: null };
  }

  const warning = harvest.warnings.length === 0 ? null : summarizeWarnings(harvest.warnings);
  let nNew = 0;
  let nSeen = 0;
  db.transaction(() => {
    for (const article of harvest.articles) {
      const stored = storeArticle(db, article, source.id);
      if (stored.isNew) nNew += 1;
      else nSeen += 1;
    }
    recordSourceSuccess(db, source.id, {
      nowIso: finishedAt,
      etag: harvest.fetch.etag,
      lastModified: harvest.fetch.lastModified,
      warning,
      nextFetchAt,
    });
    insertFetchLog(db, {
      sourceId: source.id,
      url: source.url,
      startedAt,
      finishedAt,
      status: 'ok',
      reason: null,
      httpStatus: harvest.fetch.status,
      bytes: harvest.fetch.body.length,
      error: warning,
      nNew,
      nSeen,
    });
  }).immediate();
  return { source: source.id, status: 'ok', new: nNew, seen: nSeen, error: warning };
}

/** "3 warnings: first; second; …" in one bounded line. */
function summarizeWarnings(warnings: string[]): string {
  const head = warnings.slice(0, 3).join('; ');
  const more = warnings.length > 3 ? ` (+${warnings.length - 3} more)` : '';
  return `${head}${more}`.replace(/\s+/g, ' ').slice(0, 500);
}

/** Records a failed fetch or parse (or a robots.txt refusal) in one transaction and returns its result line. */
function recordFailure(
  context: SourceRunContext,
  source: SourceConfig,
  startedAt: string,
  error: unknown,
  previousFailures: number,
): SourceRunResult {
  const { db } = context;
  const nowMs = context.now();
  const finishedAt = new Date(nowMs).toISOString();
  const message = errorMessage(error);
  const fetchError = isFetchError(error) ? error : null;
  const httpStatus = fetchError?.status ?? null;
  if (fetchError?.kind === 'robots') {
    // robots.txt said no (or could not be read): not the source failing, but recorded so that a reader sees why.
    const nextFetchAt = computeNextFetchAfterSuccess(nowMs, source.intervalMs);
    db.transaction(() => {
      recordSourceSkipped(db, source.id, { nowIso: finishedAt, error: message, nextFetchAt });
      insertFetchLog(db, {
        sourceId: source.id,
        url: source.url,
        startedAt,
        finishedAt,
        status: 'skipped',
        reason: 'robots',
        httpStatus,
        bytes: null,
        error: message,
        nNew: 0,
        nSeen: 0,
      });
    }).immediate();
    return { source: source.id, status: 'skipped', reason: 'robots', new: 0, seen: 0, error: message };
  }
  const nextFetchAt = computeNextFetchAfterFailure(
    nowMs,
    {
      consecutiveFailures: previousFailures + 1,
      intervalMs: source.intervalMs,
      maxWaitMs: context.maxWaitMs,
      retryAfterMs: fetchError?.retryAfterMs,
    },
    context.random,
  );
  db.transaction(() => {
    recordSourceFailure(db, source.id, {
      nowIso: finishedAt,
      error: message,
      nextFetchAt,
      goneStatus: httpStatus !== null && isGoneStatus(httpStatus),
      goneConfirmationsNeeded: GONE_CONFIRMATIONS_NEEDED,
    });
    insertFetchLog(db, {
      sourceId: source.id,
      url: source.url,
      startedAt,
      finishedAt,
      status: 'error',
      reason: fetchError?.kind ?? 'parse',
      httpStatus,
      bytes: null,
      error: message,
      nNew: 0,
      nSeen: 0,
    });
  }).immediate();
  return { source: source.id, status: 'error', new: 0, seen: 0, error: message };
}

/**
 * The network half: the feed or listing page, then the article pages worth fetching. Writes nothing.
 * @throws FetchError or FeedParseError when the source itself cannot be read
 */
async function harvestSource(
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

/**
 * Fetches article pages (the fetcher keeps each origin polite). A page that fails is noted and left out: the feed
 * item is still stored with its summary.
 */
async function fetchArticlePages(
  context: SourceRunContext,
  urls: string[],
  warnings: string[],
): Promise<Map<string, ParsedArticlePage>> {
  const pages = new Map<string, ParsedArticlePage>();
  if (urls.length === 0) return pages;
  const pageParsers = await context.parsers.loadPageParsers();
  let nFailed = 0;
  let firstFailure = '';
  await Promise.all(
    urls.map(async (url) => {
      try {
        const fetched = await context.fetcher.fetch(url, null);
        if (fetched.kind !== 'ok') return;
        const html = context.parsers.decodeHtml(fetched.body, fetched.headers['content-type'] ?? null);
        pages.set(url, pageParsers.parseArticlePage(html, fetched.url));
      } catch (error) {
        nFailed += 1;
        if (firstFailure === '') firstFailure = errorMessage(error);
      }
    }),
  );
  if (nFailed > 0) warnings.push(`scrape: ${nFailed} article page(s) failed (${firstFailure})`);
  return pages;
}
