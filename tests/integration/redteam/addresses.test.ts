import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type LocalServer, startLocalServer } from '../../helpers/local-server.ts';
import { RSS_HEADERS, rssFeed, type ScrapeResult, scrapeSources } from './redteam-harness.ts';

/**
 * Red team, refused addresses through the real `wbw scrape` with `allow_private_hosts: [127.0.0.1]`: redirects to
 * another loopback address written in every odd notation, to names that resolve to loopback, to the unspecified
 * address, and source URLs carrying credentials or a fragment. The victims are real servers that record every
 * request: none may reach them.
 */

let main: LocalServer;
let victim2: LocalServer | null = null;
let victim6: LocalServer | null = null;
let result: ScrapeResult;

const VICTIM_FEED = rssFeed([{ title: 'Victim', link: 'http://example.org/victim' }]);

function victimRequests(): number {
  return (victim2?.requests.length ?? 0) + (victim6?.requests.length ?? 0);
}

beforeAll(async () => {
  main = await startLocalServer();
  try {
    victim2 = await startLocalServer(
      { '/feed.xml': { headers: RSS_HEADERS, body: VICTIM_FEED } },
      { host: '127.0.0.2' },
    );
  } catch {
    victim2 = null;
  }
  try {
    victim6 = await startLocalServer(
      { '/feed.xml': { headers: RSS_HEADERS, body: VICTIM_FEED } },
      { host: '::1' },
    );
  } catch {
    victim6 = null;
  }
  const port2 = victim2?.port ?? 9;
  const port6 = victim6?.port ?? 9;
  const redirects: Record<string, string> = {
    'mapped-v6': `http://[::ffff:127.0.0.2]:${port2}/feed.xml`,
    'mapped-v6-hex': `http://[0:0:0:0:0:ffff:7f00:2]:${port2}/feed.xml`,
    'hex-int': `http://0x7f000002:${port2}/feed.xml`,
    'decimal-int': `http://2130706434:${port2}/feed.xml`,
    octal: `http://0177.0.0.02:${port2}/feed.xml`,
    short: `http://127.2:${port2}/feed.xml`,
    'v6-loopback': `http://[::1]:${port6}/feed.xml`,
    'nip-io-style': `http://127.0.0.2.nip.io:${port2}/feed.xml`,
    localhost: `http://localhost:${main.port}/victim-localhost.xml`,
    'localhost-dot': `http://localhost.:${main.port}/victim-localhost-dot.xml`,
    'sub-localhost': `http://wbw.localhost:${main.port}/victim-sub-localhost.xml`,
    unspecified: `http://0.0.0.0:${main.port}/victim-zero.xml`,
    'protocol-relative': `//127.0.0.2:${port2}/feed.xml`,
    'scheme-confusion': `http:/\\127.0.0.2:${port2}/feed.xml`,
  };
  for (const [name, location] of Object.entries(redirects)) {
    main.setRoute(`/to-${name}.xml`, { status: 302, headers: { location } });
  }
  for (const victimPath of [
    '/victim-localhost.xml',
    '/victim-localhost-dot.xml',
    '/victim-sub-localhost.xml',
    '/victim-zero.xml',
  ]) {
    main.setRoute(victimPath, { headers: RSS_HEADERS, body: VICTIM_FEED });
  }
  main.setRoute('/credentials.xml', {
    headers: RSS_HEADERS,
    body: rssFeed([{ title: 'Credentials were not sent', link: main.url('/articles/credentials') }]),
  });
  main.setRoute('/allowed-short.xml', {
    headers: RSS_HEADERS,
    body: rssFeed([{ title: 'Short notation of the allowed address', link: main.url('/articles/short') }]),
  });
  result = await scrapeSources('redteam-addresses', [
    ...Object.keys(redirects).map((name) => ({ id: `to-${name}`, url: main.url(`/to-${name}.xml`) })),
    { id: 'direct-v6-mapped', url: `http://[::ffff:127.0.0.2]:${port2}/feed.xml` },
    { id: 'direct-localhost', url: `http://localhost:${main.port}/victim-localhost.xml` },
    { id: 'credentials', url: `http://reader:s3cret@127.0.0.1:${main.port}/credentials.xml#frag-ment` },
    { id: 'allowed-short', url: `http://127.1:${main.port}/allowed-short.xml` },
  ]);
}, 150_000);

afterAll(async () => {
  await main?.close();
  await victim2?.close();
  await victim6?.close();
});

describe('wbw scrape never reaches a refused address', () => {
  test('the run succeeds with one line per source', () => {
    expect(result.run.code, result.run.stderr).toBe(0);
    expect(result.run.lines).toHaveLength(18);
  });

  test('no request reached 127.0.0.2 or ::1, whatever the notation', () => {
    expect(victimRequests()).toBe(0);
  });

  test('no request reached the allowed server through a refused name or the unspecified address', () => {
    const reached = main.requests.filter((request) => request.path.startsWith('/victim-'));
    expect(reached.map((request) => request.path)).toEqual([]);
  });

  test('every refused redirect is an error with its reason, and stores nothing', () => {
    for (const line of result.run.lines) {
      const id = String(line['source']);
      if (!id.startsWith('to-') && !id.startsWith('direct-')) continue;
      expect(line['status'], id).toBe('error');
      expect(String(line['error']), id).toMatch(/fetcher: /);
      expect(result.articlesOf(id), id).toHaveLength(0);
      const logged = result.fetchLog.filter((row) => row.sourceId === id);
      expect(
        logged.map((row) => row.status),
        id,
      ).toEqual(['error']);
      expect(logged[0]?.error, id).toBe(line['error']);
    }
  });

  test('a URL with credentials and a fragment is fetched without sending either', () => {
    expect(result.lineOf('credentials')['status']).toBe('ok');
    const sent = main.requests.filter((request) => request.path.startsWith('/credentials.xml'));
    expect(sent).toHaveLength(1);
    expect(sent[0]?.path).toBe('/credentials.xml');
    expect(sent[0]?.headers['authorization']).toBeUndefined();
    expect(result.articlesOf('credentials').map((article) => article.title)).toEqual([
      'Credentials were not sent',
    ]);
  });

  test('the short notation of an allowed address is fetched', () => {
    expect(result.lineOf('allowed-short')['status']).toBe('ok');
    expect(result.articlesOf('allowed-short')).toHaveLength(1);
  });
});
