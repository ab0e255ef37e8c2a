import type {
  ConditionalHeaders,
  FetchOutcome,
  ParsedArticlePage,
  ParsedFeed,
  ParsedItem,
} from '../types.ts';

/** DESIGN §4 statuses of one source in one run. */
export type SourceRunStatus = 'ok' | 'not_modified' | 'error' | 'skipped';

/** Why a source was skipped: decided before fetching (not_due, backoff, gone) or by robots.txt. */
export type SourceSkipReason = 'not_due' | 'backoff' | 'gone' | 'robots';

/** What one source gave in one run: the `wbw scrape --json` line (DESIGN §4), plus `reason` when skipped. */
export interface SourceRunResult {
  source: string;
  status: SourceRunStatus;
  reason?: SourceSkipReason;
  new: number;
  seen: number;
  error: string | null;
}

/** The fetcher as the orchestrator uses it (scrapers/fetcher createFetcher, or a test double). */
export interface ScrapeFetcher {
  fetch(url: string, conditional?: ConditionalHeaders | null): Promise<FetchOutcome>;
  close(): void;
}

/** The HTML half of the parsers (scrapers/pages): heavy to load, so loaded only when a page is to be read. */
export interface PageParsers {
  extractListingLinks(html: string, baseUrl: string, selector: string): string[];
  parseArticlePage(html: string, baseUrl: string): ParsedArticlePage;
}

/** Language tools (scrapers/text): the model is large, so they are loaded only when a source does not set `lang`. */
export interface LanguageTools {
  detectLanguage(text: string): string | null;
  normalizeLanguageTag(tag: string | null | undefined): string | null;
}

/** The parsers as the orchestrator uses them (scrapers/feeds, scrapers/pages, scrapers/text), injectable for tests. */
export interface ScrapeParsers {
  parseFeed(bytes: Buffer, options: { contentType: string | null; baseUrl: string | null }): ParsedFeed;
  decodeHtml(bytes: Buffer, contentType: string | null): string;
  shouldFetchArticlePage(item: ParsedItem, lang: string | null): boolean;
  loadPageParsers(): Promise<PageParsers>;
  loadLanguageTools(): Promise<LanguageTools>;
}
