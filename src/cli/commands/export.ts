import type { Command } from 'commander';

/** `wbw export [--out DIR]` (DESIGN §4): the five open-data files, the same ones the site publishes. */
export function registerExport(program: Command): void {
  program
    .command('export')
    .description('write events.json, events.ndjson, events.csv, schema.json and datapackage.json')
    .option('--out <dir>', 'output folder', 'out/data')
    .option('--curated-dir <dir>', 'curated events folder (default data/curated)')
    .option('--entities-dir <dir>', 'entity catalogue folder (default data/entities)')
    .option('--min-confidence <n>', 'publish automatic events at or above this confidence')
    .option('--json', 'print the result as one JSON line on stdout')
    .option('--db <file>', 'SQLite file (default data/wbw.sqlite or $WBW_DB)')
    .action(
      async (options: {
        out: string;
        curatedDir?: string;
        entitiesDir?: string;
        minConfidence?: string;
        json?: boolean;
        db?: string;
      }) => {
        const path = await import('node:path');
        const { resolveDbPath, log } = await import('../options.ts');
        const { loadPublishedEvents } = await import('../../lib/published-events.ts');
        const { writeExport } = await import('../../lib/export-files.ts');
        const data = await loadPublishedEvents({
          db: resolveDbPath(options.db),
          ...(options.curatedDir ? { curatedDir: path.resolve(options.curatedDir) } : {}),
          ...(options.entitiesDir ? { entitiesDir: path.resolve(options.entitiesDir) } : {}),
          ...(options.minConfidence !== undefined ? { minConfidence: Number(options.minConfidence) } : {}),
        });
        const result = writeExport(data, path.resolve(options.out));
        if (options.json) process.stdout.write(`${JSON.stringify(result)}\n`);
        else {
          log(`export: ${result.nEvents} events into ${result.dir} in ${result.seconds.toFixed(2)} s`);
          for (const [name, bytes] of Object.entries(result.bytes)) log(`  ${name}  ${bytes} bytes`);
        }
      },
    );
}
