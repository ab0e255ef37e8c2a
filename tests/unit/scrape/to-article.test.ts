import { describe, expect, test } from 'vitest';
import {
  itemToArticle,
  MIN_TEXT_LENGTH_FOR_CONTENT_HASH,
  pageToArticle,
} from '../../../scrapers/scrape/to-article.ts';
import type { LanguageTools } from '../../../scrapers/scrape/types.ts';
import type { SourceConfig } from '../../../scrapers/sources/index.ts';
import type { ParsedItem } from '../../../scrapers/types.ts';

const FETCHED_AT = '2026-01-10T12:00:00.000Z';

function source(overrides: Partial<SourceConfig> = {}): SourceConfig {
  return {
    id: 'feed',
    name: 'Feed',
    url: 'https://news.example.org/feed.xml',
    kind: 'rss',
    lang: null,
    intervalMs: 3_600_000,
    selector: null,
    resolveLinks: true,
    ...overrides,
  };
}

function item(overrides: Partial<ParsedItem> = {}): ParsedItem {
  return {
    guid: 'g1',
    url: 'https://www.news.example.org/a?utm_source=rss',
    title: 'Apple  removes Parler',
    summary: 'Apple removed the app.',
    contentText: '',
    publishedAt: '2021-01-09T10:00:00.000Z',
    publishedRaw: 'Sat, 09 Jan 2021 10:00:00 GMT',
    author: null,
    publisher: null,
    publisherUrl: null,
    lang: null,
    ...overrides,
  };
}

/** A stand-in for scrapers/text's tools that records whether detection ran. */
function fakeLanguageTools(detected: string | null): LanguageTools & { nDetections: number } {
  const tools = {
    nDetections: 0,
    detectLanguage: (_text: string) => {
      tools.nDetections += 1;
      return detected;
    },
    normalizeLanguageTag: (tag: string | null | undefined) => (tag ? tag.slice(0, 2).toLowerCase() : null),
  };
  return tools;
}

describe('itemToArticle', () => {
  test('canonicalises the URL and derives the dedupe keys', () => {
    const article = itemToArticle(item(), {
      source: source({ lang: 'en' }),
      feedLang: null,
      fetchedAt: FETCHED_AT,
      languageTools: null,
    });
    expect(article?.url).not.toContain('utm_source');
    expect(article?.titleKey).toBe('apple removes parler');
    expect(article?.publisherKey).toBe('news.example.org');
    expect(article?.lang).toBe('en');
    expect(article?.contentHash).toBeNull();
  });

  test('returns null for an item without an http(s) link', () => {
    const context = {
      source: source(),
      feedLang: null,
      fetchedAt: FETCHED_AT,
      languageTools: fakeLanguageTools('en'),
    };
    expect(itemToArticle(item({ url: null, guid: 'not-a-url' }), context)).toBeNull();
    expect(
      itemToArticle(item({ url: null, guid: 'https://news.example.org/from-guid' }), context)?.url,
    ).toMatch(/from-guid$/);
  });

  test('prefers a declared language over detection, and detects only when nothing is declared', () => {
    const tools = fakeLanguageTools('fr');
    const context = { source: source(), feedLang: 'de-DE', fetchedAt: FETCHED_AT, languageTools: tools };
    expect(itemToArticle(item(), context)?.lang).toBe('de');
    expect(tools.nDetections).toBe(0);
    expect(itemToArticle(item(), { ...context, feedLang: null })?.lang).toBe('fr');
    expect(tools.nDetections).toBe(1);
  });

  test('hashes only texts long enough to identify a copy', () => {
    const context = {
      source: source({ lang: 'en' }),
      feedLang: null,
      fetchedAt: FETCHED_AT,
      languageTools: null,
    };
    const long = 'x'.repeat(MIN_TEXT_LENGTH_FOR_CONTENT_HASH);
    expect(itemToArticle(item({ contentText: long }), context)?.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(itemToArticle(item({ contentText: long.slice(1) }), context)?.contentHash).toBeNull();
  });

  test('a named publisher wins over the host; aggregator links without one get no publisher key', () => {
    const context = {
      source: source({ lang: 'en' }),
      feedLang: null,
      fetchedAt: FETCHED_AT,
      languageTools: null,
    };
    expect(itemToArticle(item({ publisher: 'Le  Monde' }), context)?.publisherKey).toBe('le monde');
    const aggregator = { ...context, source: source({ lang: 'en', resolveLinks: false }) };
    expect(itemToArticle(item(), aggregator)?.publisherKey).toBeNull();
    expect(itemToArticle(item({ title: '' }), context)?.publisherKey).toBeNull();
  });

  test('takes the article page text when it is longer, and keeps the feed date', () => {
    const page = {
      title: 'Page title',
      text: 'A much longer text from the article page itself.',
      publishedAt: '2021-01-08T00:00:00.000Z',
      publishedRaw: '2021-01-08',
      canonicalUrl: null,
      lang: 'en',
    };
    const article = itemToArticle(item(), {
      source: source({ lang: 'en' }),
      feedLang: null,
      fetchedAt: FETCHED_AT,
      page,
      languageTools: null,
    });
    expect(article?.text).toBe(page.text);
    expect(article?.publishedAt).toBe('2021-01-09T10:00:00.000Z');
  });
});

describe('pageToArticle', () => {
  test('uses the canonical link of the page when it has one', () => {
    const article = pageToArticle(
      {
        title: 'Host drops the forum',
        text: 'The host dropped the forum.',
        publishedAt: null,
        publishedRaw: null,
        canonicalUrl: 'https://news.example.org/canonical',
        lang: 'en',
      },
      {
        source: source({ kind: 'page' }),
        pageUrl: 'https://news.example.org/x?utm_medium=a',
        fetchedAt: FETCHED_AT,
        languageTools: fakeLanguageTools(null),
      },
    );
    expect(article?.url).toBe('https://news.example.org/canonical');
    expect(article?.lang).toBe('en');
  });
});
