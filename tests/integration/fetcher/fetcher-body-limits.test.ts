import { brotliCompressSync, createGzip, deflateRawSync, deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createFetcher } from '../../../scrapers/fetcher/index.ts';
import {
  type LocalServer,
  stallAfterHeaders,
  startLocalServer,
  trickleBody,
} from '../../helpers/local-server.ts';
import { expectFetchError, testPolicy } from './test-policy.ts';

const MAX_BODY = 1024 * 1024;
const FIFTY_MB = 50 * 1024 * 1024;

/** 100 MiB of zeros, gzip-compressed by streaming a reused 1 MiB buffer (about 100 KB on the wire). */
async function makeGzipBomb(): Promise<Buffer> {
  const gzip = createGzip({ level: 9 });
  const chunks: Buffer[] = [];
  gzip.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => gzip.on('end', resolve));
  const zeros = Buffer.alloc(1024 * 1024);
  for (let index = 0; index < 100; index += 1) {
    if (!gzip.write(zeros)) await new Promise((resolve) => gzip.once('drain', resolve));
  }
  gzip.end();
  await done;
  return Buffer.concat(chunks);
}

let server: LocalServer;
let gzipBomb: Buffer;
/** 64 MiB of zeros as raw DEFLATE (about 64 KB): what a hostile server labels `deflate` without the zlib header. */
const rawDeflateBomb = deflateRawSync(Buffer.alloc(64 * 1024 * 1024), { level: 9 });
let bytesSentFor50Mb = 0;

beforeAll(async () => {
  gzipBomb = await makeGzipBomb();
  server = await startLocalServer({
    '/empty': { status: 200, headers: { 'content-type': 'application/rss+xml' }, body: '' },
    '/small.gz': { body: '<rss>gzip ok</rss>', gzip: true },
    '/small.br': {
      headers: { 'content-encoding': 'br' },
      body: brotliCompressSync(Buffer.from('<rss>brotli ok</rss>')),
    },
    '/small.raw-deflate': {
      // Raw DEFLATE labelled `deflate`, as old IIS servers send it and browsers accept.
      headers: { 'content-encoding': 'deflate' },
      body: deflateRawSync(Buffer.from('<rss>raw deflate ok</rss>')),
    },
    '/small.deflate': {
      headers: { 'content-encoding': 'deflate' },
      body: deflateSync(Buffer.from('<rss>deflate ok</rss>')),
    },
    '/unknown-encoding': { headers: { 'content-encoding': 'zstd-of-the-future' }, body: 'xx' },
    '/declared-huge': (_request, response) => {
      // Declares 50 MB and would send it: refused on the Content-Length alone.
      response.writeHead(200, { 'content-length': String(FIFTY_MB), 'content-type': 'text/plain' });
      response.write(Buffer.alloc(1024, 97));
    },
    '/chunked-50mb': (_request, response) => {
      // No Content-Length: the cap must be enforced by counting while reading.
      response.writeHead(200, { 'content-type': 'application/xml' });
      const chunk = Buffer.alloc(64 * 1024, 120);
      const writeMore = (): void => {
        while (bytesSentFor50Mb < FIFTY_MB) {
          if (response.destroyed) return;
          bytesSentFor50Mb += chunk.length;
          if (!response.write(chunk)) {
            response.once('drain', writeMore);
            return;
          }
        }
        response.end();
      };
      writeMore();
    },
    '/raw-deflate-bomb': {
      headers: { 'content-encoding': 'deflate', 'content-type': 'application/xml' },
      body: rawDeflateBomb,
    },
    '/gzip-bomb': {
      headers: { 'content-encoding': 'gzip', 'content-type': 'application/xml' },
      body: gzipBomb,
    },
    '/trickle': (_request, response) => trickleBody(response, 'x'.repeat(100), 1000),
    '/stalled-body': (_request, response) =>
      stallAfterHeaders(response, { declaredLength: 5000, firstBytes: '<rss>' }),
    '/no-headers-ever': () => {
      // Accepts the request and never answers.
    },
  });
});

afterAll(async () => {
  await server.close();
});

describe('fetcher body limits', () => {
  test('returns ok with an empty body for an empty 200', async () => {
    const fetcher = createFetcher(testPolicy());
    const outcome = await fetcher.fetch(server.url('/empty'));
    fetcher.close();
    expect(outcome.kind).toBe('ok');
    if (outcome.kind === 'ok') {
      expect(outcome.body.length).toBe(0);
      expect(outcome.status).toBe(200);
      expect(outcome.headers['content-type']).toBe('application/rss+xml');
    }
  });

  test('undoes gzip, br and deflate', async () => {
    const fetcher = createFetcher(testPolicy());
    const texts: string[] = [];
    for (const path of ['/small.gz', '/small.br', '/small.deflate', '/small.raw-deflate']) {
      const outcome = await fetcher.fetch(server.url(path));
      texts.push(outcome.kind === 'ok' ? outcome.body.toString('utf8') : outcome.kind);
    }
    fetcher.close();
    expect(texts).toEqual([
      '<rss>gzip ok</rss>',
      '<rss>brotli ok</rss>',
      '<rss>deflate ok</rss>',
      '<rss>raw deflate ok</rss>',
    ]);
  });

  test('refuses a content encoding it cannot undo', async () => {
    const fetcher = createFetcher(testPolicy());
    const error = await expectFetchError(fetcher.fetch(server.url('/unknown-encoding')));
    fetcher.close();
    expect(error.kind).toBe('decoding');
  });

  test('refuses a body declared larger than the cap before reading it', async () => {
    const fetcher = createFetcher(testPolicy({ maxBodyBytes: MAX_BODY }));
    const error = await expectFetchError(fetcher.fetch(server.url('/declared-huge')));
    fetcher.close();
    expect(error.kind).toBe('too_large');
    expect(error.mayBeTransient).toBe(false);
  });

  test('stops a 50 MB chunked body at the cap without ballooning memory', async () => {
    const fetcher = createFetcher(testPolicy({ maxBodyBytes: MAX_BODY }));
    const heapBefore = process.memoryUsage().heapUsed;
    const error = await expectFetchError(fetcher.fetch(server.url('/chunked-50mb')));
    const heapGrowth = process.memoryUsage().heapUsed - heapBefore;
    fetcher.close();
    expect(error.kind).toBe('too_large');
    expect(error.message).toMatch(/^fetcher: response body too large/);
    // The client hung up: the server could not push the whole 50 MB (socket buffers hold a few MB at most).
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(bytesSentFor50Mb).toBeLessThan(FIFTY_MB / 2);
    expect(heapGrowth).toBeLessThan(32 * 1024 * 1024);
  });

  test('stops a gzip bomb at the cap on decoded bytes', async () => {
    expect(gzipBomb.length).toBeLessThan(MAX_BODY);
    const fetcher = createFetcher(testPolicy({ maxBodyBytes: MAX_BODY }));
    const heapBefore = process.memoryUsage().heapUsed;
    const error = await expectFetchError(fetcher.fetch(server.url('/gzip-bomb')));
    const heapGrowth = process.memoryUsage().heapUsed - heapBefore;
    fetcher.close();
    expect(error.kind).toBe('too_large');
    expect(heapGrowth).toBeLessThan(32 * 1024 * 1024);
  });

  test('stops a raw-deflate bomb labelled deflate at the same cap', async () => {
    expect(rawDeflateBomb.length).toBeLessThan(MAX_BODY);
    const fetcher = createFetcher(testPolicy({ maxBodyBytes: MAX_BODY }));
    const heapBefore = process.memoryUsage().heapUsed;
    const error = await expectFetchError(fetcher.fetch(server.url('/raw-deflate-bomb')));
    const heapGrowth = process.memoryUsage().heapUsed - heapBefore;
    fetcher.close();
    expect(error.kind).toBe('too_large');
    expect(heapGrowth).toBeLessThan(64 * 1024 * 1024);
  });

  test('trips the one total deadline on a one-byte-a-second trickle', async () => {
    const fetcher = createFetcher(testPolicy({ timeoutMs: 2_500 }));
    const started = Date.now();
    const error = await expectFetchError(fetcher.fetch(server.url('/trickle')));
    const elapsed = Date.now() - started;
    fetcher.close();
    expect(error.kind).toBe('timeout');
    expect(error.mayBeTransient).toBe(true);
    expect(elapsed).toBeGreaterThanOrEqual(2_400);
    expect(elapsed).toBeLessThan(6_000);
  });

  test('trips the deadline on a body that stalls after the headers', async () => {
    const fetcher = createFetcher(testPolicy({ timeoutMs: 1_500 }));
    const started = Date.now();
    const error = await expectFetchError(fetcher.fetch(server.url('/stalled-body')));
    fetcher.close();
    expect(error.kind).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  test('trips the deadline when the headers never come', async () => {
    const fetcher = createFetcher(testPolicy({ timeoutMs: 1_000 }));
    const error = await expectFetchError(fetcher.fetch(server.url('/no-headers-ever')));
    fetcher.close();
    expect(error.kind).toBe('timeout');
  });
});
