import type { Command } from 'commander';

function collectIds(value: string, previous: string[]): string[] {
  return [...previous, ...value.split(',').filter((id) => id !== '')];
}

/** `wbw scrape [--source ID] [--all] [--watch] [--json]` (DESIGN §4). */
export function registerScrape(program: Command): void {
  program
    .command('scrape')
    .description('fetch due sources once (or keep polling with --watch) and store new articles')
    .option('--source <id>', 'only this source, due or not (repeatable, or comma-separated)', collectIds, [])
    .option('--all', 'every source, due or not (sources in backoff or gone are still skipped)')
    .option('--watch', 'keep running: poll each source on its own interval; SIGINT/SIGTERM stop cleanly')
    .option('--json', 'one JSON line per source on stdout; logs on stderr')
    .option('--db <file>', 'SQLite file (default data/wbw.sqlite or $WBW_DB)')
    .option('--sources <file>', 'sources file (default data/sources.yaml or $WBW_SOURCES)')
    .action(
      async (options: {
        source: string[];
        all?: boolean;
        watch?: boolean;
        json?: boolean;
        db?: string;
        sources?: string;
      }) => {
        const { runScrapeCommand } = await import('../../../scrapers/scrape/command.ts');
        process.exitCode = await runScrapeCommand(options);
      },
    );
}
