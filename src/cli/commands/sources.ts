import type { Command } from 'commander';

/** `wbw sources` (DESIGN §4). Not built yet: the issue that owns it replaces this stub. */
export function registerSources(program: Command): void {
  program
    .command('sources')
    .description('not implemented yet')
    .option('--db <file>', 'SQLite file (default data/wbw.sqlite or $WBW_DB)')
    .action(() => {
      throw new Error('wbw sources: not implemented yet');
    });
}
