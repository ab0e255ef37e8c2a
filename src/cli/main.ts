import { Command, CommanderError } from 'commander';
import { registerArticles } from './commands/articles.ts';
import { registerBackup } from './commands/backup.ts';
import { registerExport } from './commands/export.ts';
import { registerExtract } from './commands/extract.ts';
import { registerReview } from './commands/review.ts';
import { registerScrape } from './commands/scrape.ts';
import { registerSources } from './commands/sources.ts';
import { registerUpdate } from './commands/update.ts';
import { registerValidate } from './commands/validate.ts';
import { VERSION } from './version.ts';

/**
 * The one command-line entry (DESIGN §4). Each sub-command file only declares its options and imports its
 * implementation lazily, so `wbw extract` does not pay for loading SQLite, the fetcher or Astro.
 */
export function createProgram(): Command {
  const program = new Command('wbw')
    .description('Who Banned Whom: collect reports, extract claims, build events, publish the site.')
    .version(VERSION)
    .showHelpAfterError();
  registerScrape(program);
  registerSources(program);
  registerArticles(program);
  registerExtract(program);
  registerUpdate(program);
  registerReview(program);
  registerExport(program);
  registerBackup(program);
  registerValidate(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  const program = createProgram();
  program.exitOverride();
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode;
      return;
    }
    // A message names the file or the field to fix; the stack is for developers (WBW_DEBUG=1).
    const detail =
      error instanceof Error
        ? process.env['WBW_DEBUG']
          ? (error.stack ?? error.message)
          : error.message
        : String(error);
    process.stderr.write(`wbw: ${detail}\n`);
    process.exitCode = 1;
  }
}

// Run directly (`node src/cli/main.ts …`, as the npm scripts do) as well as through bin/wbw.js.
if (import.meta.filename === process.argv[1]) {
  await main(process.argv);
}
