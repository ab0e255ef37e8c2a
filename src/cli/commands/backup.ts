import type { Command } from 'commander';

/** `wbw backup` (DESIGN §4). Not built yet: the issue that owns it replaces this stub. */
export function registerBackup(program: Command): void {
  program
    .command('backup')
    .description('not implemented yet')
    .option('--db <file>', 'SQLite file (default data/wbw.sqlite or $WBW_DB)')
    .action(() => {
      throw new Error('wbw backup: not implemented yet');
    });
}
