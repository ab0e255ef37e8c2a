import type { Command } from 'commander';

/** `wbw extract` (DESIGN §4). Not built yet: the issue that owns it replaces this stub. */
export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('not implemented yet')
    .option('--db <file>', 'SQLite file (default data/wbw.sqlite or $WBW_DB)')
    .action(() => {
      throw new Error('wbw extract: not implemented yet');
    });
}
