import type { SourceState } from '../../src/db/sources.ts';
import { computeBackoffMs } from '../fetcher/index.ts';

/** Why a source is not fetched in this run (DESIGN §4 `skipped` reasons decided before any request). */
export type SkipReason = 'not_due' | 'backoff' | 'gone';

export type RunDecision = { run: true } | { run: false; reason: SkipReason };

/**
 * Decides whether a source is fetched now. Gone sources never are. A source waiting out a failure (backoff or
 * Retry-After) is not fetched before its next_fetch_at even with `force` (`--all`, `--source`): the server asked us to
 * wait. `force` overrides only the regular interval.
 */
export function decideSourceRun(
  state: SourceState | null,
  nowMs: number,
  options: { force: boolean },
): RunDecision {
  if (state === null) return { run: true };
  if (state.gone) return { run: false, reason: 'gone' };
  if (state.nextFetchAt === null) return { run: true };
  const nextMs = Date.parse(state.nextFetchAt);
  if (Number.isNaN(nextMs) || nextMs <= nowMs) return { run: true };
  if (state.consecutiveFailures > 0) return { run: false, reason: 'backoff' };
  return options.force ? { run: true } : { run: false, reason: 'not_due' };
}

/** After a success or a 304: the next regular poll. */
export function computeNextFetchAfterSuccess(nowMs: number, intervalMs: number): string {
  return new Date(nowMs + intervalMs).toISOString();
}

/**
 * After a failure: at least the regular interval plus an exponential, jittered extra that grows with the number of
 * failures in a row, or the server's Retry-After when it gave one (never shorter than the interval); all capped at
 * max_wait. The run never sleeps on it: this time is stored as next_fetch_at.
 */
export function computeNextFetchAfterFailure(
  nowMs: number,
  options: {
    consecutiveFailures: number;
    intervalMs: number;
    maxWaitMs: number;
    retryAfterMs?: number | undefined;
  },
  random: () => number,
): string {
  const floorMs = Math.min(options.intervalMs, options.maxWaitMs);
  let waitMs: number;
  if (options.retryAfterMs !== undefined) {
    waitMs = Math.max(options.retryAfterMs, floorMs);
  } else {
    waitMs =
      floorMs +
      computeBackoffMs(
        options.consecutiveFailures,
        { baseMs: options.intervalMs, maxWaitMs: options.maxWaitMs },
        random,
      );
  }
  return new Date(nowMs + Math.min(waitMs, options.maxWaitMs)).toISOString();
}
