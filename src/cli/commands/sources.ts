import type { Command } from 'commander';

/** `wbw sources [--json] [--check]` (DESIGN §4). */
export function registerSources(program: Command): void {
  program
    .command('sources')
    .description('source health: last success, last error, consecutive failures, next fetch')
    .option('--json', 'one JSON line per source on stdout')
    .option('--check', 'exit 1 when too many sources have been failing for too long (for schedules)')
    .option(
      '--max-failing-share <share>',
      'with --check: the largest tolerated share of failing sources, 0–1',
      '0.5',
    )
    .option(
      '--failing-for <duration>',
      'with --check: a source counts as failing after failing this long',
      '2d',
    )
    .option('--db <file>', 'SQLite file (default data/wbw.sqlite or $WBW_DB)')
    .option('--sources <file>', 'sources file (default data/sources.yaml or $WBW_SOURCES)')
    .action(
      async (options: {
        json?: boolean;
        check?: boolean;
        maxFailingShare: string;
        failingFor: string;
        db?: string;
        sources?: string;
      }) => {
        const { runSourcesCommand } = await import('../../../scrapers/sources/health-command.ts');
        process.exitCode = runSourcesCommand(options);
      },
    );
}
