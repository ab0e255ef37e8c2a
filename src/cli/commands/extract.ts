import type { Command } from 'commander';

interface ExtractOptions {
  lang?: string;
  published?: string;
  jsonl?: string;
  entities?: string;
  db?: string;
}

/**
 * `wbw extract [--lang xx] [--published DATE] FILE|-` and `wbw extract --jsonl FILE|-` (DESIGN §4).
 * Only options live here; the extractor and the catalogue are imported when the command runs, so that the other
 * commands do not pay for them and this one does not pay for SQLite.
 */
export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('print the claims an article states: {"claims":[…]}; with --jsonl, one line per input line')
    .argument('[file]', 'plain-text article, or - for standard input')
    .option('--lang <xx>', 'language of the article (en, fr, de, es, pt, it); guessed when absent')
    .option('--published <date>', 'publication date, YYYY-MM-DD or ISO 8601 date-time with offset')
    .option(
      '--jsonl <file>',
      'many articles, one {"id","text","published","lang"} per line (- for standard input)',
    )
    .option('--entities <dir>', 'entity catalogue folder (default data/entities)')
    .option('--db <file>', 'SQLite file (unused here; accepted like every command)')
    .action(async (file: string | undefined, options: ExtractOptions) => {
      const { runExtractCommand } = await import('./extract-run.ts');
      await runExtractCommand(file, options);
    });
}
