import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createFetcher } from '../../../scrapers/fetcher/index.ts';
import {
  type LocalServer,
  stallAfterHeaders,
  startLocalServer,
  writeRawToSocket,
} from '../../helpers/local-server.ts';
import { expectFetchError, testPolicy } from './test-policy.ts';

let server: LocalServer;

beforeAll(async () => {
  server = await startLocalServer({
    '/empty-gzip': { headers: { 'content-encoding': 'gzip' }, body: '' },
    '/corrupt-gzip': { headers: { 'content-encoding': 'gzip' }, body: 'this is not gzip at all' },
    '/three-encodings': { headers: { 'content-encoding': 'gzip, gzip, gzip' }, body: 'x' },
    '/truncated': (_request, response) => {
      // Promises 100 bytes, sends 10, hangs up: nothing partial may come back.
      response.writeHead(200, { 'content-length': '100' });
      response.write('0123456789');
      setTimeout(() => response.socket?.destroy(), 50);
    },
    '/close-delimited': (_request, response) => {
      // An old-style body without Content-Length that ends when the connection closes: a complete, valid answer.
      writeRawToSocket(response, 'HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nhello');
      setTimeout(() => response.socket?.end(), 50);
    },
    '/not-http': (_request, response) => {
      writeRawToSocket(response, 'SSH-2.0-OpenSSH_9.2\r\n\r\n');
      setTimeout(() => response.socket?.end(), 50);
    },
    '/huge-header': (_request, response) => {
      response.writeHead(200, { 'x-padding': 'a'.repeat(100_000) });
      response.end('x');
    },
    '/stalled': (_request, response) => stallAfterHeaders(response, { firstBytes: '<rss>' }),
    '/multiple-choices': { status: 300, body: 'pick one' },
    '/redirect-without-location': { status: 302, body: 'where?' },
  });
});

afterAll(async () => {
  await server.close();
});

describe('fetcher on malformed responses', () => {
  test('accepts an empty gzip body as an empty body', async () => {
    const fetcher = createFetcher(testPolicy());
    const outcome = await fetcher.fetch(server.url('/empty-gzip'));
    fetcher.close();
    expect(outcome.kind === 'ok' && outcome.body.length).toBe(0);
  });

  test('reports a corrupt gzip body as a decoding error', async () => {
    const fetcher = createFetcher(testPolicy());
    const error = await expectFetchError(fetcher.fetch(server.url('/corrupt-gzip')));
    fetcher.close();
    expect([error.kind, error.mayBeTransient]).toEqual(['decoding', false]);
  });

  test('refuses more than two layers of content encoding', async () => {
    const fetcher = createFetcher(testPolicy());
    const error = await expectFetchError(fetcher.fetch(server.url('/three-encodings')));
    fetcher.close();
    expect(error.kind).toBe('decoding');
  });

  test('reports a body cut short as a connection error, not as a shorter body', async () => {
    const fetcher = createFetcher(testPolicy());
    const error = await expectFetchError(fetcher.fetch(server.url('/truncated')));
    fetcher.close();
    expect([error.kind, error.mayBeTransient]).toEqual(['connection', true]);
  });

  test('reads a body delimited by the connection closing', async () => {
    const fetcher = createFetcher(testPolicy());
    const outcome = await fetcher.fetch(server.url('/close-delimited'));
    fetcher.close();
    expect(outcome.kind === 'ok' && outcome.body.toString()).toBe('hello');
  });

  test('reports a server that does not speak HTTP as a connection error', async () => {
    const fetcher = createFetcher(testPolicy());
    const error = await expectFetchError(fetcher.fetch(server.url('/not-http')));
    fetcher.close();
    expect(error.kind).toBe('connection');
  });

  test('reports oversized response headers as a connection error', async () => {
    const fetcher = createFetcher(testPolicy());
    const error = await expectFetchError(fetcher.fetch(server.url('/huge-header')));
    fetcher.close();
    expect(error.kind).toBe('connection');
  });

  test('treats a 300 and a redirect without Location as http_status errors', async () => {
    const fetcher = createFetcher(testPolicy());
    const errors = await Promise.all([
      expectFetchError(fetcher.fetch(server.url('/multiple-choices'))),
      expectFetchError(fetcher.fetch(server.url('/redirect-without-location'))),
    ]);
    fetcher.close();
    expect(errors.map((error) => [error.kind, error.status])).toEqual([
      ['http_status', 300],
      ['http_status', 302],
    ]);
  });

  test('fails with a FetchError once closed', async () => {
    const fetcher = createFetcher(testPolicy());
    fetcher.close();
    const error = await expectFetchError(fetcher.fetch(server.url('/empty-gzip')));
    expect(error.message).toBe('fetcher: closed');
  });

  test('aborts a request in flight on close, as closed rather than as a timeout', async () => {
    const fetcher = createFetcher(testPolicy({ timeoutMs: 10_000 }));
    const pending = expectFetchError(fetcher.fetch(server.url('/stalled')));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const started = Date.now();
    fetcher.close();
    const error = await pending;
    expect([error.kind, error.message]).toEqual(['connection', 'fetcher: closed']);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  test('computes its backoff from the injected randomness and caps it', () => {
    const fetcher = createFetcher(testPolicy({ maxWaitMs: 10 * 60_000 }), { random: () => 0.5 });
    const waits = [1, 2, 3, 20].map((failures) => fetcher.backoffMs(failures));
    fetcher.close();
    expect(waits).toEqual([30_000, 60_000, 120_000, 300_000]);
  });
});
