import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openDatabase } from '../../../src/db/connection.ts';
import { listSourceHealth } from '../../../src/db/sources.ts';
import { type LocalServer, startLocalServer, writeRawToSocket } from '../../helpers/local-server.ts';
import { runWbw } from '../scrape/harness.ts';
import { RSS_HEADERS, rssFeed, type ScrapeResult, scrapeSources } from './redteam-harness.ts';

/**
 * Red team, HTTP that lies: bad chunks, Content-Encoding and Content-Length lies, a PNG content type, a socket closed
 * after the headers, a redirect to itself, a 304 we never asked for, hostile Retry-After values, a repeated 410.
 * Through the real `wbw scrape`: no crash, no hang, every failure recorded, nothing half-stored.
 */

let server: LocalServer;
let result: ScrapeResult;
let feedBody: string;

function raw(response: ServerResponse, text: string | Buffer, endAfterMs = 0): void {
  writeRawToSocket(response, text);
  const socket = response.socket;
  setTimeout(() => socket?.destroy(), endAfterMs);
}

beforeAll(async () => {
  server = await startLocalServer();
  feedBody = rssFeed([
    { title: 'First honest item', link: server.url('/articles/one') },
    { title: 'Second honest item', link: server.url('/articles/two') },
  ]);
  const length = Buffer.byteLength(feedBody);
  const routes: Record<string, Parameters<LocalServer['setRoute']>[1]> = {
    '/bad-chunk.xml': (_request, response) =>
      raw(
        response,
        `HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nTransfer-Encoding: chunked\r\n\r\n10\r\n${feedBody.slice(0, 16)}\r\nZZ\r\nnot a chunk\r\n`,
        50,
      ),
    '/gzip-lie.xml': { headers: { ...RSS_HEADERS, 'content-encoding': 'gzip' }, body: feedBody },
    '/unknown-encoding.xml': { headers: { ...RSS_HEADERS, 'content-encoding': 'compress' }, body: feedBody },
    '/length-short.xml': (_request, response) =>
      raw(
        response,
        `HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Length: ${length - 40}\r\n\r\n${feedBody}`,
        50,
      ),
    '/length-long.xml': (_request, response) =>
      raw(
        response,
        `HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Length: ${length + 500}\r\n\r\n${feedBody}`,
        100,
      ),
    '/two-lengths.xml': (_request, response) =>
      raw(
        response,
        `HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Length: ${length}\r\nContent-Length: ${length + 5}\r\n\r\n${feedBody}`,
        50,
      ),
    '/png.xml': {
      headers: { 'content-type': 'image/png' },
      body: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    },
    '/png-but-feed.xml': { headers: { 'content-type': 'image/png' }, body: feedBody },
    '/close-after-headers.xml': (_request, response) =>
      raw(
        response,
        `HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Length: ${length}\r\n\r\n`,
        20,
      ),
    '/close-at-once.xml': (_request, response) => raw(response, '', 0),
    '/self-301.xml': { status: 301, headers: { location: '/self-301.xml' } },
    '/self-301-absolute.xml': (_request, response) => {
      response.writeHead(301, { location: server.url('/self-301-absolute.xml#again') });
      response.end();
    },
    '/unasked-304.xml': { status: 304, headers: { etag: '"never-sent"' } },
    '/retry-negative.xml': { status: 429, headers: { 'retry-after': '-5' } },
    '/retry-huge.xml': { status: 503, headers: { 'retry-after': '1e10' } },
    '/retry-two.xml': (_request, response) =>
      raw(
        response,
        'HTTP/1.1 429 Too Many Requests\r\nRetry-After: 60\r\nRetry-After: 999999999\r\nContent-Length: 0\r\n\r\n',
        50,
      ),
    '/retry-date-past.xml': { status: 503, headers: { 'retry-after': 'Wed, 21 Oct 2015 07:28:00 GMT' } },
    '/gone.xml': { status: 410, headers: { 'content-type': 'text/plain' }, body: 'gone' },
    '/status-999.xml': (_request, response) =>
      raw(response, 'HTTP/1.1 999 Whatever\r\nContent-Length: 0\r\n\r\n', 50),
    '/status-1xx.xml': (_request, response) =>
      raw(
        response,
        'HTTP/1.1 103 Early Hints\r\nLink: </x.css>\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Length: ' +
          length +
          '\r\n\r\n' +
          feedBody,
        100,
      ),
    '/header-injection.xml': (_request, response) =>
      raw(
        response,
        `HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nET\0ag: x\r\nContent-Length: ${length}\r\n\r\n${feedBody}`,
        50,
      ),
  };
  for (const [routePath, route] of Object.entries(routes)) server.setRoute(routePath, route);
  result = await scrapeSources(
    'redteam-http',
    Object.keys(routes).map((routePath) => ({ id: routePath.slice(1, -4), url: server.url(routePath) })),
    { max_wait: '6h' },
  );
}, 150_000);

afterAll(async () => {
  await server?.close();
});

function healthOf(id: string) {
  const db = openDatabase(result.dbFile, { readonly: true });
  try {
    return listSourceHealth(db).find((source) => source.id === id);
  } finally {
    db.close();
  }
}

describe('wbw scrape against lying HTTP servers', () => {
  test('the run succeeds with one line per source, every error has a message and a fetch_log row', () => {
    expect(result.run.code, result.run.stderr).toBe(0);
    expect(result.run.lines).toHaveLength(21);
    for (const line of result.run.lines) {
      const id = String(line['source']);
      const logged = result.fetchLog.filter((row) => row.sourceId === id);
      expect(
        logged.map((row) => row.status),
        id,
      ).toEqual([line['status']]);
      if (line['status'] === 'error') {
        expect(String(line['error']), id).toMatch(/^(fetcher|feeds|scrape): /);
        expect(logged[0]?.error, id).toBe(line['error']);
      }
    }
  });

  test.each([
    ['bad-chunk'],
    ['gzip-lie'],
    ['unknown-encoding'],
    ['length-long'],
    ['two-lengths'],
    ['png'],
    ['close-after-headers'],
    ['close-at-once'],
    ['self-301'],
    ['self-301-absolute'],
    ['status-999'],
  ])('%s is an error and stores nothing', (id) => {
    expect(result.lineOf(id)['status'], JSON.stringify(result.lineOf(id))).toBe('error');
    expect(result.articlesOf(id)).toHaveLength(0);
  });

  test('a Content-Length shorter than the body: the declared bytes only, never more', () => {
    const line = result.lineOf('length-short');
    // The first `length - 40` bytes cut the feed in its second item: either the first item is salvaged with a
    // warning, or the feed is refused; the second item is never stored.
    expect(['ok', 'error']).toContain(line['status']);
    const titles = result.articlesOf('length-short').map((article) => article.title);
    expect(titles).not.toContain('Second honest item');
  });

  test('a feed served as image/png is still read as a feed', () => {
    expect(result.lineOf('png-but-feed')['status']).toBe('ok');
    expect(result.articlesOf('png-but-feed')).toHaveLength(2);
  });

  test('a 1xx before the answer and an odd header do not get in the way', () => {
    expect(result.lineOf('status-1xx')['status']).toBe('ok');
    expect(result.articlesOf('status-1xx')).toHaveLength(2);
    expect(['ok', 'error']).toContain(result.lineOf('header-injection')['status']);
  });

  test('a 304 we never asked for is an error, stores nothing and is logged', () => {
    const line = result.lineOf('unasked-304');
    expect(line['status']).toBe('error');
    expect(String(line['error'])).toContain('304');
    expect(result.articlesOf('unasked-304')).toHaveLength(0);
    expect(result.fetchLog.filter((row) => row.sourceId === 'unasked-304')).toHaveLength(1);
  });

  test.each([
    // Garbage or negative Retry-After: ignored, the ordinary backoff applies (at least the 1 h interval).
    ['retry-negative', 60 * 60_000, 6 * 3600_000],
    // Huge: capped at max_wait (6 h here).
    ['retry-huge', 60 * 60_000, 6 * 3600_000],
    // Two headers (joined "60, 999999999"): never more than max_wait.
    ['retry-two', 60 * 60_000, 6 * 3600_000],
    // A date in the past: no wait from it, the ordinary backoff applies.
    ['retry-date-past', 60 * 60_000, 6 * 3600_000],
  ])('%s: next_fetch_at is set within bounds', (id, minimumMs, maximumMs) => {
    expect(result.lineOf(id)['status']).toBe('error');
    const health = healthOf(id);
    const waitMs = Date.parse(String(health?.nextFetchAt)) - Date.now();
    expect(waitMs).toBeGreaterThan(minimumMs - 120_000);
    expect(waitMs).toBeLessThanOrEqual(maximumMs + 1000);
  });

  test('a 410 repeated on three runs marks the source gone, and the fourth run skips it', async () => {
    for (let run = 2; run <= 4; run += 1) {
      // Time passes: the backoff after the previous 410 is over (a forced run still honours a backoff).
      const db = openDatabase(result.dbFile);
      db.prepare("UPDATE sources SET next_fetch_at = '2000-01-01T00:00:00.000Z' WHERE id = 'gone'").run();
      db.close();
      const again = await runWbw([
        'scrape',
        '--all',
        '--json',
        '--source',
        'gone',
        '--sources',
        result.sourcesFile,
        '--db',
        result.dbFile,
      ]);
      expect(again.code, again.stderr).toBe(0);
      const line = again.lines[0];
      if (run <= 3) expect(line?.['status']).toBe('error');
      else expect(line).toMatchObject({ status: 'skipped', reason: 'gone' });
    }
    expect(healthOf('gone')?.gone).toBe(true);
    expect(server.requests.filter((request) => request.path === '/gone.xml')).toHaveLength(3);
  }, 60_000);
});
