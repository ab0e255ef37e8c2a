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

const ROUNDS = 7;

/**
 * Times each runner ROUNDS times, interleaved (A B C A B C …) after one warm-up round, and returns each fastest time in
 * ms: on a shared machine the fastest round is the one least disturbed by other processes, so it is the intrinsic cost.
 * Interleaving matters on a shared machine: load drifts within seconds, and timing one reader after another would
 * charge the drift to whichever ran during the busy stretch.
 */
async function interleavedFastest(runners: readonly (() => unknown)[]): Promise<number[]> {
  const timings: number[][] = runners.map(() => []);
  for (let round = 0; round <= ROUNDS; round++) {
    for (const [index, run] of runners.entries()) {
      const started = performance.now();
      await run();
      if (round > 0) timings[index]?.push(performance.now() - started);
    }
  }
  return timings.map((list) => Math.min(...list));
}

/** Prints the parse figures: MB/s for our reader and each bare library, and our share of feedsmith's speed. */
export async function benchParse(): Promise<void> {
  const body = generateBigFeed(5000, 12 * 1024 * 1024);
  const megabytes = body.length / 1e6;
  const rssParser = new RssParser();

  const readerOptions = {
    contentType: 'application/rss+xml; charset=utf-8',
    baseUrl: 'https://bench.example/feed.xml',
  };
  const [readerMs = 0, ourMs = 0, feedsmithMs = 0, feedParserMs = 0, rssParserMs = 0] =
    await interleavedFastest([
      () => parseFeed(body, readerOptions),
      () => {
        const feed = parseFeed(body, readerOptions);
        // What the store step adds per item: canonical URL and content hash.
        for (const item of feed.items) {
          if (item.url) canonicalizeUrl(item.url);
          contentHash(item.contentText || item.summary);
        }
      },
      // "On the same bytes": a bare library takes a string, so its time includes the UTF-8 decoding a bare user does.
      () => parseWithFeedsmith(body.toString('utf8')),
      () => parseWithFeedParser(body.toString('utf8')),
      () => rssParser.parseString(body.toString('utf8')),
    ]);

  const rate = (ms: number): string => `${(megabytes / (ms / 1000)).toFixed(1)} MB/s (${ms.toFixed(0)} ms)`;
  console.log(
    `parse: ${megabytes.toFixed(1)} MB feed, 5,000 items, fastest of ${ROUNDS} interleaved rounds after a warm-up, ${os.cpus().length} cores`,
  );
  console.log(`  our reader (decode + parse + normalise to plain-text items):    ${rate(readerMs)}`);
  console.log(`  our reader + canonical URL + content hash per item:           ${rate(ourMs)}`);
  console.log(`  feedsmith 3, bare parse:                                      ${rate(feedsmithMs)}`);
  console.log(`  @rowanmanning/feed-parser 2, bare parse:                      ${rate(feedParserMs)}`);
  console.log(`  rss-parser 3, bare parse:                                     ${rate(rssParserMs)}`);
  console.log(
    `  our reader / bare feedsmith: ${(feedsmithMs / readerMs).toFixed(2)} (goal ≥ 0.5); with URL + hash: ${(feedsmithMs / ourMs).toFixed(2)}`,
  );
}

export async function run(): Promise<void> {
  await benchParse();
}
