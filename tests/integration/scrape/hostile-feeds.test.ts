import path from 'node:path';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openDatabase } from '../../../src/db/connection.ts';
import { listFetchLog } from '../../../src/db/fetch-log.ts';
import { listSourceHealth } from '../../../src/db/sources.ts';
import {
  type LocalServer,
  stallAfterHeaders,
  startLocalServer,
  trickleBody,
} from '../../helpers/local-server.ts';
import {
  generateFeed,
  makeTempDir,
  readScrapeFixture,
  runWbw,
  type TestSource,
  type WbwRun,
  writeTestSources,
} from './harness.ts';

/**
 * `wbw scrape --all --json --sources F --db F` as a child process against one loopback server with one route per
 * hostile case (issue 3). Each case asserts what is stored (wbw articles / the database) and what is recorded (the JSON
 * line, the source's health, fetch_log).
 */

const RSS = { 'content-type': 'application/rss+xml' };
const EXACT_TITLE = 'Décision définitive — l’hébergeur coupe';
const LATIN1_TITLE = 'Décision définitive : l’accès est coupé'.replace('’', "'");

let server: LocalServer;
let otherLoopback: LocalServer | null = null;
let dir: string;
let dbFile: string;
let sourcesFile: string;
let firstRun: WbwRun;
let articles: Record<string, unknown>[];
let etagRequests = 0;

function resultOf(sourceId: string): Record<string, unknown> {
  const line = firstRun.lines.find((candidate) => candidate['source'] === sourceId);
  if (line === undefined)
    throw new Error(`no JSON line for ${sourceId}:\n${firstRun.stdout}\n${firstRun.stderr}`);
  return line;
}

function articlesOf(sourceId: string): Record<string, unknown>[] {
  return articles.filter((article) => (article['sources'] as string[]).includes(sourceId));
}

function charsetFeed(origin: string, title: string, slug: string, declaration: string): string {
  return readScrapeFixture('charset-title.xml', {
    ORIGIN: origin,
    TITLE: title,
    SLUG: slug,
    DECLARATION: declaration,
  });
}

beforeAll(async () => {
  server = await startLocalServer();
  try {
    otherLoopback = await startLocalServer(
      { '/feed.xml': { headers: RSS, body: '<rss/>' } },
      { host: '127.0.0.2' },
    );
  } catch {
    otherLoopback = null;
  }
  const origin = server.origin;
  const fixture = (name: string): string => readScrapeFixture(name, { ORIGIN: origin });
  const routes: Record<string, Parameters<LocalServer['setRoute']>[1]> = {
    '/robots.txt': {
      headers: { 'content-type': 'text/plain' },
      body: 'User-agent: *\nDisallow: /private/\n',
    },
    '/script-title.xml': { headers: RSS, body: fixture('script-title.xml') },
    '/img-onerror.xml': { headers: RSS, body: fixture('img-onerror.xml') },
    '/billion-laughs.xml': { headers: RSS, body: fixture('billion-laughs.xml') },
    '/xxe.xml': { headers: RSS, body: fixture('xxe.xml') },
    '/remote-dtd.xml': { headers: RSS, body: fixture('remote-dtd.xml') },
    '/evil.dtd': { headers: { 'content-type': 'application/xml-dtd' }, body: '<!ENTITY remote "pwned">' },
    '/huge.xml': { headers: RSS, body: Buffer.alloc(50 * 1024 * 1024, 0x61) },
    '/gzip-bomb.xml': {
      headers: { ...RSS, 'content-encoding': 'gzip' },
      body: gzipSync(Buffer.alloc(64 * 1024 * 1024)),
    },
    '/trickle.xml': (_request, response) =>
      trickleBody(response, fixture('etag-feed.xml'), 1000, { headers: RSS }),
    '/stalled.xml': (_request, response) =>
      stallAfterHeaders(response, { headers: RSS, firstBytes: '<?xml version="1.0"?><rss' }),
    '/loop.xml': { status: 302, headers: { location: '/loop.xml' } },
    '/to-other-loopback.xml': {
      status: 302,
      headers: {
        location: otherLoopback === null ? 'http://127.0.0.2:9/feed.xml' : otherLoopback.url('/feed.xml'),
      },
    },
    '/error-500.xml': { status: 500, headers: { 'content-type': 'text/plain' }, body: 'internal error' },
    '/too-many.xml': {
      status: 429,
      headers: { 'retry-after': '7200', 'content-type': 'text/plain' },
      body: 'slow down',
    },
    '/etag.xml': (request, response) => {
      etagRequests += 1;
      if (request.headers['if-none-match'] === '"v1"') {
        response.writeHead(304, { etag: '"v1"' });
        response.end();
        return;
      }
      const body = fixture('etag-feed.xml');
      response.writeHead(200, { ...RSS, etag: '"v1"', 'content-length': String(Buffer.byteLength(body)) });
      response.end(body);
    },
    '/windows-1252.xml': {
      headers: { 'content-type': 'application/rss+xml; charset=windows-1252' },
      body: iconv.encode(charsetFeed(origin, EXACT_TITLE, 'cp1252', ''), 'windows-1252'),
    },
    '/latin1.xml': {
      headers: { 'content-type': 'application/xml' },
      body: iconv.encode(charsetFeed(origin, LATIN1_TITLE, 'latin1', ' encoding="ISO-8859-1"'), 'latin1'),
    },
    '/utf16.xml': {
      headers: { 'content-type': 'application/rss+xml' },
      body: Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        iconv.encode(charsetFeed(origin, EXACT_TITLE, 'utf16', ' encoding="UTF-16"'), 'utf16le'),
      ]),
    },
    '/invalid-dates.xml': { headers: RSS, body: fixture('invalid-dates.xml') },
    '/truncated.xml': { headers: RSS, body: fixture('truncated.xml') },
    '/five-thousand.xml': { headers: RSS, body: generateFeed(origin, 'bulk', 5000) },
    '/utm-dupes.xml': { headers: RSS, body: fixture('utm-dupes.xml') },
    '/empty.xml': { headers: RSS, body: '' },
    '/html-as-feed.xml': { headers: RSS, body: fixture('html-as-feed.html') },
    '/private/feed.xml': { headers: RSS, body: fixture('etag-feed.xml') },
  };
  for (const [routePath, route] of Object.entries(routes)) server.setRoute(routePath, route);

  const sources: TestSource[] = Object.keys(routes)
    .filter((routePath) => routePath.endsWith('.xml'))
    .map((routePath) => ({
      id: routePath
        .slice(1)
        .replace('/feed.xml', '')
        .replace('.xml', '')
        .replace(/[^a-z0-9]+/g, '-'),
      url: server.url(routePath),
    }));
  dir = makeTempDir('hostile');
  dbFile = path.join(dir, 'wbw.sqlite');
  // A 6 s deadline: short enough for the trickle and stall cases, long enough for a loaded 2-core machine.
  sourcesFile = writeTestSources(dir, sources, { timeout: '6s' });
  const startedMs = Date.now();
  firstRun = await runWbw(['scrape', '--all', '--json', '--sources', sourcesFile, '--db', dbFile]);
  const elapsedMs = Date.now() - startedMs;
  // No hang: the slowest cases (trickle, stalled) are bounded by the deadline.
  expect(elapsedMs).toBeLessThan(60_000);
  const listing = await runWbw(['articles', '--json', '--text', '--db', dbFile]);
  articles = listing.lines;
}, 120_000);

afterAll(async () => {
  await server?.close();
  await otherLoopback?.close();
});

describe('wbw scrape against hostile feeds', () => {
  test('the run itself succeeds and prints one JSON line per source, nothing else on stdout', () => {
    expect(firstRun.code, firstRun.stderr).toBe(0);
    expect(firstRun.stdout.trim().split('\n').length).toBe(firstRun.lines.length);
    expect(firstRun.lines.length).toBe(24);
    for (const line of firstRun.lines) {
      expect(Object.keys(line)).toEqual(expect.arrayContaining(['source', 'status', 'new', 'seen', 'error']));
      if (line['status'] === 'error') expect(typeof line['error']).toBe('string');
    }
  });

  test('a <script> title is stored as text and a javascript: link is never stored', () => {
    expect(resultOf('script-title')['status']).toBe('ok');
    const stored = articlesOf('script-title');
    expect(stored).toHaveLength(1);
    for (const article of articles) {
      expect(String(article['url'])).toMatch(/^https?:\/\//);
      expect(String(article['title'])).not.toMatch(/<script/i);
    }
    expect(String(stored[0]?.['title'])).toContain('Store removes the app');
  });

  test('an <img onerror> summary is stored without the tag', () => {
    const [stored] = articlesOf('img-onerror');
    expect(String(stored?.['text'])).toContain('The host said it would stop serving the forum');
    expect(String(stored?.['text'])).not.toMatch(/<img|onerror=/i);
  });

  test('billion laughs and an XXE file entity expand nothing and read nothing', () => {
    for (const id of ['billion-laughs', 'xxe']) {
      const result = resultOf(id);
      expect(['ok', 'error']).toContain(result['status']);
      for (const article of articlesOf(id)) {
        expect(String(article['title']).length).toBeLessThan(200);
        expect(String(article['text'])).not.toContain('lollollol');
        expect(String(article['text'])).not.toMatch(/root:.*:0:0:/);
        expect(String(article['title'])).not.toMatch(/root:/);
      }
    }
  });

  test('a remote DTD is never requested', () => {
    expect(server.requests.filter((request) => request.path.startsWith('/evil.dtd'))).toHaveLength(0);
    expect(['ok', 'error']).toContain(resultOf('remote-dtd')['status']);
  });

  test.each([
    // On a loaded machine the deadline may trip before the size cap: either way it is refused and recorded.
    ['huge', /too large|deadline/i],
    ['gzip-bomb', /too large|deadline/i],
    ['trickle', /deadline|time/i],
    ['stalled', /deadline|time/i],
    ['loop', /redirect/i],
    ['to-other-loopback', /private|refused|address|loopback/i],
    ['error-500', /500/],
    ['empty', /empty/i],
    ['html-as-feed', /html/i],
  ])('%s is recorded as an error with its reason and stores nothing', (id, pattern) => {
    const result = resultOf(id);
    expect(result['status']).toBe('error');
    expect(String(result['error'])).toMatch(pattern);
    expect(articlesOf(id)).toHaveLength(0);
  });

  test('a redirect to another loopback address sends no request there', () => {
    if (otherLoopback !== null) expect(otherLoopback.requests).toHaveLength(0);
  });

  test('a 429 with Retry-After sets next_fetch_at that far ahead and counts a failure', () => {
    expect(resultOf('too-many')['status']).toBe('error');
    const db = openDatabase(dbFile, { readonly: true });
    try {
      const health = listSourceHealth(db).find((source) => source.id === 'too-many');
      expect(health?.consecutiveFailures).toBe(1);
      const waitMs = Date.parse(String(health?.nextFetchAt)) - Date.now();
      expect(waitMs).toBeGreaterThan(100 * 60_000);
      expect(waitMs).toBeLessThanOrEqual(7200_000);
    } finally {
      db.close();
    }
  });

  test('exact titles in windows-1252 (HTTP header only), ISO-8859-1 (XML only) and UTF-16 with a BOM', () => {
    expect(articlesOf('windows-1252')[0]?.['title']).toBe(EXACT_TITLE);
    expect(articlesOf('latin1')[0]?.['title']).toBe(LATIN1_TITLE);
    expect(articlesOf('utf16')[0]?.['title']).toBe(EXACT_TITLE);
  });

  test('invalid dates give published_at null and keep the raw string', () => {
    const stored = articlesOf('invalid-dates');
    expect(stored).toHaveLength(3);
    for (const article of stored) expect(article['published_at']).toBeNull();
    const db = openDatabase(dbFile, { readonly: true });
    try {
      const raws = (
        db.prepare('SELECT published_raw FROM articles WHERE url LIKE ?').all('%/articles/date-%') as {
          published_raw: string | null;
        }[]
      ).map((row) => row.published_raw);
      expect(raws).toEqual(
        expect.arrayContaining(['Wed, 31 Feb 2021 10:00:00 GMT', 'Mon, 11 Jan 2021 25:00:00 GMT']),
      );
    } finally {
      db.close();
    }
  });

  test('a truncated feed keeps its 3 complete items and is ok with a warning', () => {
    const result = resultOf('truncated');
    expect(result['status']).toBe('ok');
    expect(result['new']).toBe(3);
    expect(typeof result['error']).toBe('string');
    expect(articlesOf('truncated')).toHaveLength(3);
  });

  test('5,000 items are all stored', () => {
    expect(resultOf('five-thousand')['new']).toBe(5000);
    expect(articlesOf('five-thousand')).toHaveLength(5000);
  });

  test('links that differ only by utm_* are stored once', () => {
    const result = resultOf('utm-dupes');
    expect(result['new']).toBe(1);
    expect(result['seen']).toBe(1);
    const stored = articlesOf('utm-dupes');
    expect(stored).toHaveLength(1);
    expect(String(stored[0]?.['url'])).not.toContain('utm_');
  });

  test('a path robots.txt disallows is skipped and never requested', () => {
    const result = resultOf('private');
    expect(result['status']).toBe('skipped');
    expect(result['reason']).toBe('robots');
    expect(server.requests.filter((request) => request.path.startsWith('/private/'))).toHaveLength(0);
  });

  test('every fetch is in fetch_log and every failure is in the source health', () => {
    const db = openDatabase(dbFile, { readonly: true });
    try {
      const log = listFetchLog(db);
      const health = listSourceHealth(db);
      for (const line of firstRun.lines) {
        const entries = log.filter((entry) => entry.sourceId === line['source']);
        expect(entries.length, String(line['source'])).toBe(1);
        expect(entries[0]?.status).toBe(line['status']);
        expect(entries[0]?.nNew).toBe(line['new']);
        if (line['status'] === 'error') {
          const source = health.find((candidate) => candidate.id === line['source']);
          expect(source?.lastError).toBe(line['error']);
          expect(source?.consecutiveFailures).toBe(1);
        }
      }
      const integrity = db.pragma('integrity_check', { simple: true });
      expect(integrity).toBe('ok');
    } finally {
      db.close();
    }
  });

  test('a 304 after an ETag: the second run is not_modified and changes nothing', async () => {
    expect(resultOf('etag')['status']).toBe('ok');
    const requestsBefore = etagRequests;
    const again = await runWbw([
      'scrape',
      '--all',
      '--json',
      '--source',
      'etag',
      '--sources',
      sourcesFile,
      '--db',
      dbFile,
    ]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.lines).toEqual([{ source: 'etag', status: 'not_modified', new: 0, seen: 0, error: null }]);
    expect(etagRequests).toBe(requestsBefore + 1);
    const listing = await runWbw(['articles', '--json', '--source', 'etag', '--db', dbFile]);
    expect(listing.lines).toHaveLength(1);
  });

  test('a plain second pass skips sources that are not due or backing off', async () => {
    const again = await runWbw(['scrape', '--json', '--sources', sourcesFile, '--db', dbFile]);
    expect(again.code).toBe(0);
    const reasons = new Map(again.lines.map((line) => [line['source'], line['reason']]));
    expect(reasons.get('utm-dupes')).toBe('not_due');
    expect(reasons.get('error-500')).toBe('backoff');
  });
});
