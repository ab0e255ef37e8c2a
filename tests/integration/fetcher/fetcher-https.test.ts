import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createFetcher } from '../../../scrapers/fetcher/index.ts';
import { expectFetchError, testPolicy } from './test-policy.ts';

// A throw-away self-signed certificate for 127.0.0.1 and 127.0.0.2, made by openssl for this run only (no key in
// the repository).
let folder: string;
let certificate: Buffer;
let key: Buffer;
const servers: { server: Server; port: number; tlsConnections: number; paths: string[] }[] = [];

async function startHttpsServer(host: string) {
  const entry = {
    server: createServer({ cert: certificate, key }),
    port: 0,
    tlsConnections: 0,
    paths: [] as string[],
  };
  entry.server.on('secureConnection', () => {
    entry.tlsConnections += 1;
  });
  entry.server.on('request', (request, response) => {
    entry.paths.push(request.url ?? '');
    if (request.url === '/robots.txt') response.writeHead(404).end();
    else response.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<rss>over tls</rss>');
  });
  await new Promise<void>((resolve) => entry.server.listen(0, host, resolve));
  entry.port = (entry.server.address() as AddressInfo).port;
  servers.push(entry);
  return entry;
}

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'wbw-fetcher-tls-'));
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=wbw-test',
      '-addext',
      'subjectAltName=IP:127.0.0.1,IP:127.0.0.2',
      '-keyout',
      join(folder, 'key.pem'),
      '-out',
      join(folder, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  certificate = readFileSync(join(folder, 'cert.pem'));
  key = readFileSync(join(folder, 'key.pem'));
});

afterAll(async () => {
  for (const entry of servers) {
    entry.server.closeAllConnections();
    await new Promise((resolve) => entry.server.close(resolve));
  }
  rmSync(folder, { recursive: true, force: true });
});

describe('fetcher over https', () => {
  test('fetches from a server whose certificate it trusts', async () => {
    const entry = await startHttpsServer('127.0.0.1');
    const fetcher = createFetcher(testPolicy(), { ca: certificate });
    const outcome = await fetcher.fetch(`https://127.0.0.1:${entry.port}/feed.xml`);
    fetcher.close();
    expect(outcome.kind === 'ok' && outcome.body.toString()).toBe('<rss>over tls</rss>');
    expect(entry.paths).toEqual(['/robots.txt', '/feed.xml']);
  });

  test('refuses a certificate it does not trust', async () => {
    const entry = await startHttpsServer('127.0.0.1');
    const fetcher = createFetcher(testPolicy());
    const error = await expectFetchError(fetcher.fetch(`https://127.0.0.1:${entry.port}/feed.xml`));
    fetcher.close();
    expect(error.kind).toBe('connection');
    expect(entry.paths).toEqual([]);
  });

  test('refuses an unlisted loopback address before any TLS handshake', async () => {
    const entry = await startHttpsServer('127.0.0.2');
    const fetcher = createFetcher(testPolicy({ allowPrivateHosts: ['127.0.0.1'] }), { ca: certificate });
    const error = await expectFetchError(fetcher.fetch(`https://127.0.0.2:${entry.port}/feed.xml`));
    fetcher.close();
    expect(error.kind).toBe('private_address');
    expect(entry.tlsConnections).toBe(0);
  });
});
