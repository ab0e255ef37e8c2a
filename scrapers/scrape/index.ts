import PQueue from 'p-queue';
import type { Db } from '../../src/db/connection.ts';
import { syncSourceConfigs } from '../../src/db/sources.ts';
import { createFetcher } from '../fetcher/index.ts';
import type { SourcesConfig } from '../sources/index.ts';
import { createNotModifiedWriter } from './not-modified-writer.ts';
import { loadDefaultParsers } from './parsers.ts';
import { runSource } from './run-source.ts';
import type { ScrapeFetcher, ScrapeParsers, SourceRunResult } from './types.ts';

export { GONE_CONFIRMATIONS_NEEDED, MAX_ARTICLE_PAGES_PER_RUN } from './run-source.ts';
export { itemToArticle, pageToArticle } from './to-article.ts';
export type {
  ScrapeFetcher,
  ScrapeParsers,
  SourceRunResult,
  SourceRunStatus,
  SourceSkipReason,
} from './types.ts';

/** Sources fetched at once. Politeness within an origin is the fetcher's job; this bounds the whole run's fan-out. */
export const DEFAULT_SOURCE_CONCURRENCY = 8;

export interface RunScrapeOptions {
  db: Db;
  config: SourcesConfig;
  /** Only these sources (`--source`); they are fetched even when not due. Unknown ids are an error. */
  sourceIds?: string[];
  /** `--all`: every source, due or not (a source in backoff or gone is still skipped). */
  all?: boolean;
  /** Default: createFetcher(config.policy), closed at the end. */
  fetcher?: ScrapeFetcher;
  parsers?: ScrapeParsers;
  now?: () => number;
  random?: () => number;
  concurrency?: number;
  /** Aborting stops starting new sources; the ones in flight finish and are written. */
  signal?: AbortSignal;
  /** Called as each source finishes, in completion order. */
  onResult?: (result: SourceRunResult) => void;
}

/**
 * One scrape pass (`wbw scrape`, `wbw update`): syncs sources.yaml into the database, then fetches → parses → dedupes
 * → stores every due source, concurrently across sources. Never sleeps on Retry-After or backoff.
 * @returns one result per source handled, in the order of sources.yaml
 * @throws Error for an unknown `--source` id or a storage failure; a source's own failure is in its result
 */
export async function runScrape(options: RunScrapeOptions): Promise<SourceRunResult[]> {
  const { db, config } = options;
  const now = options.now ?? Date.now;
  let sources = config.sources;
  if (options.sourceIds !== undefined && options.sourceIds.length > 0) {
    const known = new Set(sources.map((source) => source.id));
    const unknown = options.sourceIds.filter((id) => !known.has(id));
    if (unknown.length > 0)
      throw new Error(`scrape: unknown source ${unknown.join(', ')} (not in ${config.file})`);
    const wanted = new Set(options.sourceIds);
    sources = sources.filter((source) => wanted.has(source.id));
  }
  syncSourceConfigs(db, config.sources, new Date(now()).toISOString());

  const ownFetcher = options.fetcher === undefined;
  const fetcher = options.fetcher ?? createFetcher(config.policy);
  const parsers = options.parsers ?? (await loadDefaultParsers());
  const context = {
    db,
    fetcher,
    parsers,
    maxWaitMs: config.policy.maxWaitMs,
    // Two deadlines' worth: enough for the 20 pages of a healthy site, bounded for a hostile one.
    pageBudgetMs: 2 * config.policy.timeoutMs,
    now,
    random: options.random ?? Math.random,
    force: options.all === true || (options.sourceIds !== undefined && options.sourceIds.length > 0),
    notModifiedWriter: createNotModifiedWriter(db),
  };
  const results = new Map<string, SourceRunResult>();
  const queue = new PQueue({ concurrency: options.concurrency ?? DEFAULT_SOURCE_CONCURRENCY });
  let storageError: unknown = null;
  try {
    for (const source of sources) {
      queue
        .add(async () => {
          if (options.signal?.aborted === true || storageError !== null) return;
          const result = await runSource(context, source);
          results.set(source.id, result);
          options.onResult?.(result);
        })
        .catch((error: unknown) => {
          // A storage failure stops the run: no new source starts, and the error is rethrown below.
          storageError ??= error;
          queue.clear();
        });
    }
    await queue.onIdle();
  } finally {
    if (ownFetcher) fetcher.close();
  }
  if (storageError !== null) throw storageError;
  return sources.flatMap((source) => {
    const result = results.get(source.id);
    return result === undefined ? [] : [result];
  });
}
