import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  extractListingLinks,
  PageParseError,
  parseArticlePage,
  shouldFetchArticlePage,
} from '../../../scrapers/pages/index.ts';
import type { ParsedItem } from '../../../scrapers/types.ts';

function readPageFixture(name: string): string {
  return readFileSync(new URL(`../../fixtures/pages/${name}`, import.meta.url), 'utf8');
}

describe('extractListingLinks', () => {
  test('absolute http(s) links only, resolved against <base>, deduplicated by canonical URL, in page order', () => {
    const links = extractListingLinks(
      readPageFixture('listing.html'),
      'https://listing.example/',
      '.teasers h2 a',
    );
    expect(links).toEqual([
      'https://listing.example/news/story-1',
      'https://listing.example/news/story-2?utm_source=home',
      'https://cdn.listing.example/story-3',
    ]);
  });

  test('a selector on containers takes the links inside them', () => {
    const links = extractListingLinks(readPageFixture('listing.html'), 'https://listing.example/', 'aside');
    expect(links).toEqual(['https://listing.example/news/not-selected']);
  });

  test('an invalid selector is a PageParseError naming it', () => {
    expect(() => extractListingLinks('<p></p>', 'https://a.example/', 'a[[')).toThrow(PageParseError);
  });
});

describe('parseArticlePage', () => {
  test('JSON-LD @graph datePublished wins over meta; canonical link resolved; html lang', () => {
    const page = parseArticlePage(readPageFixture('article-json-ld-graph.html'), 'https://actu.example/x');
    expect(page.publishedRaw).toBe('2021-01-10T08:15:00+01:00');
    expect(page.publishedAt).toBe('2021-01-10T07:15:00.000Z');
    expect(page.canonicalUrl).toBe('https://actu.example/2021/01/10/apple-parler?utm_source=twitter');
    expect(page.lang).toBe('fr');
    expect(page.title).toContain('Apple retire Parler');
    expect(page.text).toContain('Apple a retiré samedi');
    expect(page.text).not.toContain('Mentions légales');
  });

  test('article:published_time and og:url when JSON-LD is broken; language detected without <html lang>', () => {
    const page = parseArticlePage(readPageFixture('article-meta-published.html'), 'https://meta.example/x');
    expect(page.publishedAt).toBe('2022-02-04T22:30:00.000Z');
    expect(page.canonicalUrl).toBe('https://meta.example/2022/spotify-episode');
    expect(page.title).toBe('Spotify removes a podcast episode');
    expect(page.lang).toBe('en');
  });

  test('<time datetime>, and a javascript: canonical is refused', () => {
    const page = parseArticlePage(readPageFixture('article-time-element.html'), 'https://tiempo.example/a');
    expect(page.publishedAt).toBe('2024-03-23T11:00:00.000Z');
    expect(page.canonicalUrl).toBeNull();
    expect(page.lang).toBe('es');
    expect(page.text).toContain('Audiencia Nacional');
  });

  test('a page without any date or article still gives plain text', () => {
    const page = parseArticlePage(
      '<html><body><p>Short &amp; plain.</p></body></html>',
      'https://a.example/',
    );
    expect(page.publishedAt).toBeNull();
    expect(page.text).toContain('Short & plain.');
  });
});

function item(overrides: Partial<ParsedItem>): ParsedItem {
  return {
    guid: null,
    url: 'https://news.example/a',
    title: '',
    summary: '',
    contentText: '',
    publishedAt: null,
    publishedRaw: null,
    author: null,
    publisher: null,
    publisherUrl: null,
    lang: null,
    ...overrides,
  };
}

describe('shouldFetchArticlePage', () => {
  test.each([
    {
      name: 'short English summary about a ban',
      value: item({ title: 'Twitter permanently suspends account', summary: 'Short.' }),
      lang: 'en',
      expected: true,
    },
    {
      name: 'short French summary about a removal',
      value: item({ title: 'Apple retire Parler de l’App Store', summary: 'Bref.' }),
      lang: 'fr',
      expected: true,
    },
    {
      name: 'short summary off topic',
      value: item({ title: 'Quarterly earnings beat expectations', summary: 'Short.' }),
      lang: 'en',
      expected: false,
    },
    {
      name: 'long summary on topic: the feed already carries the text',
      value: item({ title: 'Twitter permanently suspends account', summary: 'x'.repeat(800) }),
      lang: 'en',
      expected: false,
    },
    {
      name: 'no link to fetch',
      value: item({ url: null, title: 'Twitter suspends account' }),
      lang: 'en',
      expected: false,
    },
  ])('$name → $expected', ({ value, lang, expected }) => {
    expect(shouldFetchArticlePage(value, lang)).toBe(expected);
  });
});
