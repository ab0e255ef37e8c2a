import { resolveGlobalOptions } from '../../src/cli/options.ts';
import { openDatabase } from '../../src/db/connection.ts';
import { getEarliestNextFetchAt } from '../../src/db/sources.ts';
import { createFetcher } from '../fetcher/index.ts';
import { runWatchLoop, sleepUnlessAborted } from '../scheduler/index.ts';
import { loadSourcesConfig } from '../sources/index.ts';
import { runScrape } from './index.ts';
import { loadDefaultParsers } from './parsers.ts';
import type { SourceRunResult } from './types.ts';

export interface ScrapeCommandOptions {
  source: string[];
  all?: boolean;
  watch?: boolean;
  json?: boolean;
  db?: string;
  sources?: string;
}

/** Exit codes after a stop signal, by shell convention 128 + the signal number. */
const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;

/** The plain-text line of one source: `theverge-policy  ok  new=3 seen=12`. */
export function formatResultLine(result: SourceRunResult, idWidth: number): string {
  const status = result.reason === undefined ? result.status : `${result.status} (${result.reason})`;
  const error = result.error === null ? '' : `  ${result.error}`;
  return `${result.source.padEnd(idWidth)}  ${status.padEnd(22)}  new=${result.new} seen=${result.seen}${error}`;
}

/**
 * `wbw scrape`: one pass, or `--watch`. Per-source lines on stdout (JSON lines with --json), logs and progress on
 * stderr. The first SIGINT/SIGTERM lets the sources in flight finish and be written, then exits 130/143; a second
 * one exits at once (still between transactions: they are synchronous, so a signal never lands inside one).
 * @returns the exit code: 0, 1 when the run itself failed (bad config, unknown source, storage failure), 130/143
 */
export async function runScrapeCommand(options: ScrapeCommandOptions): Promise<number> {
  const globalOptions = resolveGlobalOptions(options);
  const log = (line: string): void => {
    process.stderr.write(`${line}\n`);
  };
  let config: ReturnType<typeof loadSourcesConfig>;
  try {
    config = loadSourcesConfig(globalOptions.sources);
  } catch (error) {
    log(`wbw scrape: ${(error as Error).message}`);
    return 1;
  }
  const db = openDatabase(globalOptions.db);
  const fetcher = createFetcher(config.policy);
  const parsers = await loadDefaultParsers();
  const controller = new AbortController();
  let stopSignal: keyof typeof SIGNAL_EXIT_CODES | null = null;
  const onSignal = (signal: keyof typeof SIGNAL_EXIT_CODES): void => {
    if (stopSignal !== null) {
      // Second signal: leave now. No transaction can be open here, so the database stays consistent.
      db.close();
      process.exit(SIGNAL_EXIT_CODES[signal]);
    }
    stopSignal = signal;
    log(`wbw scrape: ${signal}: finishing the sources in flight, then stopping (again to stop at once)`);
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  // `wbw scrape | head`: once the reader is gone, stop printing but finish the run, so that nothing fetched is lost.
  let stdoutClosed = false;
  const onStdoutError = (error: NodeJS.ErrnoException): void => {
    if (error.code !== 'EPIPE') throw error;
    stdoutClosed = true;
  };
  process.stdout.on('error', onStdoutError);
  const printLine = (line: string): void => {
    if (!stdoutClosed) process.stdout.write(`${line}\n`);
  };
  const idWidth = Math.max(8, ...config.sources.map((source) => source.id.length));
  // The progress line is for a person at a terminal; it goes to stderr, so it never mixes with --json output.
  const showProgress = process.stderr.isTTY === true;
  const runOnePass = async (all: boolean): Promise<SourceRunResult[]> => {
    const startedMs = Date.now();
    let nDone = 0;
    let nNew = 0;
    const results = await runScrape({
      db,
      config,
      fetcher,
      parsers,
      all,
      sourceIds: options.source,
      signal: controller.signal,
      onResult: (result) => {
        nDone += 1;
        nNew += result.new;
        if (showProgress) process.stderr.write('\r\u001b[2K');
        printLine(globalOptions.json ? JSON.stringify(result) : formatResultLine(result, idWidth));
        if (showProgress) process.stderr.write(`scrape: ${nDone} source(s) done, ${nNew} new`);
      },
    });
    if (showProgress) process.stderr.write('\r\u001b[2K');
    const count = (status: string): number => results.filter((result) => result.status === status).length;
    log(
      `scrape: ${results.length} source(s): ${count('ok')} ok, ${count('not_modified')} not modified, ` +
        `${count('error')} failed, ${count('skipped')} skipped; ${results.reduce((n, r) => n + r.new, 0)} new, ` +
        `${results.reduce((n, r) => n + r.seen, 0)} seen in ${((Date.now() - startedMs) / 1000).toFixed(1)} s`,
    );
    return results;
  };

  try {
    if (options.watch === true) {
      let first = true;
      await runWatchLoop({
        runOnce: async () => {
          await runOnePass(first && options.all === true);
          first = false;
        },
        getEarliestNextFetchAt: () => getEarliestNextFetchAt(db),
        now: Date.now,
        sleep: sleepUnlessAborted,
        signal: controller.signal,
      });
    } else {
      await runOnePass(options.all === true);
    }
  } catch (error) {
    log(`wbw scrape: ${(error as Error).message}`);
    return 1;
  } finally {
    fetcher.close();
    db.close();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    process.stdout.off('error', onStdoutError);
  }
  return stopSignal === null ? 0 : SIGNAL_EXIT_CODES[stopSignal];
}
