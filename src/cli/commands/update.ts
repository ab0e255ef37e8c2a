import type { Command } from 'commander';

/** `wbw update` (DESIGN §4). Not built yet: the issue that owns it replaces this stub. */
export function registerUpdate(program: Command): void {
  program
    .command('update')
    .description('not implemented yet')
    .option('--db <file>', 'SQLite file (default data/wbw.sqlite or $WBW_DB)')
    .action(() => {
      throw new Error('wbw update: not implemented yet');
    });
}
