import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { openDatabase } from '../../../src/db/connection.ts';
import { type LocalServer, startLocalServer } from '../../helpers/local-server.ts';
import { generateFeed, makeTempDir, runWbw, spawnWbw, writeTestSources } from '../scrape/harness.ts';

/**
 * Faults (issue 3 item 9): a `wbw scrape` killed with SIGKILL half-way leaves a consistent database and the next run
 * completes the work; two runs at once corrupt nothing and duplicate nothing.
 */

const RSS = { 'content-type': 'application/rss+xml' };
let server: LocalServer | null = null;

afterEach(async () => {
  await server?.close();
  server = null;
});

interface Counts {
  integrity: unknown;
  nArticles: number;
  nDistinctUrls: number;
  perSource: Map<string, number>;
  logged: Set<string>;
}

function readCounts(dbFile: string): Counts {
  const db = openDatabase(dbFile, { readonly: true });
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    const nArticles = (db.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;
    const nDistinctUrls = (db.prepare('SELECT COUNT(DISTINCT url) AS n FROM articles').get() as { n: number })
      .n;
    const rows = db
      .prepare('SELECT source_id, COUNT(*) AS n FROM article_sources GROUP BY source_id')
      .all() as {
      source_id: string;
      n: number;
    }[];
    const logged = new Set(
      (
        db.prepare("SELECT source_id FROM fetch_log WHERE status = 'ok'").all() as { source_id: string }[]
      ).map((row) => row.source_id),
    );
    return {
      integrity,
      nArticles,
      nDistinctUrls,
      perSource: new Map(rows.map((row) => [row.source_id, row.n])),
      logged,
    };
  } finally {
    db.close();
  }
}

describe('wbw scrape under faults', () => {
  test('SIGKILL half-way leaves whole batches only, and the next run completes the work', async () => {
    const nFeeds = 40;
    const nItems = 100;
    server = await startLocalServer();
    const sources = [];
    for (let index = 0; index < nFeeds; index += 1) {
      const id = `feed-${index}`;
      // Every fourth feed is slow, so that the kill lands while some batches are still on the wire.
      server.setRoute(`/${id}.xml`, {
        headers: RSS,
        body: generateFeed(server.origin, id, nItems),
        delayMs: index % 4 === 3 ? 2500 : 50,
      });
      sources.push({ id, url: server.url(`/${id}.xml`) });
    }
    const dir = makeTempDir('kill');
    const dbFile = path.join(dir, 'wbw.sqlite');
    const sourcesFile = writeTestSources(dir, sources, { per_origin_concurrency: 4, timeout: '30s' });

    const child = spawnWbw(['scrape', '--all', '--json', '--sources', sourcesFile, '--db', dbFile]);
    let nLines = 0;
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, signal) => resolve(signal)),
    );
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the child wrote no source line in time')), 60_000);
      child.stdout?.on('data', (chunk: Buffer) => {
        nLines += chunk
          .toString('utf8')
          .split('\n')
          .filter((line) => line.trim() !== '').length;
        if (nLines >= 5) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    const afterKill = readCounts(dbFile);
    expect(afterKill.integrity).toBe('ok');
    expect(afterKill.nArticles).toBeLessThan(nFeeds * nItems);
    // A batch is all or nothing, and its fetch_log row commits with it.
    for (const [sourceId, n] of afterKill.perSource) {
      expect(n, sourceId).toBe(nItems);
      expect(afterKill.logged.has(sourceId), sourceId).toBe(true);
    }

    const rerun = await runWbw(['scrape', '--json', '--sources', sourcesFile, '--db', dbFile]);
    expect(rerun.code, rerun.stderr).toBe(0);
    const done = readCounts(dbFile);
    expect(done.integrity).toBe('ok');
    expect(done.nArticles).toBe(nFeeds * nItems);
    expect(done.nDistinctUrls).toBe(nFeeds * nItems);
    for (let index = 0; index < nFeeds; index += 1) expect(done.perSource.get(`feed-${index}`)).toBe(nItems);
  }, 120_000);

  test('two runs at once corrupt nothing and store each article once', async () => {
    const nFeeds = 20;
    const nItems = 100;
    server = await startLocalServer();
    const sources = [];
    for (let index = 0; index < nFeeds; index += 1) {
      const id = `feed-${index}`;
      // Neighbouring feeds share half their items, so the two runs race on the same articles.
      const own = generateFeed(server.origin, `shared-${index}`, nItems);
      const shared = generateFeed(server.origin, `shared-${(index + 1) % nFeeds}`, nItems / 2);
      const items = `${own.split('</channel>')[0]}${shared.split('<link>').length > 1 ? shared.slice(shared.indexOf('<item>'), shared.lastIndexOf('</channel>')) : ''}</channel></rss>`;
      server.setRoute(`/${id}.xml`, { headers: RSS, body: items, delayMs: (index % 3) * 100 });
      sources.push({ id, url: server.url(`/${id}.xml`) });
    }
    const dir = makeTempDir('concurrent');
    const dbFile = path.join(dir, 'wbw.sqlite');
    // A generous deadline: this test is about two writers, not about slow servers.
    const sourcesFile = writeTestSources(dir, sources, { timeout: '30s' });
    const args = ['scrape', '--all', '--json', '--sources', sourcesFile, '--db', dbFile];
    const [first, second] = await Promise.all([runWbw(args), runWbw(args)]);
    expect(first.code, first.stderr).toBe(0);
    expect(second.code, second.stderr).toBe(0);

    const counts = readCounts(dbFile);
    expect(counts.integrity).toBe('ok');
    expect(counts.nArticles).toBe(nFeeds * nItems);
    expect(counts.nDistinctUrls).toBe(counts.nArticles);
    // Every article was new exactly once across both runs.
    const nNew = [...first.lines, ...second.lines].reduce((sum, line) => sum + Number(line['new']), 0);
    expect(nNew).toBe(nFeeds * nItems);
    for (let index = 0; index < nFeeds; index += 1) {
      expect(counts.perSource.get(`feed-${index}`)).toBe(nItems + nItems / 2);
    }
  }, 120_000);
});
