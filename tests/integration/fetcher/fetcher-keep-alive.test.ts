import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createFetcher, type ResolveHostname } from '../../../scrapers/fetcher/index.ts';
import { type LocalServer, startLocalServer } from '../../helpers/local-server.ts';
import { expectFetchError, testPolicy } from './test-policy.ts';

/**
 * Keep-alive (scrapers/fetcher/request.ts): sockets are reused within one fetcher, yet every socket was opened through
 * the guarded lookup, a socket is never lent to another host name, and the pool is neither shared between fetchers
 * nor kept after close().
 */

let server: LocalServer;
let otherLoopback: LocalServer;
/** The client port of the connection each request arrived on, in arrival order. */
const clientPorts: number[] = [];
/** Resolves once the server sees the connection of `port` close. */
const closedPorts = new Set<number>();

function recordConnection(request: IncomingMessage, response: ServerResponse, etag: string): void {
  const port = request.socket.remotePort ?? -1;
  clientPorts.push(port);
  request.socket.once('close', () => closedPorts.add(port));
  if (request.headers['if-none-match'] === etag) {
    response.writeHead(304, { etag });
    response.end();
    return;
  }
  response.writeHead(200, { etag, 'content-type': 'text/plain', 'content-length': '4' });
  response.end('feed');
}

/** Resolver answers that tests can change between fetches (a DNS-rebinding attempt). */
const fakeDns = new Map<string, { address: string; family: 4 | 6 }[]>();
const lookedUp: string[] = [];
const resolve: ResolveHostname = async (hostname) => {
  lookedUp.push(hostname);
  const addresses = fakeDns.get(hostname);
  if (addresses === undefined)
    throw Object.assign(new Error(`test dns: ${hostname} not found`), { code: 'ENOTFOUND' });
  return addresses;
};

beforeAll(async () => {
  server = await startLocalServer({
    '/robots.txt': { body: 'User-agent: *\nAllow: /\n' },
    '/feed': (request, response) => recordConnection(request, response, '"v1"'),
  });
  otherLoopback = await startLocalServer(
    {
      '/robots.txt': { body: 'User-agent: *\nAllow: /\n' },
      '/feed': (request, response) => recordConnection(request, response, '"other"'),
    },
    { host: '127.0.0.2' },
  );
});

afterAll(async () => {
  await server.close();
  await otherLoopback.close();
});

function resetRecords(): void {
  clientPorts.length = 0;
  lookedUp.length = 0;
  fakeDns.clear();
  fakeDns.set('feeds.test', [{ address: '127.0.0.1', family: 4 }]);
  fakeDns.set('mirror.test', [{ address: '127.0.0.1', family: 4 }]);
}

async function waitFor(condition: () => boolean, timeoutMs = 2_000): Promise<boolean> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) return false;
    await new Promise((resolveWait) => setTimeout(resolveWait, 10));
  }
  return true;
}

describe('fetcher keep-alive', () => {
  test('reuses one connection for a body, a 304 and another body to the same host, resolving the name once', async () => {
    resetRecords();
    const fetcher = createFetcher(testPolicy(), { resolve });
    const url = `http://feeds.test:${server.port}/feed`;
    const first = await fetcher.fetch(url);
    const second = await fetcher.fetch(url, { etag: '"v1"', lastModified: null });
    const third = await fetcher.fetch(url);
    fetcher.close();
    expect([first.kind, second.kind, third.kind]).toEqual(['ok', 'not_modified', 'ok']);
    expect(clientPorts).toHaveLength(3);
    expect(new Set(clientPorts).size).toBe(1);
    // robots.txt and three fetches, one socket: the guarded lookup ran once, for the one socket opened.
    expect(lookedUp).toEqual(['feeds.test']);
  });

  test('never lends a socket of one host name to another, even at the same address', async () => {
    resetRecords();
    const fetcher = createFetcher(testPolicy(), { resolve });
    await fetcher.fetch(`http://feeds.test:${server.port}/feed`);
    await fetcher.fetch(`http://mirror.test:${server.port}/feed`);
    fetcher.close();
    expect(clientPorts).toHaveLength(2);
    expect(clientPorts[0]).not.toBe(clientPorts[1]);
    expect([...lookedUp].sort()).toEqual(['feeds.test', 'mirror.test']);
  });

  test('does not share its sockets with another fetcher whose allow list refuses the address', async () => {
    resetRecords();
    const allowing = createFetcher(testPolicy({ allowPrivateHosts: ['127.0.0.1'] }), { resolve });
    const refusing = createFetcher(testPolicy({ allowPrivateHosts: [] }), { resolve });
    const url = `http://feeds.test:${server.port}/feed`;
    expect((await allowing.fetch(url)).kind).toBe('ok');
    const error = await expectFetchError(refusing.fetch(url));
    allowing.close();
    refusing.close();
    expect(error.kind).toBe('private_address');
    expect(clientPorts).toHaveLength(1);
  });

  test('keeps talking to the approved address when the name later resolves to a refused one', async () => {
    resetRecords();
    const fetcher = createFetcher(testPolicy({ allowPrivateHosts: ['127.0.0.1'] }), { resolve });
    const url = `http://feeds.test:${server.port}/feed`;
    expect((await fetcher.fetch(url)).kind).toBe('ok');
    // Rebinding: the name now points at 127.0.0.2, which the allow list refuses.
    fakeDns.set('feeds.test', [{ address: '127.0.0.2', family: 4 }]);
    const again = await fetcher.fetch(url);
    fetcher.close();
    // The kept-alive socket still leads to 127.0.0.1; nothing reached 127.0.0.2.
    expect(again.kind).toBe('ok');
    expect(otherLoopback.requests).toEqual([]);
    expect(new Set(clientPorts).size).toBe(1);
  });

  test('opens new sockets through the guard: a name rebound to a refused address fails once the pool is gone', async () => {
    resetRecords();
    const first = createFetcher(testPolicy({ allowPrivateHosts: ['127.0.0.1'] }), { resolve });
    const url = `http://feeds.test:${otherLoopback.port}/feed`;
    fakeDns.set('feeds.test', [{ address: '127.0.0.2', family: 4 }]);
    const error = await expectFetchError(first.fetch(url));
    first.close();
    expect(error.kind).toBe('private_address');
    expect(otherLoopback.requests).toEqual([]);
  });

  test('close() closes the idle kept-alive sockets', async () => {
    resetRecords();
    closedPorts.clear();
    const fetcher = createFetcher(testPolicy(), { resolve });
    await fetcher.fetch(`http://feeds.test:${server.port}/feed`);
    const port = clientPorts[0]!;
    // Idle in the pool: the server still holds the connection open.
    await new Promise((resolveWait) => setTimeout(resolveWait, 50));
    expect(closedPorts.has(port)).toBe(false);
    fetcher.close();
    expect(await waitFor(() => closedPorts.has(port))).toBe(true);
  });
});
