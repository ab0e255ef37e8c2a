/**
 * Peer conformance: runs our feed reader over feedparser's test corpus and lets Python evaluate each file's `Expect:`.
 * Usage: `npm run conformance [PATH]` (default ../shared/peers/feedparser from the repository root).
 * Each file is served from a local server on 127.0.0.1 (port 0) with its `Header:` lines, fetched, decoded and parsed
 * by our reader, mapped to feedparser's names (map-result.ts) and checked by /usr/bin/python3 (evaluate.py).
 * Exits non-zero when a file crashes the reader, when the pass rate falls under PASS_RATE_FLOOR, and when the corpus
 * is missing under CI=true.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createFetcher } from '../fetcher/index.ts';
import { type CorpusCase, loadCorpus } from './corpus.ts';
import { type FeedparserView, mapToFeedparser } from './map-result.ts';
import { MARKUP_REASON, notApplicableReason } from './not-applicable.ts';
import { readWithOurReader } from './read.ts';

/** Raise it as the reader improves; docs/feeds.md shows the same figure. */
export const PASS_RATE_FLOOR = 0.97;

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const evaluatorPath = join(dirname(fileURLToPath(import.meta.url)), 'evaluate.py');

export interface CaseOutcome {
  id: string;
  folder: string;
  status: 'pass' | 'fail' | 'na' | 'crash' | 'no-expect' | 'plain-pass' | 'plain-fail';
  reason: string;
}

function startCorpusServer(cases: readonly CorpusCase[]): Promise<Server> {
  const byPath = new Map(cases.map((corpusCase) => [`/${corpusCase.id}`, corpusCase]));
  const server = createServer((request, response) => {
    const corpusCase = byPath.get(decodeURIComponent((request.url ?? '').split('?')[0] ?? ''));
    if (!corpusCase) {
      response.writeHead(404).end();
      return;
    }
    // Files without Header lines are what feedparser reads from disk: no Content-Type at all.
    response.writeHead(200, corpusCase.headers);
    response.end(corpusCase.bytes);
  });
  return new Promise((resolvePromise) => server.listen(0, '127.0.0.1', () => resolvePromise(server)));
}

interface FetchedBody {
  body: Buffer;
  contentType: string | null;
  contentLanguage: string | null;
  url: string;
}

/**
 * Our real fetch path (scrapers/fetcher: address guard, robots.txt, deadline, decoded-size cap), with politeness
 * lowered for our own loopback server: 127.0.0.1 allowed, no per-origin delay, 8 requests at a time.
 */
function createCorpusFetch(): { fetchBody: (url: string) => Promise<FetchedBody>; close: () => void } {
  const fetcher = createFetcher({
    perOriginConcurrency: 8,
    perOriginDelayMs: 0,
    timeoutMs: 10_000,
    maxBodyBytes: 15 * 1024 * 1024,
    maxRedirects: 5,
    maxWaitMs: 1000,
    allowPrivateHosts: ['127.0.0.1'],
    userAgent: 'WhoBannedWhom-conformance/0.1 (+https://github.com/who-banned-whom/who-banned-whom)',
  });
  return {
    fetchBody: async (url) => {
      const outcome = await fetcher.fetch(url);
      if (outcome.kind !== 'ok') throw new Error(`conformance: unexpected ${outcome.kind} for ${url}`);
      return {
        body: outcome.body,
        contentType: outcome.headers['content-type'] ?? null,
        contentLanguage: outcome.headers['content-language'] ?? null,
        url: outcome.url,
      };
    },
    close: () => fetcher.close(),
  };
}

export interface PendingEvaluation {
  id: string;
  expect: string;
  view: FeedparserView;
  /** Evaluate with the expected string literals reduced to plain text (expectations written for HTML output). */
  plainText?: boolean;
}

export function evaluateWithPython(
  pending: readonly PendingEvaluation[],
): Map<string, { status: string; reason: string }> {
  const input = pending.map((entry) => JSON.stringify(entry)).join('\n');
  const python = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
  const result = spawnSync(python, [evaluatorPath], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`conformance: python evaluator failed: ${result.stderr}`);
  const outcomes = new Map<string, { status: string; reason: string }>();
  for (const line of result.stdout.split('\n')) {
    if (line.trim() === '') continue;
    const parsed = JSON.parse(line) as { id: string; status: string; reason: string };
    outcomes.set(parsed.id, parsed);
  }
  return outcomes;
}

/**
 * Runs the whole corpus through our reader.
 * @throws Error when the Python evaluator cannot run.
 */
export async function runConformance(
  corpusRoot: string,
): Promise<{ outcomes: CaseOutcome[]; seconds: number }> {
  const started = performance.now();
  const cases = loadCorpus(corpusRoot);
  const server = await startCorpusServer(cases);
  const port = (server.address() as AddressInfo).port;
  const outcomes: CaseOutcome[] = [];
  const pending: PendingEvaluation[] = [];
  const folders = new Map<string, string>();
  const corpusFetch = createCorpusFetch();
  try {
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < cases.length) {
        const corpusCase = cases[next++];
        if (!corpusCase) break;
        folders.set(corpusCase.id, corpusCase.folder);
        if (corpusCase.expect === null) {
          outcomes.push({ id: corpusCase.id, folder: corpusCase.folder, status: 'no-expect', reason: '' });
          continue;
        }
        const url = `http://127.0.0.1:${port}/${corpusCase.id}`;
        let fetched: FetchedBody;
        try {
          fetched = await corpusFetch.fetchBody(url);
        } catch (error) {
          outcomes.push({
            id: corpusCase.id,
            folder: corpusCase.folder,
            status: 'crash',
            reason: `fetch failed: ${String(error)}`,
          });
          continue;
        }
        // feedparser's suite serves the corpus at 127.0.0.1:8097 and its expected absolute links say so: resolve against
        // that address rather than our random port.
        const documentUrl = fetched.url.replace(/^http:\/\/127\.0\.0\.1:\d+\//, 'http://127.0.0.1:8097/');
        let view: FeedparserView;
        try {
          view = mapToFeedparser(
            readWithOurReader(fetched.body, fetched.contentType, documentUrl, fetched.contentLanguage),
          );
        } catch (error) {
          outcomes.push({
            id: corpusCase.id,
            folder: corpusCase.folder,
            status: 'crash',
            reason: String(error),
          });
          continue;
        }
        const reason = notApplicableReason(
          corpusCase.id,
          corpusCase.expect,
          corpusCase.skipUnless,
          corpusCase.headers,
        );
        if (reason === MARKUP_REASON) {
          pending.push({ id: corpusCase.id, expect: corpusCase.expect, view, plainText: true });
          continue;
        }
        if (reason !== null) {
          outcomes.push({ id: corpusCase.id, folder: corpusCase.folder, status: 'na', reason });
          continue;
        }
        pending.push({ id: corpusCase.id, expect: corpusCase.expect, view });
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
  } finally {
    corpusFetch.close();
    server.close();
  }
  const evaluated = evaluateWithPython(pending);
  for (const entry of pending) {
    const result = evaluated.get(entry.id) ?? { status: 'fail', reason: 'no result from the evaluator' };
    let status = result.status as CaseOutcome['status'];
    let reason = result.reason;
    if (entry.plainText) {
      if (status === 'na') reason = `${MARKUP_REASON}; and ${reason}`;
      else status = status === 'pass' ? 'plain-pass' : 'plain-fail';
      if (status === 'na' || status === 'plain-pass' || status === 'plain-fail') reason ||= MARKUP_REASON;
    }
    outcomes.push({ id: entry.id, folder: folders.get(entry.id) ?? '.', status, reason });
  }
  outcomes.sort((a, b) => a.id.localeCompare(b.id));
  return { outcomes, seconds: (performance.now() - started) / 1000 };
}

/** Pass counts per folder and overall, as printed lines. */
export function summarize(outcomes: readonly CaseOutcome[]): {
  lines: string[];
  passed: number;
  applicable: number;
  crashes: number;
} {
  const byFolder = new Map<
    string,
    { pass: number; fail: number; na: number; crash: number; plain: number }
  >();
  for (const outcome of outcomes) {
    const counts = byFolder.get(outcome.folder) ?? { pass: 0, fail: 0, na: 0, crash: 0, plain: 0 };
    if (outcome.status === 'pass') counts.pass++;
    else if (outcome.status === 'fail') counts.fail++;
    else if (outcome.status === 'crash') counts.crash++;
    else if (outcome.status === 'plain-pass' || outcome.status === 'plain-fail') counts.plain++;
    else counts.na++;
    byFolder.set(outcome.folder, counts);
  }
  const lines: string[] = [];
  let passed = 0;
  let applicable = 0;
  let crashes = 0;
  for (const [folder, counts] of [...byFolder.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const folderApplicable = counts.pass + counts.fail + counts.crash;
    passed += counts.pass;
    applicable += folderApplicable;
    crashes += counts.crash;
    lines.push(
      `${folder.padEnd(28)} ${String(counts.pass).padStart(4)}/${String(folderApplicable).padEnd(4)} passed  (${counts.na} not applicable, ${counts.plain} in plain-text form${counts.crash ? `, ${counts.crash} CRASHED` : ''})`,
    );
  }
  return { lines, passed, applicable, crashes };
}

async function main(): Promise<void> {
  const argument = process.argv.slice(2).find((value) => !value.startsWith('-'));
  const verbose = process.argv.includes('--verbose');
  const corpusRoot = resolve(repositoryRoot, argument ?? '../shared/peers/feedparser');
  if (!existsSync(join(corpusRoot, 'tests'))) {
    const message = `conformance: corpus not found at ${corpusRoot}`;
    if (process.env.CI === 'true') {
      console.error(`${message} (required under CI=true)`);
      process.exit(1);
    }
    console.log(`${message}; skipped (pass a path: npm run conformance PATH)`);
    return;
  }
  const { outcomes, seconds } = await runConformance(corpusRoot);
  const summary = summarize(outcomes);
  for (const line of summary.lines) console.log(line);
  if (verbose) {
    for (const outcome of outcomes)
      if (outcome.status === 'fail' || outcome.status === 'crash')
        console.log(`${outcome.status.toUpperCase()} ${outcome.id}: ${outcome.reason}`);
  }
  const plainPassed = outcomes.filter((outcome) => outcome.status === 'plain-pass').length;
  const plainChecked = plainPassed + outcomes.filter((outcome) => outcome.status === 'plain-fail').length;
  console.log(
    `conformance: expectations written for HTML output, checked in plain-text form: ${plainPassed}/${plainChecked} passed (reported apart, not in the pass rate)`,
  );
  if (verbose)
    for (const outcome of outcomes)
      if (outcome.status === 'plain-fail') console.log(`PLAIN-FAIL ${outcome.id}: ${outcome.reason}`);
  if (process.argv.includes('--not-applicable')) {
    const reasons = new Map<string, number>();
    for (const outcome of outcomes) {
      if (outcome.status !== 'na') continue;
      const reason = outcome.reason.replace(/'[^']*'/, "'…'");
      reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    }
    for (const [reason, count] of [...reasons.entries()].sort((a, b) => b[1] - a[1]))
      console.log(`NA ${String(count).padStart(4)}  ${reason}`);
  }
  const rate = summary.applicable === 0 ? 0 : summary.passed / summary.applicable;
  const notApplicable = outcomes.filter(
    (outcome) => outcome.status === 'na' || outcome.status === 'no-expect',
  ).length;
  console.log(
    `conformance: ${summary.passed}/${summary.applicable} applicable expectations passed (${(rate * 100).toFixed(1)}%, floor ${(PASS_RATE_FLOOR * 100).toFixed(0)}%), ${notApplicable} not applicable, ${summary.crashes} crashes, ${outcomes.length} files in ${seconds.toFixed(1)} s`,
  );
  if (summary.crashes > 0) {
    for (const outcome of outcomes)
      if (outcome.status === 'crash')
        console.error(`conformance: reader crashed on ${outcome.id}: ${outcome.reason}`);
    process.exit(1);
  }
  if (rate < PASS_RATE_FLOOR) {
    console.error(
      `conformance: pass rate ${(rate * 100).toFixed(1)}% is under the floor ${(PASS_RATE_FLOOR * 100).toFixed(0)}%`,
    );
    process.exit(1);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
