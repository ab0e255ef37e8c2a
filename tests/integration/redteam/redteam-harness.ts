/**
 * Shared plumbing for the red-team suites: run the real `wbw scrape --all --json` child process against local
 * servers, then read back what it stored and recorded straight from the database file.
 */
import path from 'node:path';
import { openDatabase } from '../../../src/db/connection.ts';
import { makeTempDir, runWbw, type TestSource, type WbwRun, writeTestSources } from '../scrape/harness.ts';

export interface StoredArticle {
  url: string;
  title: string;
  text: string;
  sourceId: string;
}

export interface FetchLogRow {
  sourceId: string;
  status: string;
  error: string | null;
}

export interface ScrapeResult {
  run: WbwRun;
  dbFile: string;
  sourcesFile: string;
  dir: string;
  articles: StoredArticle[];
  fetchLog: FetchLogRow[];
  /** The JSON line of one source; throws when it is missing. */
  lineOf(sourceId: string): Record<string, unknown>;
  /** Articles carried by one source. */
  articlesOf(sourceId: string): StoredArticle[];
}

/** Reads articles and fetch_log from a database file (read-only). */
export function readStored(dbFile: string): { articles: StoredArticle[]; fetchLog: FetchLogRow[] } {
  const db = openDatabase(dbFile, { readonly: true });
  try {
    const articles = (
      db
        .prepare(
          `SELECT a.url AS url, a.title AS title, a.text AS text, s.source_id AS sourceId
             FROM articles a JOIN article_sources s ON s.article_id = a.id ORDER BY a.id, s.id`,
        )
        .all() as StoredArticle[]
    ).map((row) => ({ ...row }));
    const fetchLog = db
      .prepare('SELECT source_id AS sourceId, status, error FROM fetch_log ORDER BY id')
      .all() as FetchLogRow[];
    return { articles, fetchLog };
  } finally {
    db.close();
  }
}

/**
 * Writes a sources.yaml (127.0.0.1 allowed, politeness lowered) and runs `wbw scrape --all --json` once.
 * `articles` lists one row per (article, source that carried it).
 */
export async function scrapeSources(
  prefix: string,
  sources: TestSource[],
  politeness: Record<string, string | number> = {},
  existing?: { dir: string; dbFile: string },
): Promise<ScrapeResult> {
  const dir = existing?.dir ?? makeTempDir(prefix);
  const dbFile = existing?.dbFile ?? path.join(dir, 'wbw.sqlite');
  const sourcesFile = writeTestSources(dir, sources, { timeout: '5s', ...politeness });
  const run = await runWbw(['scrape', '--all', '--json', '--sources', sourcesFile, '--db', dbFile], {
    timeoutMs: 120_000,
  });
  const { articles, fetchLog } = readStored(dbFile);
  return {
    run,
    dbFile,
    sourcesFile,
    dir,
    articles,
    fetchLog,
    lineOf(sourceId: string) {
      const line = run.lines.find((candidate) => candidate['source'] === sourceId);
      if (line === undefined) throw new Error(`no JSON line for ${sourceId}:\n${run.stdout}\n${run.stderr}`);
      return line;
    },
    articlesOf(sourceId: string) {
      return articles.filter((article) => article.sourceId === sourceId);
    },
  };
}

/** A minimal RSS 2.0 feed; each item is `{ title, link, description? }`, inserted verbatim (already escaped). */
export function rssFeed(items: { title: string; link: string; description?: string }[], head = ''): string {
  const parts = [
    `${head}<rss version="2.0"><channel><title>Red team</title><link>http://example.org/</link>`,
  ];
  for (const item of items) {
    parts.push(
      `<item><title>${item.title}</title><link>${item.link}</link>`,
      `<description>${item.description ?? 'A short note about the committee budget meeting.'}</description></item>`,
    );
  }
  parts.push('</channel></rss>');
  return parts.join('\n');
}

export const RSS_HEADERS = { 'content-type': 'application/rss+xml' };
