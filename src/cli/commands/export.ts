import type { Command } from 'commander';

/** `wbw export` (DESIGN §4). Not built yet: the issue that owns it replaces this stub. */
export function registerExport(program: Command): void {
  program
    .command('export')
    .description('not implemented yet')
    .option('--db <file>', 'SQLite file (default data/wbw.sqlite or $WBW_DB)')
    .action(() => {
      throw new Error('wbw export: not implemented yet');
    });
}
