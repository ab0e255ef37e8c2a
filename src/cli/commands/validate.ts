import type { Command } from 'commander';

/**
 * `wbw validate`: every file in data/ against its schema, plus the cross-checks between files. Exits non-zero with
 * `file: field: message` lines on failure; `npm test` runs it.
 */
export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description(
      'validate data/: curated events, the entity catalogue, sources.yaml, and the checks across them',
    )
    .option('--curated-dir <dir>', 'curated events folder (default data/curated)')
    .option('--entities-dir <dir>', 'entity catalogue folder (default data/entities)')
    .option('--sources <file>', 'sources file (default data/sources.yaml or $WBW_SOURCES)')
    .option('--json', 'print the problems as JSON lines on stdout')
    .option(
      '--db <file>',
      'SQLite file whose automatic events `reverses` may point to (default data/wbw.sqlite or $WBW_DB)',
    )
    .action(
      async (options: {
        curatedDir?: string;
        entitiesDir?: string;
        sources?: string;
        json?: boolean;
        db?: string;
      }) => {
        const path = await import('node:path');
        const { existsSync } = await import('node:fs');
        const { resolveDbPath, resolveSourcesPath, log } = await import('../options.ts');
        const { validateData, formatProblems } = await import('../../lib/validate-data.ts');
        const knownEventIds = new Set<string>();
        const dbFile = resolveDbPath(options.db);
        if (existsSync(dbFile)) {
          const { openDatabase } = await import('../../db/connection.ts');
          const { hasTable, listAutomaticEvents } = await import('../../db/events.ts');
          const db = openDatabase(dbFile, { readonly: true });
          try {
            if (hasTable(db, 'events'))
              for (const event of listAutomaticEvents(db)) knownEventIds.add(event.id);
          } finally {
            db.close();
          }
        }
        const result = await validateData({
          curatedDir: path.resolve(options.curatedDir ?? 'data/curated'),
          entitiesDir: path.resolve(options.entitiesDir ?? 'data/entities'),
          sourcesFile: resolveSourcesPath(options.sources),
          knownEventIds,
        });
        if (options.json) {
          for (const problem of result.problems) process.stdout.write(`${JSON.stringify(problem)}\n`);
        }
        if (result.problems.length > 0) {
          if (!options.json) process.stderr.write(`${formatProblems(result.problems)}\n`);
          log(`validate: ${result.problems.length} problem(s)`);
          process.exitCode = 1;
          return;
        }
        log(
          `validate: ok — ${result.nCurated} curated files, ${result.nEntities} entities, ${
            result.nSources === null ? 'no sources file' : `${result.nSources} sources`
          }`,
        );
      },
    );
}
