import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type LocalServer, startLocalServer } from '../../helpers/local-server.ts';
import { RSS_HEADERS, rssFeed, type ScrapeResult, scrapeSources } from './redteam-harness.ts';

/**
 * Red team, the second request: article pages reached from a listing page (`kind: page`) or from a feed item whose
 * short summary speaks of deplatforming. Their links point at refused addresses, robots-disallowed paths, redirects
 * into them, script URLs, and pages in legacy charsets declared by a meta tag. Through the real `wbw scrape`.
 */

let server: LocalServer;
let victim: LocalServer | null = null;
let result: ScrapeResult;

const HTML = { 'content-type': 'text/html' };
const RUSSIAN_TITLE = 'Роскомнадзор заблокировал социальную сеть';

function page(title: string, paragraph: string, head = ''): string {
  return `<!doctype html><html lang="en"><head>${head}<title>${title}</title></head><body><article><h1>${title}</h1><p>${paragraph}</p><p>${paragraph}</p></article></body></html>`;
}

beforeAll(async () => {
  server = await startLocalServer();
  try {
    victim = await startLocalServer({}, { host: '127.0.0.2' });
  } catch {
    victim = null;
  }
  const victimOrigin = victim?.origin ?? 'http://127.0.0.2:9';
  server.setRoute('/robots.txt', {
    headers: { 'content-type': 'text/plain' },
    body: 'User-agent: *\nDisallow: /members/\n',
  });
  const links = [
    `${victimOrigin}/news/victim-page`,
    `http://localhost:${server.port}/news/via-localhost`,
    '/members/secret-page',
    '/news/redirect-to-members',
    '/news/redirect-to-victim',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    '/news/cyrillic-page',
    '/news/plain-page',
  ];
  server.setRoute('/listing.html', {
    headers: HTML,
    body: `<!doctype html><html><body><main>${links.map((href) => `<h2 class="headline"><a href="${href}">Link</a></h2>`).join('')}</main></body></html>`,
  });
  server.setRoute('/members/secret-page', { headers: HTML, body: page('Secret', 'Never to be requested.') });
  server.setRoute('/news/via-localhost', {
    headers: HTML,
    body: page('Localhost', 'Never to be requested.'),
  });
  server.setRoute('/news/redirect-to-members', {
    status: 302,
    headers: { location: '/members/secret-page' },
  });
  server.setRoute('/news/redirect-to-victim', {
    status: 302,
    headers: { location: `${victimOrigin}/news/victim-page` },
  });
  server.setRoute('/news/cyrillic-page', {
    headers: HTML,
    body: iconv.encode(
      page(
        RUSSIAN_TITLE,
        'Ведомство сообщило во вторник, что доступ к сервису ограничен по решению суда.',
        '<meta charset="windows-1251">',
      ),
      'windows-1251',
    ),
  });
  server.setRoute('/news/plain-page', {
    headers: HTML,
    body: page(
      'Host ends service to the forum',
      'The hosting company said on Monday that it had ended its service to the forum for good.',
    ),
  });
  server.setRoute('/feed.xml', {
    headers: RSS_HEADERS,
    body: rssFeed([
      {
        title: 'Twitter permanently suspends the account of the candidate',
        link: `${victimOrigin}/news/feed-victim`,
        description: 'Twitter said it had suspended the account.',
      },
      {
        title: 'Facebook bans the page of the movement',
        link: server.url('/members/feed-secret'),
        description: 'Facebook said it had banned the page.',
      },
    ]),
  });
  result = await scrapeSources('redteam-pages', [
    { id: 'listing', url: server.url('/listing.html'), kind: 'page', selector: 'h2.headline a' },
    { id: 'feed-links', url: server.url('/feed.xml'), lang: 'en' },
  ]);
}, 150_000);

afterAll(async () => {
  await server?.close();
  await victim?.close();
});

describe('wbw scrape follows article links only where it may', () => {
  test('the run succeeds; the page failures are recorded on the source', () => {
    expect(result.run.code, result.run.stderr).toBe(0);
    const listing = result.lineOf('listing');
    expect(listing['status']).toBe('ok');
    expect(String(listing['error'])).toMatch(/article page\(s\) failed/);
  });

  test('no request reached the refused address, a refused name or a disallowed path', () => {
    expect(victim?.requests ?? []).toEqual([]);
    const paths = server.requests.map((request) => request.path);
    expect(paths.filter((requestPath) => requestPath.startsWith('/members/'))).toEqual([]);
    expect(paths).not.toContain('/news/via-localhost');
  });

  test('the allowed pages are stored with their exact titles, a windows-1251 meta charset included', () => {
    const titles = result.articlesOf('listing').map((article) => article.title);
    expect(titles.sort()).toEqual(['Host ends service to the forum', RUSSIAN_TITLE].sort());
    for (const article of result.articles) expect(article.url).toMatch(/^https?:\/\//);
  });

  test('feed items whose pages may not be fetched are stored from the feed alone', () => {
    expect(result.lineOf('feed-links')['status']).toBe('ok');
    const titles = result.articlesOf('feed-links').map((article) => article.title);
    expect(titles.sort()).toEqual(
      [
        'Facebook bans the page of the movement',
        'Twitter permanently suspends the account of the candidate',
      ].sort(),
    );
  });
});

describe('wbw scrape refuses HTML bombs instead of hanging on them', () => {
  let bombs: ScrapeResult;
  let elapsedMs = 0;
  const NESTING_BOMB = `<!doctype html><html><body>${'<div>'.repeat(50_000)}<h2 class="headline"><a href="/news/deep">Deep</a></h2>${'</div>'.repeat(50_000)}</body></html>`;
  const ROWS_BOMB = `<!doctype html><html><body><table>${'<tr><td><a href="/news/row">Row</a></td></tr>'.repeat(60_000)}</table></body></html>`;

  beforeAll(async () => {
    server.setRoute('/nesting-listing.html', { headers: HTML, body: NESTING_BOMB });
    server.setRoute('/rows-listing.html', { headers: HTML, body: ROWS_BOMB });
    server.setRoute('/news/nesting-article', { headers: HTML, body: NESTING_BOMB });
    server.setRoute('/bomb-feed.xml', {
      headers: RSS_HEADERS,
      body: rssFeed([
        {
          title: 'YouTube removes the channel of the network',
          link: server.url('/news/nesting-article'),
          description: 'YouTube said it had removed the channel.',
        },
      ]),
    });
    const started = Date.now();
    bombs = await scrapeSources('redteam-html-bombs', [
      {
        id: 'nesting-listing',
        url: server.url('/nesting-listing.html'),
        kind: 'page',
        selector: 'h2.headline a',
      },
      { id: 'rows-listing', url: server.url('/rows-listing.html'), kind: 'page', selector: 'td a' },
      { id: 'bomb-feed', url: server.url('/bomb-feed.xml'), lang: 'en' },
    ]);
    elapsedMs = Date.now() - started;
  }, 150_000);

  test('the run ends quickly: the bombs are refused before any DOM is built', () => {
    expect(bombs.run.code, bombs.run.stderr).toBe(0);
    // Before the guard the nesting bomb alone held the run for 13 s in cheerio and 37 s in Readability.
    expect(elapsedMs).toBeLessThan(20_000);
  });

  test('a listing page that nests 50,000 deep or holds 180,000 elements is a recorded error', () => {
    expect(bombs.lineOf('nesting-listing')).toMatchObject({ status: 'error' });
    expect(String(bombs.lineOf('nesting-listing')['error'])).toMatch(/^pages: elements nested more than/);
    expect(bombs.lineOf('rows-listing')).toMatchObject({ status: 'error' });
    expect(String(bombs.lineOf('rows-listing')['error'])).toMatch(/^pages: more than \d+ elements/);
  });

  test('an article page that is a bomb: the item is stored from the feed, the page failure recorded', () => {
    const line = bombs.lineOf('bomb-feed');
    expect(line['status']).toBe('ok');
    expect(String(line['error'])).toMatch(/article page\(s\) failed \(pages: elements nested/);
    expect(bombs.articlesOf('bomb-feed').map((article) => article.title)).toEqual([
      'YouTube removes the channel of the network',
    ]);
  });
});
