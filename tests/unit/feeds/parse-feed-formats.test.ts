import { describe, expect, test } from 'vitest';
import { parseFeed } from '../../../scrapers/feeds/index.ts';
import { parseFeedFixture, readFeedFixture } from './fixtures.ts';

describe('parseFeed formats', () => {
  test('RSS 2.0: relative links resolved against the feed URL, guid as permalink, RFC 822 dates to UTC', () => {
    const feed = parseFeedFixture(
      'rss-2.0.xml',
      'application/rss+xml',
      'https://policy.example/feeds/main.xml',
    );
    expect(feed.format).toBe('rss');
    expect(feed.title).toBe('Platform Policy Desk');
    expect(feed.link).toBe('https://policy.example/policy/');
    expect(feed.lang).toBe('en-GB');
    expect(feed.items).toHaveLength(2);
    const [first, second] = feed.items;
    expect(first?.url).toBe('https://policy.example/2021/01/apple-removes-parler');
    expect(first?.guid).toBe('policy-desk-0001');
    expect(first?.publishedAt).toBe('2021-01-10T04:59:00.000Z');
    expect(first?.publishedRaw).toBe('Sat, 09 Jan 2021 23:59:00 -0500');
    expect(first?.author).toBe('A. Reporter');
    expect(second?.url).toBe('https://policy.example/2021/01/aws-parler');
    expect(second?.summary).toBe('Our summary of the hosting decision.');
    expect(second?.publishedAt).toBe('2021-01-10T08:00:00.000Z');
    expect(feed.warnings).toEqual([]);
  });

  test('RSS 0.91 with the Netscape DOCTYPE: HTML entities decoded, no DTD fetched', () => {
    const feed = parseFeedFixture('rss-0.91.xml');
    expect(feed.format).toBe('rss');
    expect(feed.items[0]?.title).toBe('Twitter suspend définitivement un compte');
    expect(feed.items[0]?.summary).toBe('Notre résumé de la décision.');
    expect(feed.lang).toBe('fr');
  });

  test('RSS 1.0 (RDF): dc:date with offset', () => {
    const feed = parseFeedFixture('rdf-1.0.xml');
    expect(feed.format).toBe('rdf');
    expect(feed.title).toBe('Netzpolitik Beispiel');
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0]?.url).toBe('https://nachrichten.example/meldung/1');
    expect(feed.items[0]?.publishedAt).toBe('2021-01-10T08:00:00.000Z');
  });

  test('Atom 1.0: xml:base at feed and entry level, html and xhtml text constructs reduced to text', () => {
    const feed = parseFeedFixture('atom-1.0.xml');
    expect(feed.format).toBe('atom');
    expect(feed.title).toBe('Plataformas &amp; poder');
    expect(feed.link).toBe('https://atom.example/blog/');
    expect(feed.lang).toBe('es');
    const [first, second] = feed.items;
    expect(first?.title).toBe('Google retira Parler de Google Play');
    expect(first?.url).toBe('https://atom.example/blog/2021/google-play-parler');
    expect(first?.publishedAt).toBe('2021-01-09T06:30:00.000Z');
    expect(first?.summary).toBe('Nuestro resumen de la retirada.');
    expect(first?.author).toBe('Redacción');
    expect(second?.url).toBe('https://otro.example/noticias/nota-2');
    expect(second?.contentText).toBe('Texto completo de la nota.');
    expect(second?.publishedAt).toBe('2021-01-10T10:00:00.000Z');
  });

  test('Atom 0.3: issued is the publication date', () => {
    const feed = parseFeedFixture('atom-0.3.xml');
    expect(feed.format).toBe('atom');
    expect(feed.items[0]?.url).toBe('https://vecchio.example/2005/voce');
    expect(feed.items[0]?.publishedAt).toBe('2005-03-01T08:00:00.000Z');
    expect(feed.items[0]?.summary).toBe('Il nostro riassunto.');
  });

  test('JSON Feed 1.1: content_html to text, javascript: url dropped with a warning', () => {
    const feed = parseFeedFixture('json-feed-1.1.json', 'application/feed+json');
    expect(feed.format).toBe('json');
    expect(feed.lang).toBe('pt-BR');
    expect(feed.items[0]?.contentText).toBe('Nosso resumo da decisão.');
    expect(feed.items[0]?.publishedAt).toBe('2024-08-31T00:00:00.000Z');
    expect(feed.items[0]?.author).toBe('Redação');
    expect(feed.items[1]?.url).toBeNull();
    expect(feed.warnings.some((warning) => warning.includes('item 2') && warning.includes('http'))).toBe(
      true,
    );
  });

  test('JSON Feed 1.0: singular author and summary', () => {
    const feed = parseFeedFixture('json-feed-1.0.json');
    expect(feed.items[0]?.author).toBe('Old Author');
    expect(feed.items[0]?.summary).toBe('Our short summary.');
    expect(feed.link).toBe('https://json10.example/');
  });
});

describe('parseFeed news-search publishers', () => {
  test('Google News: publisher from <source url>, suffix removed from the title', () => {
    const feed = parseFeedFixture(
      'google-news-search.xml',
      null,
      'https://news.google.com/rss/search?q=deplatformed&hl=en',
    );
    const item = feed.items[0];
    expect(item?.title).toBe('Payment processor drops a fundraising site');
    expect(item?.publisher).toBe('Example Tribune');
    expect(item?.publisherUrl).toBe('https://tribune.example/');
    expect(item?.summary).toBe('Payment processor drops a fundraising site\u00a0\u00a0Example Tribune');
  });

  test('Bing News: publisher from the " - Publisher" title suffix', () => {
    const feed = parseFeedFixture(
      'bing-news-search.xml',
      null,
      'https://www.bing.com/news/search?q=suspendu&format=rss',
    );
    expect(feed.items[0]?.title).toBe('Un réseau social suspend un compte officiel');
    expect(feed.items[0]?.publisher).toBe('Le Quotidien Exemple');
  });

  test('an ordinary feed keeps " - " in its titles', () => {
    const body = readFeedFixture('bing-news-search.xml')
      .toString('utf8')
      .replace('https://www.bing.com/news/search?q=suspendu&amp;format=rss', 'https://quotidien.example/');
    const feed = parseFeed(Buffer.from(body), {
      contentType: null,
      baseUrl: 'https://quotidien.example/rss',
    });
    expect(feed.items[0]?.title).toBe('Un réseau social suspend un compte officiel - Le Quotidien Exemple');
    expect(feed.items[0]?.publisher).toBeNull();
  });
});

describe('parseFeed language', () => {
  test('the HTTP Content-Language is the feed language only when the feed declares none', () => {
    const undeclared = Buffer.from(
      '<rss version="2.0"><channel><title>t</title><item><title>i</title></item></channel></rss>',
    );
    const feed = parseFeed(undeclared, {
      contentType: null,
      baseUrl: 'https://l.example/',
      contentLanguage: 'fr-FR, en',
    });
    expect(feed.lang).toBe('fr-FR');
    expect(feed.items[0]?.lang).toBe('fr-FR');
    const declared = parseFeedFixture('rss-2.0.xml');
    expect(declared.lang).toBe('en-GB');
  });

  test('en_US is normalised to en-US', () => {
    const body = Buffer.from(
      '<rss version="2.0"><channel><title>t</title><language>en_US</language></channel></rss>',
    );
    expect(parseFeed(body, { contentType: null, baseUrl: null }).lang).toBe('en-US');
  });
});
