/**
 * Prints the feed-library comparison of docs/feeds.md: pass counts on feedparser's corpus (same applicable
 * expectations for every candidate), pass counts on our hostile cases, and speed (MB/s) on the corpus and on a
 * generated 12 MB, 5,000-item feed.
 * Usage: `npx node scrapers/conformance/compare-libraries.ts [CORPUS_PATH]`.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateBigFeed } from './big-feed.ts';
import { loadCorpus } from './corpus.ts';
import { HOSTILE_CHECKS } from './hostile-checks.ts';
import { FEED_READER_CANDIDATES, type FeedReaderCandidate } from './library-readers.ts';
import type { FeedparserView } from './map-result.ts';
import { notApplicableReason } from './not-applicable.ts';
import { evaluateWithPython, type PendingEvaluation } from './run.ts';

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

interface CandidateFigures {
  name: string;
  corpusPassed: number;
  corpusApplicable: number;
  crashes: number;
  corpusMegabytesPerSecond: number;
  hostilePassed: number;
  bigFeedMegabytesPerSecond: number;
}

async function measureCorpus(candidate: FeedReaderCandidate, corpusRoot: string) {
  const cases = loadCorpus(corpusRoot).filter((corpusCase) => corpusCase.expect !== null);
  const pending: PendingEvaluation[] = [];
  let crashes = 0;
  let totalBytes = 0;
  let totalMs = 0;
  let statAlone = 0;
  for (const corpusCase of cases) {
    const expect = corpusCase.expect ?? '';
    const url = `http://127.0.0.1:8097/${corpusCase.id}`;
    const started = performance.now();
    let view: FeedparserView;
    try {
      view = await candidate.read(corpusCase.bytes, corpusCase.headers, url);
    } catch {
      crashes++;
      view = { bozo: true, encoding: null, feed: {}, entries: [] };
    }
    totalMs += performance.now() - started;
    totalBytes += corpusCase.bytes.length;
    if (notApplicableReason(corpusCase.id, expect, corpusCase.skipUnless, corpusCase.headers) !== null) {
      statAlone++;
      continue;
    }
    pending.push({ id: corpusCase.id, expect, view });
  }
  const outcomes = evaluateWithPython(pending);
  let passed = 0;
  let applicable = 0;
  for (const outcome of outcomes.values()) {
    if (outcome.status === 'na') continue;
    applicable++;
    if (outcome.status === 'pass') passed++;
  }
  return {
    passed,
    applicable,
    crashes,
    megabytesPerSecond: totalBytes / 1e6 / (totalMs / 1000),
    skipped: statAlone,
  };
}

async function measureHostile(candidate: FeedReaderCandidate): Promise<number> {
  let passed = 0;
  for (const check of HOSTILE_CHECKS) {
    const body = check.body();
    const started = performance.now();
    let view: FeedparserView;
    try {
      view = await candidate.read(
        body,
        check.contentType ? { 'content-type': check.contentType } : {},
        'https://hostile.example/feed.xml',
      );
    } catch {
      continue;
    }
    if (check.passes(view, performance.now() - started)) passed++;
  }
  return passed;
}

/**
 * MB/s of each candidate on one big feed, fields read (@rowanmanning/feed-parser parses lazily in its getters, so a
 * bare parse alone would flatter it). Candidates run interleaved (A B C D A B C D …) after a warm-up round and each
 * keeps its fastest of five rounds: on a shared machine, load drifts within seconds and would otherwise be charged to
 * whichever candidate ran during a busy stretch.
 */
async function measureBigFeedInterleaved(
  candidates: readonly FeedReaderCandidate[],
  body: Buffer,
): Promise<number[]> {
  const headers = { 'content-type': 'application/rss+xml; charset=utf-8' };
  const fastest = candidates.map(() => Number.POSITIVE_INFINITY);
  for (let round = 0; round <= 5; round++) {
    for (const [index, candidate] of candidates.entries()) {
      const started = performance.now();
      await candidate.read(body, headers, 'https://bench.example/feed.xml');
      const elapsedMs = performance.now() - started;
      if (round > 0) fastest[index] = Math.min(fastest[index] ?? elapsedMs, elapsedMs);
    }
  }
  return fastest.map((ms) => body.length / 1e6 / (ms / 1000));
}

/**
 * Measures every candidate and returns the figures.
 * @throws Error when the Python evaluator cannot run.
 */
export async function compareLibraries(corpusRoot: string): Promise<CandidateFigures[]> {
  const bigFeed = generateBigFeed();
  const figures: CandidateFigures[] = [];
  const bigFeedRates = await measureBigFeedInterleaved(FEED_READER_CANDIDATES, bigFeed);
  for (const [index, candidate] of FEED_READER_CANDIDATES.entries()) {
    const corpus = await measureCorpus(candidate, corpusRoot);
    figures.push({
      name: candidate.name,
      corpusPassed: corpus.passed,
      corpusApplicable: corpus.applicable,
      crashes: corpus.crashes,
      corpusMegabytesPerSecond: corpus.megabytesPerSecond,
      hostilePassed: await measureHostile(candidate),
      bigFeedMegabytesPerSecond: bigFeedRates[index] ?? 0,
    });
  }
  return figures;
}

async function main(): Promise<void> {
  const argument = process.argv.slice(2).find((value) => !value.startsWith('-'));
  const corpusRoot = resolve(repositoryRoot, argument ?? '../shared/peers/feedparser');
  if (!existsSync(join(corpusRoot, 'tests'))) {
    console.log(`compare-libraries: corpus not found at ${corpusRoot}`);
    return;
  }
  const figures = await compareLibraries(corpusRoot);
  console.log(
    '| reader | feedparser corpus (applicable expectations) | crashes | our hostile cases | corpus MB/s | 12 MB feed MB/s |',
  );
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const row of figures) {
    const rate = ((row.corpusPassed / Math.max(1, row.corpusApplicable)) * 100).toFixed(1);
    console.log(
      `| ${row.name} | ${row.corpusPassed}/${row.corpusApplicable} (${rate}%) | ${row.crashes} | ${row.hostilePassed}/${HOSTILE_CHECKS.length} | ${row.corpusMegabytesPerSecond.toFixed(1)} | ${row.bigFeedMegabytesPerSecond.toFixed(1)} |`,
    );
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
