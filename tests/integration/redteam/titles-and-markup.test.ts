import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type LocalServer, startLocalServer } from '../../helpers/local-server.ts';
import { RSS_HEADERS, rssFeed, type ScrapeResult, scrapeSources } from './redteam-harness.ts';

/**
 * Red team, what a hostile feed puts in its titles and links, through the real `wbw scrape`: NUL and other control
 * characters, lone surrogates, bidi overrides, a 1 MB title, entities nested in entities, CDATA with markup and with
 * bare character references, whitespace-only titles, Atom xml:base chains with javascript:/data: links, 10,000 items
 * with one guid, and one URL carried with two different texts.
 */

let server: LocalServer;
let result: ScrapeResult;
const ONE_MB_WORDS = 'Regulator blocks the service nationwide '.repeat(26_215);

beforeAll(async () => {
  server = await startLocalServer();
  const link = (slug: string) => server.url(`/articles/${slug}`);
  const feeds: Record<string, string> = {
    'nul-raw': rssFeed([{ title: 'Before\u0000After the ban', link: link('nul-raw') }]),
    'control-refs': rssFeed([
      { title: 'Bell&#7; and escape&#x1b; in the title', link: link('control-refs') },
    ]),
    surrogates: rssFeed([
      { title: 'Lone &#xD800; surrogate and &#xDE00; its pair', link: link('surrogates') },
    ]),
    bidi: rssFeed([{ title: 'Court order \u202Egnp.exe\u202C explained', link: link('bidi') }]),
    'one-mb-title': rssFeed([{ title: ONE_MB_WORDS, link: link('one-mb') }]),
    nested: rssFeed([
      { title: '&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt; stays text', link: link('nested') },
    ]),
    'cdata-markup': rssFeed([
      {
        title: '<![CDATA[<b>Bold</b> move &amp; <script>alert(1)</script> done]]>',
        link: link('cdata-markup'),
      },
    ]),
    'cdata-references': rssFeed([
      {
        title: '<![CDATA[[Update] Trump&#8217;s account &amp; the caf&eacute;]]>',
        link: link('cdata-references'),
        description: '<![CDATA[The platform said it would not restore the account [&#8230;]]]>',
      },
    ]),
    whitespace: rssFeed([{ title: '   \n\t  ', link: link('whitespace') }]),
    'atom-base': [
      '<?xml version="1.0" encoding="utf-8"?>',
      `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="${server.origin}/root/">`,
      '<title>Bases</title>',
      '<entry xml:base="section/"><title>Chained base</title><id>urn:chained</id><link href="story-1"/></entry>',
      '<entry xml:base="javascript:alert(1)//"><title>Script base</title><id>urn:script-base</id><link href="x"/></entry>',
      '<entry><title>Script link</title><id>urn:script</id><link href="javascript:alert(document.domain)"/></entry>',
      '<entry><title>Data link</title><id>urn:data</id><link href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;"/></entry>',
      '<entry><title>Vbscript link</title><id>urn:vb</id><link href=" JaVaScRiPt:alert(1)"/></entry>',
      '<entry xml:base="../other/"><title>Up a level</title><id>urn:up</id><link href="story-2"/></entry>',
      '</feed>',
    ].join('\n'),
    'same-guid': (() => {
      const parts = ['<rss version="2.0"><channel><title>Same guid</title>'];
      for (let index = 0; index < 10_000; index += 1) {
        parts.push(
          `<item><title>Numbered report ${index} on the budget</title><link>${link(`guid-${index}`)}</link>`,
          '<guid isPermaLink="false">one-guid-for-all</guid></item>',
        );
      }
      parts.push('</channel></rss>');
      return parts.join('');
    })(),
    'same-url': rssFeed([
      {
        title: 'First version of the story',
        link: link('same-url'),
        description: 'The first text of the story.',
      },
      {
        title: 'Second version of the story',
        link: link('same-url'),
        description: 'A rewritten, different text.',
      },
    ]),
  };
  for (const [id, body] of Object.entries(feeds)) {
    server.setRoute(`/${id}.xml`, {
      headers: id === 'atom-base' ? { 'content-type': 'application/atom+xml' } : RSS_HEADERS,
      body: Buffer.from(body, 'utf8'),
    });
  }
  result = await scrapeSources(
    'redteam-titles',
    Object.keys(feeds).map((id) => ({ id, url: server.url(`/${id}.xml`) })),
  );
}, 150_000);

afterAll(async () => {
  await server?.close();
});

function onlyTitle(id: string): string {
  const stored = result.articlesOf(id);
  expect(stored, id).toHaveLength(1);
  return stored[0]!.title;
}

describe('wbw scrape stores hostile titles as exact plain text', () => {
  test('the run succeeds and every source is ok', () => {
    expect(result.run.code, result.run.stderr).toBe(0);
    for (const line of result.run.lines) expect(line['status'], JSON.stringify(line)).toBe('ok');
  });

  test('NUL and other control characters never reach the database', () => {
    expect(onlyTitle('nul-raw')).toBe('BeforeAfter the ban');
    expect(onlyTitle('control-refs')).toBe('Bell and escape in the title');
    for (const article of result.articles)
      expect(article.title + article.text).not.toMatch(/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/);
  });

  test('lone surrogates become U+FFFD: every stored string is well-formed UTF-16', () => {
    expect(onlyTitle('surrogates')).toBe('Lone \uFFFD surrogate and \uFFFD its pair');
    for (const article of result.articles)
      expect(article.title.isWellFormed() && article.text.isWellFormed()).toBe(true);
  });

  test('bidi overrides are kept as the author wrote them (plain text, escaped wherever shown)', () => {
    expect(onlyTitle('bidi')).toBe('Court order \u202Egnp.exe\u202C explained');
  });

  test('a 1 MB title is stored whole, collapsed and trimmed', () => {
    expect(onlyTitle('one-mb-title')).toBe(ONE_MB_WORDS.trim());
  });

  test('entities nested in entities are decoded exactly once', () => {
    expect(onlyTitle('nested')).toBe('&lt;script&gt;alert(1)&lt;/script&gt; stays text');
  });

  test('CDATA with markup keeps the text, never the tags', () => {
    expect(onlyTitle('cdata-markup')).toBe('Bold move & alert(1) done');
  });

  test('CDATA with bare character references is decoded once, like any HTML in CDATA', () => {
    expect(onlyTitle('cdata-references')).toBe('[Update] Trump\u2019s account & the café');
    expect(result.articlesOf('cdata-references')[0]?.text).toContain('restore the account [\u2026]');
  });

  test('a whitespace-only title is stored empty, the item is kept', () => {
    expect(onlyTitle('whitespace')).toBe('');
  });

  test('xml:base chains resolve; javascript: and data: links are never stored', () => {
    const urls = result.articlesOf('atom-base').map((article) => article.url);
    expect(urls).toEqual(
      expect.arrayContaining([`${server.origin}/root/section/story-1`, `${server.origin}/other/story-2`]),
    );
    for (const article of result.articles) expect(article.url).toMatch(/^https?:\/\//);
    expect(urls.some((url) => /javascript|data:/i.test(url))).toBe(false);
  });

  test('10,000 items sharing one guid are stored by their own URLs', () => {
    expect(result.lineOf('same-guid')['new']).toBe(10_000);
    expect(result.articlesOf('same-guid')).toHaveLength(10_000);
  });

  test('one URL with two texts is stored once, the first text kept', () => {
    expect(result.lineOf('same-url')).toMatchObject({ new: 1, seen: 1 });
    expect(onlyTitle('same-url')).toBe('First version of the story');
  });
});
