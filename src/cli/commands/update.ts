import type { Command } from 'commander';

/** `wbw update [--reextract]` (DESIGN §4): scrape what is due, extract claims from new articles, rebuild events. */
export function registerUpdate(program: Command): void {
  program
    .command('update')
    .description('scrape what is due, extract claims from new articles, rebuild events')
    .option('--reextract', 'extract again every article whose claims came from an older extractor version')
    .option('--no-scrape', 'skip the scrape step (rebuild from what is stored)')
    .option('--full', 'rebuild every event, not only those new claims touch')
    .option('--json', 'one JSON line per source, then a summary line, on stdout; logs on stderr')
    .option('--db <file>', 'SQLite file (default data/wbw.sqlite or $WBW_DB)')
    .option('--sources <file>', 'sources file (default data/sources.yaml or $WBW_SOURCES)')
    .action(
      async (options: {
        reextract?: boolean;
        scrape: boolean;
        full?: boolean;
        json?: boolean;
        db?: string;
        sources?: string;
      }) => {
        const { resolveGlobalOptions, log } = await import('../options.ts');
        const { openDatabase } = await import('../../db/connection.ts');
        const { runUpdate } = await import('../../pipeline/update.ts');
        const global = resolveGlobalOptions(options);
        const db = openDatabase(global.db);
        try {
          const result = await runUpdate({
            db,
            sourcesFile: global.sources,
            reextract: options.reextract === true,
            skipScrape: !options.scrape,
            fullRebuild: options.full === true,
            log,
            onSource: (line) => {
              if (global.json) process.stdout.write(`${JSON.stringify(line)}\n`);
              else
                log(
                  `${line.source}: ${line.status}${line.error ? ` (${line.error})` : ''} new=${line.new} seen=${line.seen}`,
                );
            },
          });
          for (const reason of result.skipped) log(`update: skipped ${reason}`);
          if (result.unreachable.length > 0) {
            log(
              `update: ${result.unreachable.length} source(s) unreachable: ${result.unreachable.join(', ')}`,
            );
          }
          const summary = {
            sources: result.sources.length,
            unreachable: result.unreachable,
            articles_extracted: result.nArticlesExtracted,
            claims: result.events.nClaims,
            events: result.events.nEvents,
            merged: result.events.nMerged,
            seconds: Number(result.events.seconds.toFixed(3)),
          };
          if (global.json) process.stdout.write(`${JSON.stringify({ summary })}\n`);
          else log(`update: ${summary.claims} claims → ${summary.events} events in ${summary.seconds} s`);
        } finally {
          db.close();
        }
      },
    );
}
