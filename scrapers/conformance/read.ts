import { FeedParseError } from '../feeds/errors.ts';
import { parseFeed } from '../feeds/parse-feed.ts';
import type { ParsedFeed } from '../types.ts';

/**
 * Our reader as the scraper runs it: decode + parse. FeedParseError is a handled outcome (null); anything else is a
 * crash and propagates.
 * @throws Error other than FeedParseError: a bug in the reader.
 */
export function readWithOurReader(
  body: Buffer,
  contentType: string | null,
  url: string,
  contentLanguage: string | null = null,
): ParsedFeed | null {
  try {
    return parseFeed(body, { contentType, baseUrl: url, contentLanguage });
  } catch (error) {
    if (error instanceof FeedParseError) return null;
    throw error;
  }
}
