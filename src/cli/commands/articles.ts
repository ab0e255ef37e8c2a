import type { Command } from 'commander';

/** `wbw articles [--source ID] [--json] [--text]` (DESIGN §4). */
export function registerArticles(program: Command): void {
  program
    .command('articles')
    .description('list stored articles, newest first')
    .option('--source <id>', 'only articles this source carried')
    .option(
      '--json',
      'one JSON line per article: url, title, published_at, lang, source, sources, text_length',
    )
    .option('--text', 'with --json: add the plain text')
    .option('--db <file>', 'SQLite file (default data/wbw.sqlite or $WBW_DB)')
    .action(async (options: { source?: string; json?: boolean; text?: boolean; db?: string }) => {
      const { resolveDbPath } = await import('../options.ts');
      const { openDatabase } = await import('../../db/connection.ts');
      const { iterateArticles } = await import('../../db/articles.ts');
      // `wbw articles | head`: the reader going away is not an error; this command only reads, so leave at once.
      process.stdout.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'EPIPE') process.exit(0);
        throw error;
      });
      const db = openDatabase(resolveDbPath(options.db));
      try {
        const withText = options.text === true;
        for (const article of iterateArticles(db, { sourceId: options.source ?? null, withText })) {
          if (options.json === true) {
            const line: Record<string, unknown> = {
              url: article.url,
              title: article.title,
              published_at: article.publishedAt,
              lang: article.lang,
              source: article.source,
              sources: article.sources,
              text_length: article.textLength,
            };
            if (withText) line['text'] = article.text;
            process.stdout.write(`${JSON.stringify(line)}\n`);
          } else {
            // Scraped titles are untrusted: control characters are dropped so that they cannot drive the terminal.
            const title = article.title.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
            process.stdout.write(
              `${(article.publishedAt ?? '-').slice(0, 10)}  ${article.lang ?? '--'}  ${article.source ?? '-'}  ${title}  ${article.url}\n`,
            );
            if (withText && article.text !== null) process.stdout.write(`${article.text}\n\n`);
          }
        }
      } finally {
        db.close();
      }
    });
}
