/**
 * The collect stage's public entry points for the other stages (`wbw update`, the site's /sources/ page):
 * everything that touches the network lives under scrapers/.
 */
export { DEFAULT_SOURCE_CONCURRENCY, type RunScrapeOptions, runScrape } from './scrape/index.ts';
export type { SourceRunResult, SourceRunStatus, SourceSkipReason } from './scrape/types.ts';
export { loadSourcesConfig, type SourceConfig, type SourcesConfig } from './sources/index.ts';
