import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type LocalServer, startLocalServer } from '../../helpers/local-server.ts';
import { RSS_HEADERS, type ScrapeResult, scrapeSources } from './redteam-harness.ts';

/**
 * Red team, XML that points outside itself, through the real `wbw scrape`: a parameter entity to a remote DTD, a
 * general external entity, a DOCTYPE whose internal subset hides `]` and `>` in comments and strings, an XInclude, an
 * xml-stylesheet processing instruction. The remote routes live on a second server that records every request: it
 * must record none.
 */

let server: LocalServer;
let remote: LocalServer;
let result: ScrapeResult;

function feed(head: string, title: string, slug: string, itemExtra = ''): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    head,
    '<rss version="2.0" xmlns:xi="http://www.w3.org/2001/XInclude"><channel><title>External</title>',
    `<item><title>${title}</title><link>${server.url(`/articles/${slug}`)}</link>${itemExtra}`,
    '<description>The feed names things outside itself.</description></item>',
    '</channel></rss>',
  ].join('\n');
}

beforeAll(async () => {
  server = await startLocalServer();
  remote = await startLocalServer();
  for (const remotePath of ['/ext.dtd', '/entity.txt', '/xinclude.xml', '/style.xsl', '/hidden.dtd']) {
    remote.setRoute(remotePath, {
      headers: { 'content-type': 'text/plain' },
      body: '<!ENTITY leaked "LEAKED">',
    });
  }
  const feeds: Record<string, string> = {
    'parameter-entity': feed(
      `<!DOCTYPE rss [<!ENTITY % ext SYSTEM "${remote.url('/ext.dtd')}"> %ext;]>`,
      'Parameter entity &leaked;',
      'parameter-entity',
    ),
    'external-entity': feed(
      `<!DOCTYPE rss [<!ENTITY ent SYSTEM "${remote.url('/entity.txt')}">]>`,
      'External entity &ent; here',
      'external-entity',
    ),
    'tricky-subset': feed(
      `<!DOCTYPE rss [<!-- ] > it's a trap --> <!ENTITY a "]>"> <!ENTITY % p SYSTEM "${remote.url('/hidden.dtd')}"> %p;]>`,
      'Tricky subset &a;',
      'tricky-subset',
    ),
    'public-dtd': feed(
      `<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "${remote.url('/ext.dtd')}">`,
      'Public identifier',
      'public-dtd',
    ),
    xinclude: feed(
      '',
      'XInclude',
      'xinclude',
      `<xi:include href="${remote.url('/xinclude.xml')}" parse="text"/>`,
    ),
    stylesheet: feed(
      `<?xml-stylesheet type="text/xsl" href="${remote.url('/style.xsl')}"?>`,
      'Stylesheet',
      'stylesheet',
    ),
  };
  for (const [id, body] of Object.entries(feeds))
    server.setRoute(`/${id}.xml`, { headers: RSS_HEADERS, body });
  result = await scrapeSources(
    'redteam-xml-externals',
    Object.keys(feeds).map((id) => ({ id, url: server.url(`/${id}.xml`) })),
  );
}, 150_000);

afterAll(async () => {
  await server?.close();
  await remote?.close();
});

describe('wbw scrape never follows what XML points to', () => {
  test('the run succeeds with one line per source', () => {
    expect(result.run.code, result.run.stderr).toBe(0);
    expect(result.run.lines).toHaveLength(6);
  });

  test('no request reached the remote server: no DTD, entity, XInclude or stylesheet was fetched', () => {
    expect(remote.requests.map((request) => request.path)).toEqual([]);
  });

  test('nothing from outside was expanded into a stored article', () => {
    for (const article of result.articles) expect(`${article.title} ${article.text}`).not.toContain('LEAKED');
  });

  test.each([
    ['parameter-entity', 'Parameter entity &leaked;'],
    ['external-entity', 'External entity &ent; here'],
    ['public-dtd', 'Public identifier'],
    ['xinclude', 'XInclude'],
    ['stylesheet', 'Stylesheet'],
  ])('%s: the item is stored with its entity references left as text', (id, title) => {
    expect(result.lineOf(id)['status']).toBe('ok');
    expect(result.articlesOf(id).map((article) => article.title)).toEqual([title]);
  });

  test('a DOCTYPE hiding "]", ">" and a quote in a comment is removed whole: the item survives', () => {
    // Before the fix the declaration ended at the comment's "] >", its remainder landed before <rss>, and the run
    // reported ok with zero items: a well-formed feed silently lost.
    expect(result.lineOf('tricky-subset')['status']).toBe('ok');
    expect(result.articlesOf('tricky-subset').map((article) => article.title)).toEqual(['Tricky subset &a;']);
  });
});
