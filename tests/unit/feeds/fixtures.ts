import { readFileSync } from 'node:fs';
import { parseFeed } from '../../../scrapers/feeds/index.ts';
import type { ParsedFeed } from '../../../scrapers/types.ts';

/** The bytes of tests/fixtures/feeds/<name>. */
export function readFeedFixture(name: string): Buffer {
  return readFileSync(new URL(`../../fixtures/feeds/${name}`, import.meta.url));
}

/** Parses a fixture as if fetched from `baseUrl` with `contentType`. */
export function parseFeedFixture(
  name: string,
  contentType: string | null = null,
  baseUrl = 'https://feeds.example/path/feed.xml',
): ParsedFeed {
  return parseFeed(readFeedFixture(name), { contentType, baseUrl });
}
