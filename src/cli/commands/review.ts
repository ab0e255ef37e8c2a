import type { Command } from 'commander';

/** `wbw review` (DESIGN §4). Not built yet: the issue that owns it replaces this stub. */
export function registerReview(program: Command): void {
  program
    .command('review')
    .description('not implemented yet')
    .option('--db <file>', 'SQLite file (default data/wbw.sqlite or $WBW_DB)')
    .action(() => {
      throw new Error('wbw review: not implemented yet');
    });
}
