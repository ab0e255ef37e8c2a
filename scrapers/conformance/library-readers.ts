/**
 * The three candidate libraries (feedsmith 3, @rowanmanning/feed-parser 2, rss-parser 3) used bare, as their READMEs
 * show, and our reader, each mapped to feedparser's names so the same `Expect:` expressions can judge them.
 * Bare libraries take a string: they get the body decoded as UTF-8, which is what `await response.text()` gives.
 */
import { parseFeed as parseWithFeedParser } from '@rowanmanning/feed-parser';
import { parseFeed as parseWithFeedsmith } from 'feedsmith';
import RssParser from 'rss-parser';
import type { FeedparserView } from './map-result.ts';
import { mapToFeedparser } from './map-result.ts';
import { readWithOurReader } from './read.ts';

export interface FeedReaderCandidate {
  name: string;
  /** Reads a body; throws only when the library itself throws. */
  read: (body: Buffer, headers: Readonly<Record<string, string>>, url: string) => Promise<FeedparserView>;
}

type Loose = Record<string, unknown>;

function text(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && typeof (value as Loose).value === 'string')
    return (value as Loose).value as string;
  return null;
}

/** What a bare user does with a date string: `new Date()`, kept only when valid. */
function naiveIso(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (typeof value !== 'string') return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

function compact(record: Loose): Loose {
  const result: Loose = {};
  for (const [key, value] of Object.entries(record))
    if (value !== null && value !== undefined && value !== '') result[key] = value;
  return result;
}

const emptyBozo: FeedparserView = { bozo: true, encoding: null, feed: {}, entries: [] };

const feedsmithCandidate: FeedReaderCandidate = {
  name: 'feedsmith 3 (bare)',
  read: async (body) => {
    let result: { format: string; feed: Loose };
    try {
      result = parseWithFeedsmith(body.toString('utf8')) as unknown as { format: string; feed: Loose };
    } catch {
      return emptyBozo;
    }
    const feed = result.feed;
    const rawItems = ((feed.items ?? feed.entries ?? []) as Loose[]).filter(Boolean);
    return {
      bozo: false,
      encoding: 'utf-8',
      feed: compact({
        title: text(feed.title),
        link: typeof feed.link === 'string' ? feed.link : null,
        language: feed.language,
      }),
      entries: rawItems.map((item) => {
        const links = (item.links as Loose[] | undefined) ?? [];
        const date = item.pubDate ?? item.published ?? item.updated ?? item.date_published;
        return compact({
          title: text(item.title),
          link: item.link ?? item.url ?? links[0]?.href,
          summary: text(item.description) ?? text(item.summary),
          description: text(item.description) ?? text(item.summary),
          id: text(item.id) ?? text((item.guid as Loose | undefined)?.value),
          published_parsed: naiveIso(date),
          updated_parsed: naiveIso(date),
        });
      }),
    };
  },
};

const feedParserCandidate: FeedReaderCandidate = {
  name: '@rowanmanning/feed-parser 2 (bare)',
  read: async (body) => {
    let feed: ReturnType<typeof parseWithFeedParser>;
    try {
      feed = parseWithFeedParser(body.toString('utf8'));
    } catch {
      return emptyBozo;
    }
    return {
      bozo: false,
      encoding: 'utf-8',
      feed: compact({ title: feed.title, link: feed.url, language: feed.language }),
      entries: feed.items.map((item) =>
        compact({
          title: item.title,
          link: item.url,
          summary: item.description,
          description: item.description,
          id: item.id,
          published_parsed: naiveIso(item.published),
          updated_parsed: naiveIso(item.published),
        }),
      ),
    };
  },
};

const rssParser = new RssParser();
const rssParserCandidate: FeedReaderCandidate = {
  name: 'rss-parser 3 (bare)',
  read: async (body) => {
    let feed: Awaited<ReturnType<typeof rssParser.parseString>>;
    try {
      feed = await rssParser.parseString(body.toString('utf8'));
    } catch {
      return emptyBozo;
    }
    return {
      bozo: false,
      encoding: 'utf-8',
      feed: compact({ title: feed.title, link: feed.link, language: (feed as Loose).language }),
      entries: (feed.items ?? []).map((item) =>
        compact({
          title: item.title,
          link: item.link,
          summary: item.contentSnippet ?? item.content,
          description: item.contentSnippet ?? item.content,
          id: item.guid,
          published_parsed: naiveIso(item.isoDate ?? item.pubDate),
          updated_parsed: naiveIso(item.isoDate ?? item.pubDate),
        }),
      ),
    };
  },
};

const ourReaderCandidate: FeedReaderCandidate = {
  name: 'our reader (feedsmith + decode, DTD, salvage, normalise)',
  read: async (body, headers, url) =>
    mapToFeedparser(
      readWithOurReader(body, headers['content-type'] ?? null, url, headers['content-language'] ?? null),
    ),
};

export const FEED_READER_CANDIDATES: readonly FeedReaderCandidate[] = [
  ourReaderCandidate,
  feedsmithCandidate,
  feedParserCandidate,
  rssParserCandidate,
];
