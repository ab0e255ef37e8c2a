/**
 * Parse figures for the collect benchmark (issue 3 "Benchmark: Parse"): one generated 12 MB feed of 5,000 items through
 * our reader (decode, parse, normalise to articles) next to the bare parse of feedsmith (the library we adopted) and
 * the two other candidates, on the same bytes, in MB/s. Asserts nothing about time; bench/collect.ts calls it.
 */
import os from 'node:os';
import { parseFeed as parseWithFeedParser } from '@rowanmanning/feed-parser';
import { parseFeed as parseWithFeedsmith } from 'feedsmith';
import RssParser from 'rss-parser';
import { generateBigFeed } from '../scrapers/conformance/big-feed.ts';
import { parseFeed } from '../scrapers/feeds/parse-feed.ts';
import { canonicalizeUrl } from '../scrapers/text/canonical-url.ts';
import { contentHash } from '../scrapers/text/content-hash.ts';

const ROUNDS = 5;

async function medianMilliseconds(run: () => unknown): Promise<number> {
  const timings: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const started = performance.now();
    await run();
    timings.push(performance.now() - started);
  }
  timings.sort((a, b) => a - b);
  return timings[Math.floor(timings.length / 2)] ?? 0;
}

/** Prints the parse figures: MB/s for our reader and each bare library, and our share of feedsmith's speed. */
export async function benchParse(): Promise<void> {
  const body = generateBigFeed(5000, 12 * 1024 * 1024);
  const megabytes = body.length / 1e6;
  const text = body.toString('utf8');
  const rssParser = new RssParser();

  const readerOptions = { contentType: 'application/rss+xml; charset=utf-8', baseUrl: 'https://bench.example/feed.xml' };
  const readerMs = await medianMilliseconds(() => parseFeed(body, readerOptions));
  const ourMs = await medianMilliseconds(() => {
    const feed = parseFeed(body, readerOptions);
    // What the store step adds per item: canonical URL and content hash.
    for (const item of feed.items) {
      if (item.url) canonicalizeUrl(item.url);
      contentHash(item.contentText || item.summary);
    }
  });
  const feedsmithMs = await medianMilliseconds(() => parseWithFeedsmith(text));
  const feedParserMs = await medianMilliseconds(() => parseWithFeedParser(text));
  const rssParserMs = await medianMilliseconds(() => rssParser.parseString(text));

  const rate = (ms: number): string => `${(megabytes / (ms / 1000)).toFixed(1)} MB/s (${ms.toFixed(0)} ms)`;
  console.log(`parse: ${megabytes.toFixed(1)} MB feed, 5,000 items, median of ${ROUNDS}, ${os.cpus().length} cores`);
  console.log(`  our reader (decode + parse + normalise to plain-text items):    ${rate(readerMs)}`);
  console.log(`  our reader + canonical URL + content hash per item:           ${rate(ourMs)}`);
  console.log(`  feedsmith 3, bare parse:                                      ${rate(feedsmithMs)}`);
  console.log(`  @rowanmanning/feed-parser 2, bare parse:                      ${rate(feedParserMs)}`);
  console.log(`  rss-parser 3, bare parse:                                     ${rate(rssParserMs)}`);
  console.log(`  our reader / bare feedsmith: ${(feedsmithMs / readerMs).toFixed(2)} (goal ≥ 0.5); with URL + hash: ${(feedsmithMs / ourMs).toFixed(2)}`);
}

export async function run(): Promise<void> {
  await benchParse();
}
