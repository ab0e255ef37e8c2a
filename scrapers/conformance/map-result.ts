/**
 * Our ParsedFeed → the names feedparser's `Expect:` expressions use (`feed`, `entries`, `bozo`, `encoding`).
 * Only what we really produce is mapped: a key we do not produce stays absent, so the evaluator can tell an
 * expectation that tests feedparser-only keys (not applicable) from one we fail.
 */
import type { ParsedFeed } from '../types.ts';

export interface FeedparserView {
  bozo: boolean;
  encoding: string | null;
  feed: Record<string, unknown>;
  entries: Record<string, unknown>[];
}

/** Our warnings that mean what feedparser's `bozo` means: the XML was not well-formed or the charset lied. */
const BOZO_WARNING_PATTERN = /^feeds: (?:ill-formed XML|charset)/;

function withoutNulls(record: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) if (value !== null && value !== '') result[key] = value;
  return result;
}

/** Maps a parsed feed; `null` (the reader threw FeedParseError) becomes feedparser's empty, bozo result. */
export function mapToFeedparser(parsedFeed: ParsedFeed | null): FeedparserView {
  if (parsedFeed === null) return { bozo: true, encoding: null, feed: {}, entries: [] };
  return {
    bozo: parsedFeed.warnings.some((warning) => BOZO_WARNING_PATTERN.test(warning)),
    encoding: parsedFeed.charset,
    feed: withoutNulls({ title: parsedFeed.title, link: parsedFeed.link, language: parsedFeed.lang }),
    entries: parsedFeed.items.map((item) =>
      withoutNulls({
        id: item.guid,
        title: item.title,
        link: item.url,
        summary: item.summary || item.contentText,
        description: item.summary || item.contentText,
        content: item.contentText ? [{ value: item.contentText }] : null,
        author: item.author,
        published: item.publishedRaw,
        published_parsed: item.publishedAt,
        updated_parsed: item.publishedAt,
        language: item.lang,
        source:
          item.publisher || item.publisherUrl
            ? withoutNulls({ title: item.publisher, href: item.publisherUrl })
            : null,
      }),
    ),
  };
}
