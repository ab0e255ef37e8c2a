/**
 * Backoff for a failing source (DESIGN §6: "failing sources back off exponentially with jitter"). Jitter spreads the
 * retries of many sources that failed together (one outage at a shared host) so that they do not return together.
 * See "Exponential Backoff And Jitter" (AWS Architecture Blog, 2015) for the two strategies.
 */

export interface BackoffOptions {
  /** The wait after the first failure (before jitter). */
  baseMs: number;
  /** The cap: no wait exceeds it (sources.yaml `max_wait`). */
  maxWaitMs: number;
  /** `full` (default): uniform in [0, min(cap, base·2^(n−1))]. `decorrelated`: uniform in [base, 3·previous], capped. */
  strategy?: 'full' | 'decorrelated';
  /** For `decorrelated`: the previous wait (defaults to baseMs). */
  previousMs?: number;
}

/**
 * Computes how long to wait before the next try after `consecutiveFailures` failures in a row.
 * @param random a source of numbers in [0, 1) (Math.random in production, fixed values in tests)
 * @returns milliseconds, an integer in [0, maxWaitMs]; 0 when there is no failure.
 */
export function computeBackoffMs(
  consecutiveFailures: number,
  options: BackoffOptions,
  random: () => number,
): number {
  const { baseMs, maxWaitMs } = options;
  if (!(consecutiveFailures >= 1) || maxWaitMs <= 0 || baseMs <= 0) return 0;
  // Clamp random() into [0, 1) so that a faulty source of randomness cannot break the cap.
  const unit = Math.min(Math.max(random(), 0), 1 - Number.EPSILON);
  if (options.strategy === 'decorrelated') {
    const previousMs = Math.max(options.previousMs ?? baseMs, baseMs);
    const upperMs = Math.min(maxWaitMs, previousMs * 3);
    const lowerMs = Math.min(baseMs, upperMs);
    return Math.floor(Math.min(maxWaitMs, lowerMs + unit * (upperMs - lowerMs)));
  }
  // 2 ** 1100 is Infinity; Math.min with the cap keeps the result finite.
  const ceilingMs = Math.min(maxWaitMs, baseMs * 2 ** (consecutiveFailures - 1));
  return Math.floor(unit * ceilingMs);
}
