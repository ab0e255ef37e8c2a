import type { Command } from 'commander';

/** `wbw scrape` (DESIGN §4). Not built yet: the issue that owns it replaces this stub. */
export function registerScrape(program: Command): void {
  program
    .command('scrape')
    .description('not implemented yet')
    .option('--db <file>', 'SQLite file (default data/wbw.sqlite or $WBW_DB)')
    .action(() => {
      throw new Error('wbw scrape: not implemented yet');
    });
}
