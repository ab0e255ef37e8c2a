import type { Command } from 'commander';

/** `wbw articles` (DESIGN §4). Not built yet: the issue that owns it replaces this stub. */
export function registerArticles(program: Command): void {
  program
    .command('articles')
    .description('not implemented yet')
    .option('--db <file>', 'SQLite file (default data/wbw.sqlite or $WBW_DB)')
    .action(() => {
      throw new Error('wbw articles: not implemented yet');
    });
}
