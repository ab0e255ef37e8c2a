import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ACCEPT_HEADER, createFetcher, isGoneStatus } from '../../../scrapers/fetcher/index.ts';
import { type LocalServer, startLocalServer } from '../../helpers/local-server.ts';
import { expectFetchError, TEST_USER_AGENT, testPolicy } from './test-policy.ts';

const NOW = Date.UTC(2026, 10, 25, 12, 0, 0);
const HOUR = 3_600_000;
const ETAG = '"feed-v1"';
const LAST_MODIFIED = 'Tue, 24 Nov 2026 08:00:00 GMT';

let server: LocalServer;

beforeAll(async () => {
  server = await startLocalServer({
    '/500': { status: 500, body: 'oops' },
    '/410': { status: 410, body: 'gone' },
    '/404': { status: 404, body: 'missing' },
    '/429-seconds': { status: 429, headers: { 'retry-after': '120' } },
    '/429-date': { status: 429, headers: { 'retry-after': new Date(NOW + 2 * HOUR).toUTCString() } },
    '/429-huge': { status: 429, headers: { 'retry-after': '999999999' } },
    '/429-garbage': { status: 429, headers: { 'retry-after': 'later, maybe' } },
    '/503': { status: 503, headers: { 'retry-after': '30' } },
    '/with-cookie': { headers: { 'set-cookie': 'session=abc; Path=/' }, body: 'cookie set' },
    '/etag': (request, response) => {
      if (request.headers['if-none-match'] === ETAG) {
        response.writeHead(304, { etag: ETAG });
        response.end();
        return;
      }
      response.writeHead(200, { etag: ETAG, 'content-type': 'application/atom+xml' });
      response.end('<feed/>');
    },
    '/last-modified': (request, response) => {
      if (request.headers['if-modified-since'] === LAST_MODIFIED) {
        // No validators repeated: the fetcher must keep the ones it sent.
        response.writeHead(304);
        response.end();
        return;
      }
      response.writeHead(200, { 'last-modified': LAST_MODIFIED });
      response.end('<rss/>');
    },
  });
});

afterAll(async () => {
  await server.close();
});

function lastRequestTo(path: string) {
  const found = server.requests.filter((request) => request.path === path).at(-1);
  if (found === undefined) throw new Error(`test: no request to ${path}`);
  return found;
}

describe('fetcher statuses', () => {
  test('turns a 500 into a transient http_status error', async () => {
    const fetcher = createFetcher(testPolicy());
    const error = await expectFetchError(fetcher.fetch(server.url('/500')));
    fetcher.close();
    expect(error.kind).toBe('http_status');
    expect(error.status).toBe(500);
    expect(error.mayBeTransient).toBe(true);
    expect(error.message).toBe('fetcher: HTTP 500');
  });

  test('turns a 410 into a permanent http_status error that isGoneStatus recognises', async () => {
    const fetcher = createFetcher(testPolicy());
    const error = await expectFetchError(fetcher.fetch(server.url('/410')));
    fetcher.close();
    expect(error.kind).toBe('http_status');
    expect(isGoneStatus(error.status)).toBe(true);
    expect(error.mayBeTransient).toBe(false);
  });

  test('turns a 404 into a permanent http_status error', async () => {
    const fetcher = createFetcher(testPolicy());
    const error = await expectFetchError(fetcher.fetch(server.url('/404')));
    fetcher.close();
    expect([error.status, error.mayBeTransient, isGoneStatus(error.status)]).toEqual([404, false, false]);
  });

  test('reports Retry-After seconds of a 429 without sleeping on it', async () => {
    const fetcher = createFetcher(testPolicy(), { now: () => NOW });
    const started = Date.now();
    const error = await expectFetchError(fetcher.fetch(server.url('/429-seconds')));
    fetcher.close();
    expect([error.kind, error.status, error.retryAfterMs]).toEqual(['http_status', 429, 120_000]);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  test('reports Retry-After as an HTTP date of a 429, relative to the clock', async () => {
    const fetcher = createFetcher(testPolicy(), { now: () => NOW });
    const error = await expectFetchError(fetcher.fetch(server.url('/429-date')));
    fetcher.close();
    expect(error.retryAfterMs).toBe(2 * HOUR);
  });

  test('caps Retry-After at maxWaitMs', async () => {
    const fetcher = createFetcher(testPolicy({ maxWaitMs: HOUR }), { now: () => NOW });
    const error = await expectFetchError(fetcher.fetch(server.url('/429-huge')));
    fetcher.close();
    expect(error.retryAfterMs).toBe(HOUR);
  });

  test('leaves retryAfterMs undefined for a garbage Retry-After', async () => {
    const fetcher = createFetcher(testPolicy(), { now: () => NOW });
    const error = await expectFetchError(fetcher.fetch(server.url('/429-garbage')));
    fetcher.close();
    expect([error.status, error.retryAfterMs, error.mayBeTransient]).toEqual([429, undefined, true]);
  });

  test('reports the Retry-After of a 503', async () => {
    const fetcher = createFetcher(testPolicy(), { now: () => NOW });
    const error = await expectFetchError(fetcher.fetch(server.url('/503')));
    fetcher.close();
    expect([error.kind, error.status, error.retryAfterMs, error.mayBeTransient]).toEqual([
      'http_status',
      503,
      30_000,
      true,
    ]);
  });

  test('returns not_modified for a 304 after an ETag round trip', async () => {
    const fetcher = createFetcher(testPolicy());
    const first = await fetcher.fetch(server.url('/etag'));
    expect(first.kind).toBe('ok');
    expect(first.etag).toBe(ETAG);
    const second = await fetcher.fetch(server.url('/etag'), {
      etag: first.etag,
      lastModified: first.lastModified,
    });
    fetcher.close();
    expect(lastRequestTo('/etag').headers['if-none-match']).toBe(ETAG);
    expect(second).toEqual({
      kind: 'not_modified',
      url: server.url('/etag'),
      etag: ETAG,
      lastModified: null,
    });
  });

  test('returns not_modified after a Last-Modified round trip and keeps the validator it sent', async () => {
    const fetcher = createFetcher(testPolicy());
    const first = await fetcher.fetch(server.url('/last-modified'));
    expect(first.lastModified).toBe(LAST_MODIFIED);
    const second = await fetcher.fetch(server.url('/last-modified'), { lastModified: first.lastModified });
    fetcher.close();
    expect(lastRequestTo('/last-modified').headers['if-modified-since']).toBe(LAST_MODIFIED);
    expect(second.kind).toBe('not_modified');
    expect(second.lastModified).toBe(LAST_MODIFIED);
  });

  test('does not send a validator that would break the request line', async () => {
    const fetcher = createFetcher(testPolicy());
    const outcome = await fetcher.fetch(server.url('/etag'), { etag: '"bad\r\nX-Injected: 1"' });
    fetcher.close();
    expect(outcome.kind).toBe('ok');
    const sent = lastRequestTo('/etag').headers;
    expect(sent['if-none-match']).toBeUndefined();
    expect(sent['x-injected']).toBeUndefined();
  });

  test('sends the honest User-Agent and a feed-friendly Accept, and never a cookie', async () => {
    const fetcher = createFetcher(testPolicy());
    await fetcher.fetch(server.url('/with-cookie'));
    await fetcher.fetch(server.url('/with-cookie'));
    fetcher.close();
    const sent = lastRequestTo('/with-cookie').headers;
    expect(sent['user-agent']).toBe(TEST_USER_AGENT);
    expect(sent['accept']).toBe(ACCEPT_HEADER);
    expect(sent['accept']).toContain('application/rss+xml');
    expect(sent['accept-encoding']).toBe('gzip, deflate, br');
    expect(sent['cookie']).toBeUndefined();
    expect(sent['authorization']).toBeUndefined();
    expect(lastRequestTo('/robots.txt').headers['user-agent']).toBe(TEST_USER_AGENT);
  });

  test('sends no credentials even when the URL carries some', async () => {
    const fetcher = createFetcher(testPolicy());
    const url = server.url('/with-cookie').replace('http://', 'http://user:secret@');
    await fetcher.fetch(url);
    fetcher.close();
    expect(lastRequestTo('/with-cookie').headers['authorization']).toBeUndefined();
  });
});
