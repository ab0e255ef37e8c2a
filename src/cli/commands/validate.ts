import type { Command } from 'commander';

/** `wbw validate` (DESIGN §4). Not built yet: the issue that owns it replaces this stub. */
export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description('not implemented yet')
    .option('--db <file>', 'SQLite file (default data/wbw.sqlite or $WBW_DB)')
    .action(() => {
      throw new Error('wbw validate: not implemented yet');
    });
}
