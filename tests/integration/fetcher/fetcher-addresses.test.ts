import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createFetcher, type ResolveHostname } from '../../../scrapers/fetcher/index.ts';
import { type LocalServer, startLocalServer } from '../../helpers/local-server.ts';
import { expectFetchError, testPolicy } from './test-policy.ts';

let server: LocalServer;
let otherLoopback: LocalServer;

/** A resolver for made-up names, so that no test asks real DNS. */
const fakeDns: Record<string, { address: string; family: 4 | 6 }[]> = {
  'feeds.test': [{ address: '127.0.0.1', family: 4 }],
  'rebound.test': [{ address: '127.0.0.2', family: 4 }],
  'mixed.test': [
    { address: '127.0.0.1', family: 4 },
    { address: '10.0.0.1', family: 4 },
  ],
  localhost: [{ address: '127.0.0.1', family: 4 }],
};
const resolve: ResolveHostname = async (hostname) => {
  const addresses = fakeDns[hostname];
  if (addresses === undefined)
    throw Object.assign(new Error(`test dns: ${hostname} not found`), { code: 'ENOTFOUND' });
  return addresses;
};

beforeAll(async () => {
  server = await startLocalServer({ '/ok': { body: 'ok' } });
  otherLoopback = await startLocalServer({ '/ok': { body: 'other' } }, { host: '127.0.0.2' });
});

afterAll(async () => {
  await server.close();
  await otherLoopback.close();
});

describe('fetcher address guard', () => {
  test('refuses loopback in every notation when nothing is allowed, and sends nothing', async () => {
    const fetcher = createFetcher(testPolicy({ allowPrivateHosts: [] }), { resolve });
    const port = server.port;
    const urls = [
      `http://127.0.0.1:${port}/ok`,
      `http://2130706433:${port}/ok`,
      `http://0x7f.0.0.1:${port}/ok`,
      `http://0177.0.0.1:${port}/ok`,
      `http://127.1:${port}/ok`,
      `http://[::ffff:127.0.0.1]:${port}/ok`,
      `http://feeds.test:${port}/ok`,
    ];
    const errors = await Promise.all(urls.map((url) => expectFetchError(fetcher.fetch(url))));
    fetcher.close();
    expect(errors.map((error) => error.kind)).toEqual(Array(urls.length).fill('private_address'));
    expect(server.requests).toEqual([]);
  });

  test('allows a listed address in any notation that normalises to it', async () => {
    const fetcher = createFetcher(testPolicy({ allowPrivateHosts: ['127.0.0.1'] }), { resolve });
    const outcome = await fetcher.fetch(`http://127.1:${server.port}/ok`);
    fetcher.close();
    expect(outcome.kind).toBe('ok');
  });

  test('allows a name whose every address is listed', async () => {
    const fetcher = createFetcher(testPolicy({ allowPrivateHosts: ['127.0.0.1'] }), { resolve });
    const outcome = await fetcher.fetch(`http://feeds.test:${server.port}/ok`);
    fetcher.close();
    expect(outcome.kind === 'ok' && outcome.body.toString()).toBe('ok');
    expect(server.requests.at(-1)?.headers['host']).toBe(`feeds.test:${server.port}`);
  });

  test('allows the addresses of a name listed by name', async () => {
    const fetcher = createFetcher(testPolicy({ allowPrivateHosts: ['feeds.test'] }), { resolve });
    const outcome = await fetcher.fetch(`http://feeds.test:${server.port}/ok`);
    fetcher.close();
    expect(outcome.kind).toBe('ok');
  });

  test('refuses a name that resolves to an unlisted loopback address, at connect time', async () => {
    const before = otherLoopback.requests.length;
    const fetcher = createFetcher(testPolicy({ allowPrivateHosts: ['127.0.0.1'] }), { resolve });
    const error = await expectFetchError(fetcher.fetch(`http://rebound.test:${otherLoopback.port}/ok`));
    fetcher.close();
    expect(error.kind).toBe('private_address');
    expect(error.message).toContain('127.0.0.2');
    expect(otherLoopback.requests.length).toBe(before);
  });

  test('refuses a name with one private address among allowed ones', async () => {
    const fetcher = createFetcher(testPolicy({ allowPrivateHosts: ['127.0.0.1'] }), { resolve });
    const error = await expectFetchError(fetcher.fetch(`http://mixed.test:${server.port}/ok`));
    fetcher.close();
    expect(error.kind).toBe('private_address');
  });

  test('keeps localhost refused when only 127.0.0.1 is listed', async () => {
    const before = server.requests.length;
    const fetcher = createFetcher(testPolicy({ allowPrivateHosts: ['127.0.0.1'] }), { resolve });
    const error = await expectFetchError(fetcher.fetch(`http://localhost:${server.port}/ok`));
    fetcher.close();
    expect(error.kind).toBe('private_address');
    expect(server.requests.length).toBe(before);
  });

  test('allows localhost when it is listed by name', async () => {
    const fetcher = createFetcher(testPolicy({ allowPrivateHosts: ['localhost'] }), { resolve });
    const outcome = await fetcher.fetch(`http://localhost:${server.port}/ok`);
    fetcher.close();
    expect(outcome.kind).toBe('ok');
  });

  test('keeps 127.0.0.2 and ::1 refused when only 127.0.0.1 is listed', async () => {
    const fetcher = createFetcher(testPolicy({ allowPrivateHosts: ['127.0.0.1'] }), { resolve });
    const errors = await Promise.all([
      expectFetchError(fetcher.fetch(otherLoopback.url('/ok'))),
      expectFetchError(fetcher.fetch(`http://[::1]:${server.port}/ok`)),
    ]);
    fetcher.close();
    expect(errors.map((error) => error.kind)).toEqual(['private_address', 'private_address']);
    expect(otherLoopback.requests).toEqual([]);
  });

  test('reports a name that does not resolve as a dns error', async () => {
    const fetcher = createFetcher(testPolicy(), { resolve });
    const error = await expectFetchError(fetcher.fetch('http://nowhere.test/feed.xml'));
    fetcher.close();
    // robots.txt is asked first and fails the same way; the error keeps its own kind.
    expect(error.kind).toBe('dns');
    expect(error.mayBeTransient).toBe(true);
  });

  test('reports a closed port as a connection error', async () => {
    const closed = await startLocalServer({});
    const port = closed.port;
    await closed.close();
    const fetcher = createFetcher(testPolicy(), { resolve });
    const error = await expectFetchError(fetcher.fetch(`http://127.0.0.1:${port}/feed.xml`));
    fetcher.close();
    expect(error.kind).toBe('connection');
    expect(error.mayBeTransient).toBe(true);
  });
});
