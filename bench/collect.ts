import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { countArticles, type NewArticle, storeArticle } from '../src/db/articles.ts';
import { openDatabase } from '../src/db/connection.ts';
import { syncSourceConfigs } from '../src/db/sources.ts';

/**
 * Benchmark suite "collect" (issue 3): parse speed (from bench/collect-parse.ts), scrape end to end against generated
 * local feeds (fresh, then all answering 304), growth of the store path with the table size, and bare store speed.
 * It builds its own inputs, prints each figure with the core count, and asserts nothing about time.
 * The scrape runs in a child process (this file with `child-scrape`), so that its peak memory (maxRSS) is its own and
 * not the local server's.
 */

const N_FEEDS = 200;
const N_ITEMS = 50;
const CORES = os.cpus().length;
const ROOT = path.resolve(import.meta.dirname, '..');

function figure(name: string, value: string, goal = ''): void {
  console.log(
    `${name.padEnd(52)} ${value.padEnd(22)} ${goal === '' ? '' : `goal ${goal}`}  [${CORES} cores]`,
  );
}

function feedXml(origin: string, feedIndex: number): string {
  const parts = ['<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'];
  parts.push(`<title>Bench feed ${feedIndex}</title><link>${origin}/</link>`);
  for (let index = 0; index < N_ITEMS; index += 1) {
    const id = `${feedIndex}-${index}`;
    parts.push(
      `<item><title>Bench report ${id} on the city budget</title><link>${origin}/articles/${id}?utm_source=rss</link>`,
      `<guid isPermaLink="false">bench-${id}</guid>`,
      `<description>Report ${id}: the council met on Tuesday to discuss the budget for the coming year, the new `,
      `library and the repairs to the bridge. Members asked for more time before the vote.</description>`,
      `<pubDate>${new Date(Date.UTC(2021, 0, 1 + (index % 28), 10, index % 60)).toUTCString()}</pubDate></item>`,
    );
  }
  parts.push('</channel></rss>');
  return parts.join('');
}

/** The local server: N_FEEDS feeds with ETags; a request with the current ETag gets a 304. */
async function startFeedServer(): Promise<{
  origin: string;
  close: () => Promise<void>;
  nRequests: () => number;
}> {
  let nRequests = 0;
  const bodies = new Map<string, Buffer>();
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    nRequests += 1;
    const body = bodies.get(request.url ?? '');
    if (body === undefined) {
      response.writeHead(404, { 'content-length': '0' });
      response.end();
      return;
    }
    if (request.headers['if-none-match'] === '"bench-v1"') {
      response.writeHead(304, { etag: '"bench-v1"' });
      response.end();
      return;
    }
    response.writeHead(200, {
      'content-type': 'application/rss+xml',
      etag: '"bench-v1"',
      'content-length': String(body.length),
    });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  for (let index = 0; index < N_FEEDS; index += 1)
    bodies.set(`/feed-${index}.xml`, Buffer.from(feedXml(origin, index)));
  return {
    origin,
    nRequests: () => nRequests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

interface ChildFigures {
  elapsedMs: number;
  nNew: number;
  nNotModified: number;
  maxRssKb: number;
}

function runChildScrape(sourcesFile: string, dbFile: string): Promise<ChildFigures> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [import.meta.filename, 'child-scrape', sourcesFile, dbFile],
      { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error !== null) {
          reject(new Error(`bench: child scrape failed: ${stderr}`));
          return;
        }
        resolve(JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as ChildFigures);
      },
    );
  });
}

/** In the child: one `runScrape` pass over every source, timed, with this process's peak memory. */
async function childScrape(sourcesFile: string, dbFile: string): Promise<void> {
  const { loadSourcesConfig } = await import('../scrapers/sources/index.ts');
  const { runScrape } = await import('../scrapers/scrape/index.ts');
  const config = loadSourcesConfig(sourcesFile);
  const db = openDatabase(dbFile);
  const startedMs = performance.now();
  const results = await runScrape({ db, config, all: true });
  const elapsedMs = performance.now() - startedMs;
  db.close();
  const figures: ChildFigures = {
    elapsedMs,
    nNew: results.reduce((sum, result) => sum + result.new, 0),
    nNotModified: results.filter((result) => result.status === 'not_modified').length,
    // maxRSS is in kilobytes.
    maxRssKb: process.resourceUsage().maxRSS,
  };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

async function benchScrape(dir: string): Promise<void> {
  const server = await startFeedServer();
  try {
    const sourcesFile = path.join(dir, 'bench-sources.yaml');
    const lines = [
      'allow_private_hosts: [127.0.0.1]',
      '# Politeness lowered for the benchmark, as DESIGN §3 allows: every feed is on one local origin.',
      'politeness: { per_origin_concurrency: 16, per_origin_delay: 0s, timeout: 20s }',
      'sources:',
    ];
    for (let index = 0; index < N_FEEDS; index += 1) {
      lines.push(
        `  - { id: bench-${index}, url: "${server.origin}/feed-${index}.xml", kind: rss, lang: en }`,
      );
    }
    writeFileSync(sourcesFile, `${lines.join('\n')}\n`);
    const dbFile = path.join(dir, 'bench-scrape.sqlite');
    console.log(
      `scrape: ${N_FEEDS} local feeds x ${N_ITEMS} items; politeness lowered in the bench's sources.yaml ` +
        '(per_origin_concurrency 16, per_origin_delay 0s): all feeds share one local origin',
    );
    const fresh = await runChildScrape(sourcesFile, dbFile);
    figure(
      'scrape end to end, fresh (fetch→parse→dedupe→store)',
      `${Math.round(fresh.nNew / (fresh.elapsedMs / 1000))} articles/s`,
      '>= 2000',
    );
    figure('  articles stored / time', `${fresh.nNew} / ${(fresh.elapsedMs / 1000).toFixed(2)} s`);
    figure(
      '  peak memory of the scrape process (maxRSS)',
      `${(fresh.maxRssKb / 1024).toFixed(0)} MB`,
      '<= 300 MB',
    );
    const again = await runChildScrape(sourcesFile, dbFile);
    figure('scrape again, every feed answers 304', `${(again.elapsedMs / 1000).toFixed(3)} s`);
    figure('  not_modified sources', `${again.nNotModified} / ${N_FEEDS}`);
    figure('  speed-up of the 304 run', `${(fresh.elapsedMs / again.elapsedMs).toFixed(1)}x`, '>= 10x');
    figure('  peak memory of the 304 run (maxRSS)', `${(again.maxRssKb / 1024).toFixed(0)} MB`);
  } finally {
    await server.close();
  }
}

function syntheticArticle(index: number, textLength: number): NewArticle {
  const text =
    `Article ${index}. ${'The council met to discuss the budget and the bridge. '.repeat(Math.ceil(textLength / 55))}`.slice(
      0,
      textLength,
    );
  return {
    url: `https://publisher-${index % 97}.example/${index}`,
    guid: `g-${index}`,
    publisher: null,
    publisherUrl: null,
    publisherKey: `publisher-${index % 97}.example`,
    title: `Synthetic report ${index}`,
    titleKey: `synthetic report ${index}`,
    publishedAt: new Date(Date.UTC(2020, 0, 1) + (index % 2000) * 3_600_000).toISOString(),
    publishedRaw: null,
    fetchedAt: '2026-01-01T00:00:00.000Z',
    lang: 'en',
    text,
    contentHash: `hash-${index}`,
  };
}

/** Stores articles [from, to) in source-sized batches (one transaction per 50, as a scrape does). */
function storeRange(db: ReturnType<typeof openDatabase>, from: number, to: number, batchSize: number): void {
  const storeBatch = db.transaction((start: number, end: number) => {
    for (let index = start; index < end; index += 1) storeArticle(db, syntheticArticle(index, 600), 'bench');
  });
  for (let start = from; start < to; start += batchSize)
    storeBatch.immediate(start, Math.min(to, start + batchSize));
}

function benchGrowth(dir: string): void {
  const dbFile = path.join(dir, 'bench-growth.sqlite');
  const db = openDatabase(dbFile);
  syncSourceConfigs(
    db,
    [
      {
        id: 'bench',
        name: 'bench',
        url: 'https://bench.example/',
        kind: 'rss',
        lang: 'en',
        intervalMs: 3_600_000,
        selector: null,
        resolveLinks: true,
      },
    ],
    '2026-01-01T00:00:00.000Z',
  );
  const perArticleUs: number[] = [];
  let stored = 0;
  let nextId = 10_000_000;
  for (const target of [1_000, 10_000, 100_000]) {
    storeRange(db, stored, target, 5_000);
    stored = target;
    // Seven trials of 500 new articles in batches of 50 (a feed's worth), each through dedupe then insert; the median
    // resists the noise of a shared machine. The table grows by 3,500 articles at most: 3.5 % of the smallest size.
    const trialsUs: number[] = [];
    for (let trial = 0; trial < 7; trial += 1) {
      const startedMs = performance.now();
      storeRange(db, nextId, nextId + 500, 50);
      trialsUs.push(((performance.now() - startedMs) * 1000) / 500);
      nextId += 500;
    }
    trialsUs.sort((a, b) => a - b);
    perArticleUs.push(trialsUs[3]!);
    figure(
      `growth: time per new article with ${target.toLocaleString('en')} stored`,
      `${perArticleUs.at(-1)!.toFixed(1)} µs (median of 7)`,
    );
  }
  figure('growth: ratio 100k / 1k', `${(perArticleUs[2]! / perArticleUs[0]!).toFixed(2)}x`, '<= 1.5x');
  db.close();
}

function benchStore(dir: string): void {
  const dbFile = path.join(dir, 'bench-store.sqlite');
  const db = openDatabase(dbFile);
  syncSourceConfigs(
    db,
    [
      {
        id: 'bench',
        name: 'bench',
        url: 'https://bench.example/',
        kind: 'rss',
        lang: 'en',
        intervalMs: 3_600_000,
        selector: null,
        resolveLinks: true,
      },
    ],
    '2026-01-01T00:00:00.000Z',
  );
  const n = 100_000;
  const startedMs = performance.now();
  storeRange(db, 0, n, n);
  const elapsedMs = performance.now() - startedMs;
  figure(
    'store: 100,000 articles, one transaction (storeArticle)',
    `${Math.round(n / (elapsedMs / 1000))} rows/s`,
  );
  db.pragma('wal_checkpoint(TRUNCATE)');
  const nArticles = countArticles(db);
  db.close();
  const bytes = statSync(dbFile).size;
  figure(
    'store: database bytes per 1,000 articles (600-char text)',
    `${(((bytes / nArticles) * 1000) / 1024).toFixed(0)} KiB`,
  );
}

export async function run(): Promise<void> {
  // The machine is shared: say how busy it was, so that the figures can be read in context.
  console.log(
    `collect: load average ${os
      .loadavg()
      .map((load) => load.toFixed(1))
      .join(' ')} on ${CORES} cores`,
  );
  const parseBench = path.join(import.meta.dirname, 'collect-parse.ts');
  if (existsSync(parseBench)) {
    const { benchParse } = (await import('./collect-parse.ts')) as { benchParse: () => Promise<void> };
    await benchParse();
  } else {
    console.log('parse: bench/collect-parse.ts is not there yet');
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'wbw-bench-collect-'));
  try {
    await benchScrape(dir);
    benchGrowth(dir);
    benchStore(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.filename === process.argv[1] && process.argv[2] === 'child-scrape') {
  await childScrape(process.argv[3]!, process.argv[4]!);
}
