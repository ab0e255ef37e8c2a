import type { Command } from 'commander';

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/**
 * `wbw review [--accept ID] [--reject ID] [--merge A B] [--set ID field=value]` (DESIGN §4): in a terminal, the
 * interactive queue of automatic events with their evidence; with flags, the same operations for scripts.
 */
export function registerReview(program: Command): void {
  program
    .command('review')
    .description('review automatic events: accept, reject, edit, merge; writes data/curated/')
    .option('--accept <id>', 'accept an event as reviewed (repeatable)', collect, [])
    .option('--reject <id>', 'reject an event for good (repeatable)', collect, [])
    .option('--merge <ids...>', 'merge B into A: A keeps its id, B redirects to it')
    .option('--set <assignment...>', 'ID field=value: correct one field of an event')
    .option('--list', 'print the queue (one JSON line per event with --json) and exit')
    .option('--json', 'JSON lines on stdout')
    .option('--curated-dir <dir>', 'where curated files are written (default data/curated)')
    .option('--db <file>', 'SQLite file (default data/wbw.sqlite or $WBW_DB)')
    .action(
      async (options: {
        accept: string[];
        reject: string[];
        merge?: string[];
        set?: string[];
        list?: boolean;
        json?: boolean;
        curatedDir?: string;
        db?: string;
      }) => {
        const path = await import('node:path');
        const { existsSync } = await import('node:fs');
        const { resolveDbPath, log } = await import('../options.ts');
        const { openDatabase } = await import('../../db/connection.ts');
        const review = await import('../../pipeline/review.ts');
        const dbFile = resolveDbPath(options.db);
        const db = existsSync(dbFile) ? openDatabase(dbFile) : null;
        try {
          const state = review.loadReviewState(db, path.resolve(options.curatedDir ?? 'data/curated'));
          const written: string[] = [];
          for (const id of options.accept) written.push(review.acceptById(state, id));
          for (const id of options.reject) written.push(review.rejectById(state, id));
          if (options.merge) {
            if (options.merge.length !== 2)
              throw new Error('review: --merge takes two ids: A B (B merges into A)');
            written.push(...review.mergeByIds(state, options.merge[0]!, options.merge[1]!));
          }
          if (options.set) {
            const [id, ...assignments] = options.set;
            if (!id || assignments.length === 0) throw new Error('review: --set takes an id and field=value');
            for (const assignment of assignments) written.push(review.setById(state, id, assignment));
          }
          const usedFlags =
            options.accept.length + options.reject.length > 0 ||
            options.merge !== undefined ||
            options.set !== undefined;
          if (usedFlags) {
            for (const file of written) {
              if (options.json) process.stdout.write(`${JSON.stringify({ written: file })}\n`);
              else log(`review: wrote ${file}`);
            }
            return;
          }
          if (options.list || !process.stdin.isTTY) {
            const queue = review.reviewQueue(state);
            for (const event of queue) {
              if (options.json) process.stdout.write(`${JSON.stringify(event)}\n`);
              else
                process.stdout.write(
                  `${review.formatEventCard(event, queue.indexOf(event) + 1, queue.length)}\n`,
                );
            }
            if (!options.list)
              log('review: not a terminal; use --accept, --reject, --merge or --set, or --list');
            return;
          }
          await review.runInteractiveReview(state, process.stdin, process.stdout);
        } finally {
          db?.close();
        }
      },
    );
}
