import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { stallAfterHeaders, startLocalServer, trickleBody } from '../../helpers/local-server.ts';

// The shared test server other areas build on: pin its API.
describe('startLocalServer', () => {
  test('serves canned routes on 127.0.0.1 at a free port and records each request', async () => {
    const server = await startLocalServer({
      '/feed.xml': { headers: { 'content-type': 'application/rss+xml', etag: '"1"' }, body: '<rss/>' },
    });
    try {
      expect(server.port).toBeGreaterThan(0);
      expect(server.url('/feed.xml')).toBe(`http://127.0.0.1:${server.port}/feed.xml`);
      const response = await fetch(server.url('/feed.xml?x=1'), { headers: { 'x-test': 'yes' } });
      expect(response.status).toBe(200);
      expect(response.headers.get('etag')).toBe('"1"');
      expect(await response.text()).toBe('<rss/>');
      expect(server.requests).toHaveLength(1);
      expect(server.requests[0]).toMatchObject({ method: 'GET', path: '/feed.xml?x=1' });
      expect(server.requests[0]?.headers['x-test']).toBe('yes');
    } finally {
      await server.close();
    }
  });

  test('answers 404 for an unknown path and prefers a route with the exact query', async () => {
    const server = await startLocalServer({ '/search': { body: 'any' }, '/search?q=ban': { body: 'exact' } });
    try {
      expect((await fetch(server.url('/nothing'))).status).toBe(404);
      expect(await (await fetch(server.url('/search?q=ban'))).text()).toBe('exact');
      expect(await (await fetch(server.url('/search?q=other'))).text()).toBe('any');
    } finally {
      await server.close();
    }
  });

  test('gzips a canned body on request', async () => {
    const server = await startLocalServer({ '/gz': { body: 'compressed text', gzip: true } });
    try {
      const raw = await new Promise<Buffer>((resolve, reject) => {
        import('node:http').then(({ get }) => {
          get(server.url('/gz'), (response) => {
            const chunks: Buffer[] = [];
            response.on('data', (chunk: Buffer) => chunks.push(chunk));
            response.on('end', () => resolve(Buffer.concat(chunks)));
          }).on('error', reject);
        }, reject);
      });
      expect(gunzipSync(raw).toString()).toBe('compressed text');
    } finally {
      await server.close();
    }
  });

  test('listens on another loopback address and adds routes while running', async () => {
    const server = await startLocalServer({}, { host: '127.0.0.2' });
    try {
      server.setRoute('/late', (_request, response) => {
        response.end('added later');
      });
      expect(server.origin).toBe(`http://127.0.0.2:${server.port}`);
      expect(await (await fetch(server.url('/late'))).text()).toBe('added later');
    } finally {
      await server.close();
    }
  });

  test('closes promptly with a trickling and a stalled response still open', async () => {
    const server = await startLocalServer({
      '/trickle': (_request, response) => trickleBody(response, 'abcdefghij', 1000),
      '/stall': (_request, response) => stallAfterHeaders(response, { firstBytes: 'x' }),
    });
    const trickling = fetch(server.url('/trickle'))
      .then((response) => response.text())
      .catch(() => 'aborted');
    const stalled = fetch(server.url('/stall'))
      .then((response) => response.text())
      .catch(() => 'aborted');
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = Date.now();
    await server.close();
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(await trickling).toBe('aborted');
    expect(await stalled).toBe('aborted');
  });
});
