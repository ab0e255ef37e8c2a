import type { Command } from 'commander';

/** `wbw backup FILE` (DESIGN §4): a consistent copy with SQLite's VACUUM INTO, safe while a scrape runs. */
export function registerBackup(program: Command): void {
  program
    .command('backup')
    .description('write a consistent copy of the database to FILE (VACUUM INTO), safe during a run')
    .argument('<file>', 'the new file (must not exist)')
    .option('--db <file>', 'SQLite file (default data/wbw.sqlite or $WBW_DB)')
    .action(async (file: string, options: { db?: string }) => {
      const path = await import('node:path');
      const { resolveDbPath } = await import('../options.ts');
      const { openDatabase } = await import('../../db/connection.ts');
      const { backupDatabase } = await import('../../db/backup.ts');
      const db = openDatabase(resolveDbPath(options.db));
      try {
        backupDatabase(db, path.resolve(file));
        process.stderr.write(`backup: wrote ${path.resolve(file)}\n`);
      } finally {
        db.close();
      }
    });
}
