/** What the --watch loop needs from the world: passed in, so that tests drive it with a fake clock. */
export interface WatchLoopDeps {
  /** One scrape pass over due sources. */
  runOnce: () => Promise<void>;
  /** The earliest next_fetch_at among sources (ISO), or null when none is scheduled. */
  getEarliestNextFetchAt: () => string | null;
  now: () => number;
  /** Resolves after `ms`, or earlier when `signal` aborts. */
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  signal: AbortSignal;
  /** Upper bound on one sleep, so that sources added to the database by another process are noticed. */
  maxSleepMs?: number;
  /** Lower bound on one sleep, so that a clock skew cannot make the loop spin. */
  minSleepMs?: number;
}

/**
 * `wbw scrape --watch`: run a pass, sleep until the earliest next_fetch_at in the database, repeat. The schedule
 * lives in the database, so a restarted watcher resumes where the last one stopped. Returns when `signal` aborts
 * (SIGINT/SIGTERM), after the pass in progress has finished.
 */
export async function runWatchLoop(deps: WatchLoopDeps): Promise<number> {
  const maxSleepMs = deps.maxSleepMs ?? 60_000;
  const minSleepMs = deps.minSleepMs ?? 1_000;
  let nPasses = 0;
  while (!deps.signal.aborted) {
    await deps.runOnce();
    nPasses += 1;
    if (deps.signal.aborted) break;
    const earliest = deps.getEarliestNextFetchAt();
    const earliestMs = earliest === null || earliest === '' ? Number.NaN : Date.parse(earliest);
    const waitMs = Number.isNaN(earliestMs) ? maxSleepMs : earliestMs - deps.now();
    await deps.sleep(Math.min(maxSleepMs, Math.max(minSleepMs, waitMs)), deps.signal);
  }
  return nPasses;
}

/** A sleep that an AbortSignal cuts short. */
export function sleepUnlessAborted(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) {
      resolve();
      return;
    }
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      resolve();
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
