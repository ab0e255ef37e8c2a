import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { FeedParseError, parseFeed } from '../../../scrapers/feeds/index.ts';
import { readFeedFixture } from './fixtures.ts';

const fixtureNames = readdirSync(new URL('../../fixtures/feeds/', import.meta.url)).sort();

/** A deterministic corruption: every 37th byte rewritten. */
function corrupt(bytes: Buffer): Buffer {
  const copy = Buffer.from(bytes);
  for (let index = 0; index < copy.length; index += 37) copy[index] = ((copy[index] ?? 0) * 31 + 7) & 0xff;
  return copy;
}

describe('parseFeed never crashes', () => {
  test.each(fixtureNames)('%s, truncated and corrupted: items or a FeedParseError, nothing else', (name) => {
    const bytes = readFeedFixture(name);
    let outcomes = 0;
    for (const cut of [bytes.length, Math.floor(bytes.length * 0.9), Math.floor(bytes.length * 0.5), 9, 1]) {
      for (const body of [bytes.subarray(0, cut), corrupt(bytes.subarray(0, cut))]) {
        try {
          const feed = parseFeed(body, { contentType: null, baseUrl: 'https://robust.example/feed' });
          for (const item of feed.items) {
            expect(item.url === null || /^https?:\/\//.test(item.url)).toBe(true);
            expect(item.publishedAt === null || !Number.isNaN(Date.parse(item.publishedAt))).toBe(true);
          }
        } catch (error) {
          expect(error).toBeInstanceOf(FeedParseError);
        }
        outcomes++;
      }
    }
    expect(outcomes).toBe(10);
  });
});
