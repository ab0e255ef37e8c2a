import { existsSync } from 'node:fs';
import { resolveGlobalOptions } from '../../src/cli/options.ts';
import { openDatabase } from '../../src/db/connection.ts';
import { listSourceHealth, type SourceHealth, syncSourceConfigs } from '../../src/db/sources.ts';
import { parseDuration } from '../fetcher/index.ts';
import { checkSourceHealth } from './health-check.ts';
import { loadSourcesConfig } from './load.ts';

/** `30m`, `6h`, `1d` back from milliseconds, for the table. */
export function formatInterval(ms: number): string {
  for (const [unit, size] of [
    ['d', 86_400_000],
    ['h', 3_600_000],
    ['m', 60_000],
    ['s', 1000],
  ] as const) {
    if (ms >= size && ms % size === 0) return `${ms / size}${unit}`;
  }
  return `${ms}ms`;
}

function toJsonLine(source: SourceHealth): Record<string, unknown> {
  return {
    id: source.id,
    name: source.name,
    url: source.url,
    kind: source.kind,
    lang: source.lang,
    interval: formatInterval(source.intervalMs),
    active: source.active,
    last_fetch_at: source.lastFetchAt,
    last_status: source.lastStatus,
    last_ok_at: source.lastOkAt,
    last_error: source.lastError,
    last_error_at: source.lastErrorAt,
    consecutive_failures: source.consecutiveFailures,
    failing_since: source.failingSince,
    next_fetch_at: source.nextFetchAt,
    gone: source.gone,
    articles: source.nArticles,
  };
}

const minute = (iso: string | null): string => (iso === null ? '-' : iso.slice(0, 16).replace('T', ' '));

/**
 * `wbw sources`: syncs sources.yaml into the database (so that new sources show as never fetched), then prints the
 * health table, or JSON lines; `--check` exits 1 when too many sources have been failing for too long.
 * @returns the exit code
 */
export function runSourcesCommand(options: {
  json?: boolean;
  check?: boolean;
  maxFailingShare: string;
  failingFor: string;
  db?: string;
  sources?: string;
}): number {
  const globalOptions = resolveGlobalOptions(options);
  const maxFailingShare = Number(options.maxFailingShare);
  const failingForMs = parseDuration(options.failingFor);
  if (!(maxFailingShare >= 0 && maxFailingShare <= 1) || failingForMs === null) {
    process.stderr.write(
      'wbw sources: --max-failing-share takes 0–1 and --failing-for a duration such as 2d\n',
    );
    return 2;
  }
  const db = openDatabase(globalOptions.db);
  try {
    if (existsSync(globalOptions.sources)) {
      try {
        const config = loadSourcesConfig(globalOptions.sources);
        syncSourceConfigs(db, config.sources, new Date().toISOString());
      } catch (error) {
        process.stderr.write(`wbw sources: ${(error as Error).message}\n(showing the database as it is)\n`);
      }
    }
    const sources = listSourceHealth(db);
    if (options.json === true) {
      for (const source of sources) process.stdout.write(`${JSON.stringify(toJsonLine(source))}\n`);
    } else {
      const header = [
        'id',
        'kind',
        'lang',
        'interval',
        'last success',
        'last error',
        'fails',
        'next fetch',
        'gone',
      ];
      const rows = sources.map((source) => [
        source.active ? source.id : `${source.id} (inactive)`,
        source.kind,
        source.lang ?? '-',
        formatInterval(source.intervalMs),
        minute(source.lastOkAt),
        source.lastError === null ? '-' : `${minute(source.lastErrorAt)} ${source.lastError.slice(0, 60)}`,
        String(source.consecutiveFailures),
        minute(source.nextFetchAt),
        source.gone ? 'gone' : '-',
      ]);
      const widths = header.map((title, index) =>
        Math.max(title.length, ...rows.map((row) => row[index]!.length)),
      );
      for (const row of [header, ...rows]) {
        process.stdout.write(
          `${row
            .map((cell, index) => cell.padEnd(widths[index]!))
            .join('  ')
            .trimEnd()}\n`,
        );
      }
    }
    if (options.check !== true) return 0;
    const check = checkSourceHealth(sources, { maxFailingShare, failingForMs, nowMs: Date.now() });
    const summary =
      `${check.failing.length} of ${check.nChecked} source(s) failing for more than ${options.failingFor} ` +
      `(${(check.share * 100).toFixed(0)}%, limit ${(maxFailingShare * 100).toFixed(0)}%)`;
    process.stderr.write(`wbw sources --check: ${check.ok ? 'ok' : 'FAILED'}: ${summary}\n`);
    return check.ok ? 0 : 1;
  } finally {
    db.close();
  }
}
