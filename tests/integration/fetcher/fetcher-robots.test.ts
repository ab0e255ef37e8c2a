import { afterEach, describe, expect, test } from 'vitest';
import { createFetcher } from '../../../scrapers/fetcher/index.ts';
import { type LocalRoute, type LocalServer, startLocalServer } from '../../helpers/local-server.ts';
import { expectFetchError, testPolicy } from './test-policy.ts';

const servers: LocalServer[] = [];

async function serverWithRobots(robots: LocalRoute | null): Promise<LocalServer> {
  const routes: Record<string, LocalRoute> = {
    '/feed.xml': { body: '<rss/>' },
    '/private/feed.xml': { body: 'must never be fetched' },
    '/redirect-into-private': { status: 302, headers: { location: '/private/feed.xml' } },
  };
  if (robots !== null) routes['/robots.txt'] = robots;
  const server = await startLocalServer(routes);
  servers.push(server);
  return server;
}

function pathsRequested(server: LocalServer): string[] {
  return server.requests.map((request) => request.path);
}

afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

describe('fetcher robots.txt', () => {
  test('makes no request to a disallowed path', async () => {
    const server = await serverWithRobots({ body: 'User-agent: *\nDisallow: /private/\n' });
    const fetcher = createFetcher(testPolicy());
    const error = await expectFetchError(fetcher.fetch(server.url('/private/feed.xml')));
    const allowed = await fetcher.fetch(server.url('/feed.xml'));
    fetcher.close();
    expect(error.kind).toBe('robots');
    expect(error.mayBeTransient).toBe(false);
    expect(allowed.kind).toBe('ok');
    expect(pathsRequested(server)).toEqual(['/robots.txt', '/feed.xml']);
  });

  test('follows the group naming our product token', async () => {
    const server = await serverWithRobots({
      body: 'User-agent: *\nDisallow: /\n\nUser-agent: WhoBannedWhom\nAllow: /feed.xml\nDisallow: /\n',
    });
    const fetcher = createFetcher(testPolicy());
    const outcome = await fetcher.fetch(server.url('/feed.xml'));
    fetcher.close();
    expect(outcome.kind).toBe('ok');
  });

  test('checks a redirect target against robots.txt too', async () => {
    const server = await serverWithRobots({ body: 'User-agent: *\nDisallow: /private/\n' });
    const fetcher = createFetcher(testPolicy());
    const error = await expectFetchError(fetcher.fetch(server.url('/redirect-into-private')));
    fetcher.close();
    expect(error.kind).toBe('robots');
    expect(pathsRequested(server)).not.toContain('/private/feed.xml');
  });

  test('allows everything when robots.txt is a 404', async () => {
    const server = await serverWithRobots(null);
    const fetcher = createFetcher(testPolicy());
    const outcome = await fetcher.fetch(server.url('/private/feed.xml'));
    fetcher.close();
    expect(outcome.kind).toBe('ok');
    expect(pathsRequested(server)).toEqual(['/robots.txt', '/private/feed.xml']);
  });

  test('allows nothing for now when robots.txt answers 500', async () => {
    const server = await serverWithRobots({ status: 500, body: 'down' });
    const fetcher = createFetcher(testPolicy());
    const error = await expectFetchError(fetcher.fetch(server.url('/feed.xml')));
    fetcher.close();
    expect(error.kind).toBe('robots');
    expect(error.mayBeTransient).toBe(true);
    expect(error.status).toBe(500);
    expect(pathsRequested(server)).toEqual(['/robots.txt']);
  });

  test('fetches robots.txt once per origin and caches it', async () => {
    const server = await serverWithRobots({ body: 'User-agent: *\nDisallow: /private/\n' });
    const fetcher = createFetcher(testPolicy());
    await Promise.all([fetcher.fetch(server.url('/feed.xml')), fetcher.fetch(server.url('/feed.xml'))]);
    await fetcher.fetch(server.url('/feed.xml'));
    fetcher.close();
    expect(pathsRequested(server).filter((path) => path === '/robots.txt')).toHaveLength(1);
  });

  test('fetches robots.txt again after a day', async () => {
    const server = await serverWithRobots({ body: 'User-agent: *\nDisallow: /private/\n' });
    let clock = Date.UTC(2026, 10, 25, 12, 0, 0);
    const fetcher = createFetcher(testPolicy(), { now: () => clock });
    await fetcher.fetch(server.url('/feed.xml'));
    clock += 23 * 3_600_000;
    await fetcher.fetch(server.url('/feed.xml'));
    clock += 2 * 3_600_000;
    await fetcher.fetch(server.url('/feed.xml'));
    fetcher.close();
    expect(pathsRequested(server).filter((path) => path === '/robots.txt')).toHaveLength(2);
  });

  test('takes a robots.txt that times out as nothing allowed for now', async () => {
    const server = await serverWithRobots(() => {
      // Never answers.
    });
    const fetcher = createFetcher(testPolicy({ timeoutMs: 500 }));
    const error = await expectFetchError(fetcher.fetch(server.url('/feed.xml')));
    fetcher.close();
    expect([error.kind, error.mayBeTransient]).toEqual(['robots', true]);
    expect(pathsRequested(server)).toEqual(['/robots.txt']);
  });

  test('reads only the first 512 KiB of a huge robots.txt, even gzip-compressed', async () => {
    const padding = `# ${'x'.repeat(98)}\n`.repeat(6_000);
    const server = await serverWithRobots({
      body: `User-agent: *\nDisallow: /private/\n${padding}Disallow: /feed.xml\n`,
      gzip: true,
    });
    const fetcher = createFetcher(testPolicy());
    const outcome = await fetcher.fetch(server.url('/feed.xml'));
    const error = await expectFetchError(fetcher.fetch(server.url('/private/feed.xml')));
    fetcher.close();
    // The rule after 600 kB of comments is beyond what RFC 9309 asks us to parse; the first rule still holds.
    expect(outcome.kind).toBe('ok');
    expect(error.kind).toBe('robots');
  });

  test('follows a robots.txt redirect to another origin and applies what it finds', async () => {
    const elsewhere = await serverWithRobots({ body: 'User-agent: *\nDisallow: /private/\n' });
    elsewhere.setRoute('/shared-robots.txt', { body: 'User-agent: *\nDisallow: /feed.xml\n' });
    const server = await serverWithRobots({
      status: 301,
      headers: { location: elsewhere.url('/shared-robots.txt') },
    });
    const fetcher = createFetcher(testPolicy());
    const error = await expectFetchError(fetcher.fetch(server.url('/feed.xml')));
    fetcher.close();
    expect(error.kind).toBe('robots');
    expect(pathsRequested(server)).toEqual(['/robots.txt']);
    expect(pathsRequested(elsewhere)).toEqual(['/shared-robots.txt']);
  });
});
