import { storeArticle } from '../../src/db/articles.ts';
import { insertFetchLog } from '../../src/db/fetch-log.ts';
import {
  getSourceState,
  recordSourceFailure,
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
import { errorMessage, type Harvest, harvestSource, type SourceRunContext } from './harvest.ts';
import { writeNotModifiedRecord } from './not-modified-writer.ts';
import type { SourceRunResult } from './types.ts';

export { MAX_ARTICLE_PAGES_PER_RUN, type SourceRunContext } from './harvest.ts';

/** A 410 must be seen on this many separate fetches before a source is marked gone (its articles are kept). */
export const GONE_CONFIRMATIONS_NEEDED = 3;
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
    const record = { sourceId: source.id, url: source.url, startedAt, finishedAt, nextFetchAt };
    if (context.notModifiedWriter === undefined) {
      db.transaction(() => writeNotModifiedRecord(db, record)).immediate();
    } else {
      // Shares one commit with the other 304s of this turn; resolves once committed.
      await context.notModifiedWriter.write(record);
    }
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
  if (fetchError?.kind === 'robots' && !fetchError.mayBeTransient) {
    // robots.txt says no: not the source failing, but recorded so that a reader sees why. A robots.txt that could not
    // be read (5xx, unreachable host) is transient and falls through to a failure below: an origin that is down must
    // show in the health table and back off, not hide behind `skipped` forever.
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
