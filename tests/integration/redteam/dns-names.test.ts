import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createFetcher, type ResolveHostname } from '../../../scrapers/fetcher/index.ts';
import { type LocalServer, startLocalServer } from '../../helpers/local-server.ts';
import { expectFetchError, testPolicy } from '../fetcher/test-policy.ts';

/**
 * Red team, names that resolve to refused addresses. There is no DNS here, so the fetcher gets a resolver stub (the
 * production one is getaddrinfo): a nip.io-style name for 127.0.0.2, a name with one refused address among allowed
 * ones, a name that answers differently on each lookup (rebinding), and a redirect from an allowed name to a refused
 * one. The servers record every request: the refused ones must record none.
 */

let allowed: LocalServer;
let victim: LocalServer | null = null;
let lookups = 0;

const resolve: ResolveHostname = async (hostname) => {
  lookups += 1;
  switch (hostname) {
    case 'feeds.example':
      return [{ address: '127.0.0.1', family: 4 }];
    case '127.0.0.2.nip.io':
      return [{ address: '127.0.0.2', family: 4 }];
    case 'mixed.example':
      return [
        { address: '127.0.0.1', family: 4 },
        { address: '127.0.0.2', family: 4 },
      ];
    case 'mapped.example':
      return [{ address: '::ffff:127.0.0.2', family: 6 }];
    case 'rebind.example':
      // Allowed on the first lookup, refused afterwards.
      return lookups % 2 === 1
        ? [{ address: '127.0.0.1', family: 4 }]
        : [{ address: '127.0.0.2', family: 4 }];
    default:
      throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
  }
};

beforeAll(async () => {
  allowed = await startLocalServer();
  try {
    victim = await startLocalServer({}, { host: '127.0.0.2' });
  } catch {
    victim = null;
  }
  const victimPort = victim?.port ?? 9;
  allowed.setRoute('/feed.xml', {
    headers: { 'content-type': 'application/rss+xml' },
    body: '<rss version="2.0"/>',
  });
  allowed.setRoute('/to-nip.xml', {
    status: 302,
    headers: { location: `http://127.0.0.2.nip.io:${victimPort}/feed.xml` },
  });
});

afterAll(async () => {
  await allowed?.close();
  await victim?.close();
});

describe('the fetcher refuses names that resolve to refused addresses', () => {
  test('a name resolving to the allowed address is fetched', async () => {
    const fetcher = createFetcher(testPolicy(), { resolve });
    try {
      const outcome = await fetcher.fetch(`http://feeds.example:${allowed.port}/feed.xml`);
      expect(outcome.kind).toBe('ok');
    } finally {
      fetcher.close();
    }
  });

  test.each([['127.0.0.2.nip.io'], ['mixed.example'], ['mapped.example']])(
    '%s is refused before any byte is sent',
    async (hostname) => {
      const fetcher = createFetcher(testPolicy(), { resolve });
      const before = allowed.requests.length;
      try {
        const error = await expectFetchError(
          fetcher.fetch(`http://${hostname}:${victim?.port ?? allowed.port}/feed.xml`),
        );
        expect(error.kind).toBe('private_address');
        expect(error.message).toMatch(/^fetcher: /);
      } finally {
        fetcher.close();
      }
      expect(victim?.requests ?? []).toEqual([]);
      expect(allowed.requests.length).toBe(before);
    },
  );

  test('a redirect from an allowed address to a name resolving to a refused one is refused', async () => {
    const fetcher = createFetcher(testPolicy(), { resolve });
    try {
      const error = await expectFetchError(fetcher.fetch(allowed.url('/to-nip.xml')));
      expect(error.kind).toBe('private_address');
    } finally {
      fetcher.close();
    }
    expect(victim?.requests ?? []).toEqual([]);
  });

  test('a rebinding name never reaches the refused address, whatever the lookup order', async () => {
    const fetcher = createFetcher(testPolicy(), { resolve });
    try {
      for (let attempt = 0; attempt < 4; attempt += 1) {
        await fetcher
          .fetch(`http://rebind.example:${victim?.port ?? allowed.port}/feed.xml`)
          .catch(() => null);
      }
    } finally {
      fetcher.close();
    }
    expect(victim?.requests ?? []).toEqual([]);
  });
});
