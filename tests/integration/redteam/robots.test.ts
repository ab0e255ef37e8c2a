import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type LocalServer, startLocalServer } from '../../helpers/local-server.ts';
import { RSS_HEADERS, rssFeed, type ScrapeResult, scrapeSources } from './redteam-harness.ts';

/**
 * Red team, robots.txt (RFC 9309 for the token WhoBannedWhom) through the real `wbw scrape`: each case is its own
 * origin (one loopback server on its own port) with its own robots.txt, and the assertion that matters is on the
 * server's request record: a disallowed path is never requested.
 */

const TEXT = { 'content-type': 'text/plain' };
const servers: Record<string, LocalServer> = {};
let result: ScrapeResult;

function feedFor(server: LocalServer, slug: string): string {
  return rssFeed([{ title: `Robots case ${slug}`, link: server.url(`/articles/${slug}`) }]);
}

function requested(name: string, pathPrefix: string): number {
  return servers[name]!.requests.filter((request) => request.path.startsWith(pathPrefix)).length;
}

beforeAll(async () => {
  const make = async (name: string, robots: Parameters<LocalServer['setRoute']>[1]) => {
    const server = await startLocalServer();
    server.setRoute('/robots.txt', robots);
    servers[name] = server;
    return server;
  };
  // Our own group wins over `*`, even when ours is more permissive.
  const ours = await make('ours', {
    headers: TEXT,
    body: 'User-agent: *\nDisallow: /\n\nUser-agent: WhoBannedWhom\nDisallow: /ours-only/\n',
  });
  ours.setRoute('/open/feed.xml', { headers: RSS_HEADERS, body: feedFor(ours, 'ours-open') });
  ours.setRoute('/ours-only/feed.xml', { headers: RSS_HEADERS, body: feedFor(ours, 'ours-closed') });
  // An empty Disallow in our group allows everything, whatever `*` says.
  const empty = await make('empty', {
    headers: TEXT,
    body: 'User-agent: *\nDisallow: /\n\nUser-agent: whobannedwhom/2.0\nDisallow:\n',
  });
  empty.setRoute('/feed.xml', { headers: RSS_HEADERS, body: feedFor(empty, 'empty') });
  // BOM and CRLF line ends.
  const crlf = await make('crlf', {
    headers: TEXT,
    body: Buffer.from('\uFEFFUser-agent: *\r\nDisallow: /blocked\r\n', 'utf8'),
  });
  crlf.setRoute('/blocked-feed.xml', { headers: RSS_HEADERS, body: feedFor(crlf, 'crlf') });
  crlf.setRoute('/fine.xml', { headers: RSS_HEADERS, body: feedFor(crlf, 'crlf-fine') });
  // `$` anchors; percent-encoded patterns against raw and encoded paths.
  const anchored = await make('anchored', {
    headers: TEXT,
    body: 'User-agent: *\nDisallow: /exact.xml$\nDisallow: /caf%C3%A9/\nDisallow: /%7euser/\nDisallow: /*secret*\n',
  });
  anchored.setRoute('/exact.xml', { headers: RSS_HEADERS, body: feedFor(anchored, 'exact') });
  anchored.setRoute('/exact.xml?page=2', { headers: RSS_HEADERS, body: feedFor(anchored, 'exact-query') });
  anchored.setRoute('/caf%C3%A9/feed.xml', { headers: RSS_HEADERS, body: feedFor(anchored, 'cafe') });
  anchored.setRoute('/~user/feed.xml', { headers: RSS_HEADERS, body: feedFor(anchored, 'tilde') });
  anchored.setRoute('/a/top-secret/feed.xml', { headers: RSS_HEADERS, body: feedFor(anchored, 'wild') });
  // 401 and 403: "unavailable", everything allowed (RFC 9309 §2.3.1.3).
  for (const [name, status] of [
    ['unauthorized', 401],
    ['forbidden', 403],
  ] as const) {
    const server = await make(name, { status, headers: TEXT, body: 'Disallow: /' });
    server.setRoute('/feed.xml', { headers: RSS_HEADERS, body: feedFor(server, name) });
  }
  // A robots.txt that is an HTML page: no rules in it, everything allowed, no crash.
  const html = await make('html', {
    headers: { 'content-type': 'text/html' },
    body: '<!doctype html><html><body><p>Disallow: nothing here: <a href="http://x/">x</a></p></body></html>',
  });
  html.setRoute('/feed.xml', { headers: RSS_HEADERS, body: feedFor(html, 'html') });
  // A robots.txt that redirects on the same origin: the rules are those of the target.
  const redirected = await make('redirected', { status: 301, headers: { location: '/real-robots.txt' } });
  redirected.setRoute('/real-robots.txt', { headers: TEXT, body: 'User-agent: *\nDisallow: /secret/\n' });
  redirected.setRoute('/secret/feed.xml', { headers: RSS_HEADERS, body: feedFor(redirected, 'redir') });
  // A 2 MB robots.txt whose rule comes first (RFC 9309: parse at least 500 KiB).
  const huge = await make('huge', {
    headers: TEXT,
    body: `User-agent: *\nDisallow: /hidden/\n${'# padding line of a very long robots file\n'.repeat(50_000)}`,
  });
  huge.setRoute('/hidden/feed.xml', { headers: RSS_HEADERS, body: feedFor(huge, 'huge') });
  // 5xx: nothing is allowed for now.
  const broken = await make('broken', { status: 503, headers: TEXT, body: 'down' });
  broken.setRoute('/feed.xml', { headers: RSS_HEADERS, body: feedFor(broken, 'broken') });
  // A feed that redirects to a disallowed path on its own origin, and a feed whose item links to a disallowed
  // article page (a short deplatforming summary would otherwise make us fetch the page).
  const hop = await make('hop', { headers: TEXT, body: 'User-agent: *\nDisallow: /private/\n' });
  hop.setRoute('/open.xml', { status: 302, headers: { location: '/private/feed.xml' } });
  hop.setRoute('/private/feed.xml', { headers: RSS_HEADERS, body: feedFor(hop, 'hop') });
  hop.setRoute('/links.xml', {
    headers: RSS_HEADERS,
    body: rssFeed([
      {
        title: 'Twitter permanently suspends the account of the former president',
        link: hop.url('/private/article-1'),
        description: 'Twitter said on Friday it had permanently suspended the account.',
      },
      {
        title: 'YouTube bans the channel of the conspiracy show',
        link: hop.url('/public/article-2'),
        description: 'YouTube said it had banned the channel.',
      },
    ]),
  });
  hop.setRoute('/public/article-2', {
    headers: { 'content-type': 'text/html; charset=utf-8' },
    body: '<html lang="en"><head><title>YouTube bans the channel</title></head><body><article><h1>YouTube bans the channel</h1><p>YouTube said on Tuesday that it had banned the channel of the conspiracy show for repeated violations of its rules on harassment, and that the decision was final.</p></article></body></html>',
  });

  result = await scrapeSources('redteam-robots', [
    { id: 'ours-open', url: ours.url('/open/feed.xml') },
    { id: 'ours-closed', url: ours.url('/ours-only/feed.xml') },
    { id: 'empty-disallow', url: empty.url('/feed.xml') },
    { id: 'crlf-blocked', url: crlf.url('/blocked-feed.xml') },
    { id: 'crlf-fine', url: crlf.url('/fine.xml') },
    { id: 'anchored-exact', url: anchored.url('/exact.xml') },
    { id: 'anchored-query', url: anchored.url('/exact.xml?page=2') },
    { id: 'anchored-cafe', url: `${anchored.origin}/café/feed.xml` },
    { id: 'anchored-tilde', url: anchored.url('/~user/feed.xml') },
    { id: 'anchored-wild', url: anchored.url('/a/top-secret/feed.xml') },
    { id: 'unauthorized', url: servers['unauthorized']!.url('/feed.xml') },
    { id: 'forbidden', url: servers['forbidden']!.url('/feed.xml') },
    { id: 'html-robots', url: html.url('/feed.xml') },
    { id: 'redirected-robots', url: redirected.url('/secret/feed.xml') },
    { id: 'huge-robots', url: huge.url('/hidden/feed.xml') },
    { id: 'broken-robots', url: broken.url('/feed.xml') },
    { id: 'hop-to-private', url: hop.url('/open.xml') },
    { id: 'links-to-private', url: hop.url('/links.xml'), lang: 'en' },
  ]);
}, 150_000);

afterAll(async () => {
  for (const server of Object.values(servers)) await server.close();
});

describe('wbw scrape honours hostile robots.txt files', () => {
  test('the run succeeds with one line per source', () => {
    expect(result.run.code, result.run.stderr).toBe(0);
    expect(result.run.lines).toHaveLength(18);
  });

  test.each([
    ['ours-closed', 'ours', '/ours-only/'],
    ['crlf-blocked', 'crlf', '/blocked'],
    ['anchored-exact', 'anchored', '/exact.xml'],
    ['anchored-cafe', 'anchored', '/caf'],
    ['anchored-tilde', 'anchored', '/~user/'],
    ['anchored-wild', 'anchored', '/a/top-secret/'],
    ['redirected-robots', 'redirected', '/secret/'],
    ['huge-robots', 'huge', '/hidden/'],
  ])('%s: the disallowed path is skipped (robots) and never requested', (id, server, pathPrefix) => {
    expect(result.lineOf(id)['status']).toBe('skipped');
    expect(result.lineOf(id)['reason']).toBe('robots');
    const prefixRequests = servers[server]!.requests.filter(
      (request) =>
        request.path.startsWith(pathPrefix) && !(id === 'anchored-exact' && request.path.includes('?')),
    );
    expect(prefixRequests).toHaveLength(0);
    expect(result.articlesOf(id)).toHaveLength(0);
  });

  test.each([
    ['ours-open'],
    ['empty-disallow'],
    ['crlf-fine'],
    ['anchored-query'],
    ['unauthorized'],
    ['forbidden'],
    ['html-robots'],
  ])('%s: an allowed feed is fetched and stored', (id) => {
    expect(result.lineOf(id)['status'], JSON.stringify(result.lineOf(id))).toBe('ok');
    expect(result.articlesOf(id)).toHaveLength(1);
  });

  test('a 5xx robots.txt allows nothing: the feed is not requested and the failure is recorded', () => {
    expect(requested('broken', '/feed.xml')).toBe(0);
    const line = result.lineOf('broken-robots');
    expect(['error', 'skipped']).toContain(line['status']);
    expect(String(line['error'])).toMatch(/robots/);
    expect(result.fetchLog.filter((row) => row.sourceId === 'broken-robots')).toHaveLength(1);
  });

  test('robots.txt is fetched once per origin however many sources share it', () => {
    expect(requested('anchored', '/robots.txt')).toBe(1);
    expect(requested('crlf', '/robots.txt')).toBe(1);
  });

  test('a redirect to a disallowed path on the same origin is refused before the request', () => {
    expect(requested('hop', '/private/feed.xml')).toBe(0);
    expect(requested('hop', '/open.xml')).toBe(1);
    const line = result.lineOf('hop-to-private');
    expect(['error', 'skipped']).toContain(line['status']);
    expect(String(line['error'])).toMatch(/robots/);
  });

  test('an item linking to a disallowed article page is stored from the feed; the page is never requested', () => {
    expect(result.lineOf('links-to-private')['status']).toBe('ok');
    expect(requested('hop', '/private/article-1')).toBe(0);
    const stored = result.articlesOf('links-to-private');
    expect(stored.map((article) => article.title).sort()).toEqual([
      'Twitter permanently suspends the account of the former president',
      'YouTube bans the channel of the conspiracy show',
    ]);
    // The allowed page was fetched and gave the article its text: the robots refusal did not stop the batch.
    expect(requested('hop', '/public/article-2')).toBe(1);
    const allowed = stored.find((article) => article.url.endsWith('/public/article-2'));
    expect(allowed?.text).toContain('repeated violations');
  });
});
