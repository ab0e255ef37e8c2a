import { existsSync } from 'node:fs';
import type { Db } from '../db/connection.ts';
import { countAutomaticEvents, maxClaimId, readEventClaims } from '../db/events.ts';
import { type RebuildEventsResult, rebuildEvents, rebuildEventsFor } from './rebuild-events.ts';

/** What one source gave in the scrape step (the `wbw scrape --json` line). */
export interface UpdateSourceLine {
  source: string;
  status: string;
  new: number;
  seen: number;
  error: string | null;
}

export interface UpdateOptions {
  db: Db;
  /** data/sources.yaml */
  sourcesFile: string;
  /** Re-extract claims from every article whose claims came from an older extractor version. */
  reextract?: boolean;
  /** Skip the scrape step (tests, offline rebuilds). */
  skipScrape?: boolean;
  /** Rebuild every event instead of only the buckets new claims touch. */
  fullRebuild?: boolean;
  /** Called for each source as its scrape finishes. */
  onSource?: (line: UpdateSourceLine) => void;
  log?: (message: string) => void;
}

export interface UpdateResult {
  sources: UpdateSourceLine[];
  /** Sources that could not be reached or parsed this run (the run still succeeds). */
  unreachable: string[];
  nArticlesExtracted: number | null;
  events: RebuildEventsResult;
  /** Steps that could not run (a module not available yet, a missing sources file), with why. */
  skipped: string[];
}

/**
 * `wbw update` (DESIGN §4): scrape what is due, extract claims from new articles, rebuild events. What a schedule runs.
 * A source that fails is reported and the run goes on; offline, every source is unreachable and the events are rebuilt
 * from what is stored. Idempotent: with nothing new, a second run rewrites the same ids and rows.
 * @throws Error on a storage failure
 */
export async function runUpdate(options: UpdateOptions): Promise<UpdateResult> {
  const log = options.log ?? (() => {});
  const skipped: string[] = [];
  const sources: UpdateSourceLine[] = [];
  if (!options.skipScrape) {
    if (!existsSync(options.sourcesFile)) {
      skipped.push(`scrape: no sources file at ${options.sourcesFile}`);
    } else {
      const [{ loadSourcesConfig }, { runScrape }] = await Promise.all([
        import('../../scrapers/sources/index.ts'),
        import('../../scrapers/scrape/index.ts'),
      ]);
      const config = loadSourcesConfig(options.sourcesFile);
      const results = await runScrape({
        db: options.db,
        config,
        onResult: (result) => {
          const line = {
            source: result.source,
            status: result.status,
            new: result.new,
            seen: result.seen,
            error: result.error,
          };
          options.onSource?.(line);
        },
      });
      for (const result of results) {
        sources.push({
          source: result.source,
          status: result.status,
          new: result.new,
          seen: result.seen,
          error: result.error,
        });
      }
    }
  }
  const unreachable = sources.filter((line) => line.status === 'error').map((line) => line.source);

  const lastClaimBefore = maxClaimId(options.db);
  let nArticlesExtracted: number | null = null;
  // The extractor's pipeline step (issue 4), imported by a computed name so that this module builds before it exists.
  const extractUrl = new URL('./extract-new-articles.ts', import.meta.url);
  if (existsSync(extractUrl)) {
    const { extractNewArticles } = (await import(extractUrl.href)) as {
      extractNewArticles: (db: Db, options: { reextract: boolean }) => unknown;
    };
    const extracted = await extractNewArticles(options.db, { reextract: options.reextract === true });
    nArticlesExtracted = countOf(extracted);
  } else {
    skipped.push('extract: src/pipeline/extract-new-articles.ts is not available');
  }
  // A small update re-clusters only the buckets its new claims touch (issue 5 benchmark: ≤ 1 s on 100,000 claims).
  // A re-extraction can move claims between buckets, and an empty events table has nothing to keep: those rebuild all.
  const incremental = !options.reextract && !options.fullRebuild && countAutomaticEvents(options.db) > 0;
  let events: RebuildEventsResult;
  if (incremental) {
    const newClaims = readEventClaims(options.db, { afterClaimId: lastClaimBefore });
    log(`update: updating events for ${newClaims.length} new claim(s)`);
    events = rebuildEventsFor(options.db, newClaims);
  } else {
    log('update: rebuilding events');
    events = rebuildEvents(options.db);
  }
  return { sources, unreachable, nArticlesExtracted, events, skipped };
}

function countOf(value: unknown): number | null {
  if (typeof value === 'number') return value;
  if (value && typeof value === 'object') {
    for (const key of ['nArticles', 'articles', 'processed', 'nProcessed']) {
      const field = (value as Record<string, unknown>)[key];
      if (typeof field === 'number') return field;
    }
  }
  return null;
}
