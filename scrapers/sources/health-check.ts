import type { SourceHealth } from '../../src/db/sources.ts';

export interface HealthCheckOptions {
  /** The largest tolerated share (0–1) of failing sources. */
  maxFailingShare: number;
  /** A source counts as failing once its current run of failures is older than this. */
  failingForMs: number;
  nowMs: number;
}

export interface HealthCheckResult {
  ok: boolean;
  nChecked: number;
  failing: string[];
  share: number;
}

/**
 * `wbw sources --check`: are more than `maxFailingShare` of the active sources failing for longer than `failingForMs`?
 * Gone sources are left out (a known, recorded state, not a silent stall). Pure.
 */
export function checkSourceHealth(
  sources: readonly SourceHealth[],
  options: HealthCheckOptions,
): HealthCheckResult {
  const checked = sources.filter((source) => source.active && !source.gone);
  const failing = checked
    .filter((source) => {
      if (source.consecutiveFailures === 0 || source.failingSince === null) return false;
      const sinceMs = Date.parse(source.failingSince);
      return !Number.isNaN(sinceMs) && options.nowMs - sinceMs > options.failingForMs;
    })
    .map((source) => source.id);
  const share = checked.length === 0 ? 0 : failing.length / checked.length;
  return { ok: share <= options.maxFailingShare, nChecked: checked.length, failing, share };
}
