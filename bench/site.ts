import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { listFiles, serveStatic } from '../tests/e2e/site-fixture.ts';
import { generateSiteDataset } from './site-dataset.ts';

/**
 * Benchmark suite "site" (issue 7): builds the site from generated datasets of 1,000, 10,000 and 50,000 events with
 * `npm run build` (Astro, event pages, feeds, shards, open data, Pagefind) and prints the build time and peak memory,
 * output sizes, what a visitor downloads, the filter's response time in chromium and Lighthouse scores.
 * `WBW_BENCH_SIZES=1000,10000` chooses the sizes; the browser figures are taken at the largest.
 */
const SIZES = (process.env['WBW_BENCH_SIZES'] ?? '1000,10000,50000').split(',').map(Number);

interface BuildFigures {
  n: number;
  seconds: number;
  peakMb: number;
  htmlPages: number;
  files: number;
  distMb: number;
  pagefindMb: number;
}

/** The 1, 5 and 15 minute load averages: on a shared machine a time means little without them. */
function loadAverages(): string {
  return os
    .loadavg()
    .map((load) => load.toFixed(1))
    .join(' ');
}

function sizeOf(dir: string): number {
  return listFiles(dir).reduce((total, file) => total + statSync(path.join(dir, file)).size, 0);
}

/** Runs `npm run build` under GNU time: wall seconds and the peak resident memory of the largest process. */
function build(
  eventsJson: string,
  outDir: string,
  searchCacheDir: string,
): { seconds: number; peakMb: number } {
  const timeFile = path.join(path.dirname(outDir), 'time.txt');
  const output = execFileSync('/usr/bin/time', ['-o', timeFile, '-f', '%e %M', 'npm', 'run', 'build'], {
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      WBW_EVENTS_JSON: eventsJson,
      WBW_OUT_DIR: outDir,
      WBW_NOW: '2026-01-15T00:00:00Z',
      // The benchmark's own search cache: the first build of each size is cold, whatever earlier builds left behind.
      WBW_SEARCH_CACHE_DIR: searchCacheDir,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  // Where the time went: Astro's own routes, then the data files written after the build.
  const phases = output
    .split('\n')
    .filter((line) => /generating static routes|✓ Completed in|\[wbw-data-files\]/.test(line))
    .map((line) => line.replace(/^\S+ /, '').trim())
    .filter((line) => !line.startsWith('[vite]'));
  for (const phase of phases) console.log(`  ${phase}`);
  const [seconds, kb] = readFileSync(timeFile, 'utf8').trim().split(/\s+/).map(Number);
  return { seconds: seconds!, peakMb: kb! / 1024 };
}

/** Gzip bytes of a page and of the CSS and JS it loads (following static imports between our own chunks). */
function pageWeight(outDir: string, pagePath: string): { html: number; css: number; js: number } {
  const htmlText = readFileSync(path.join(outDir, pagePath, 'index.html'), 'utf8');
  const gz = (file: string) => gzipSync(readFileSync(path.join(outDir, file)), { level: 9 }).length;
  const css = [...htmlText.matchAll(/<link rel="stylesheet" href="\/([^"]+)"/g)].reduce(
    (total, match) => total + gz(match[1]!),
    0,
  );
  const seen = new Set<string>();
  const queue = [...htmlText.matchAll(/<script[^>]*src="\/([^"]+)"/g)].map((match) => match[1]!);
  let js = 0;
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    js += gz(file);
    const text = readFileSync(path.join(outDir, file), 'utf8');
    for (const match of text.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) {
      queue.push(path.posix.join(path.posix.dirname(file), match[1]!));
    }
  }
  return { html: gzipSync(htmlText, { level: 9 }).length, css, js };
}

async function browserFigures(outDir: string, eventId: string): Promise<void> {
  const { chromium } = await import('playwright-core');
  const server = await serveStatic(outDir);
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'wbw-bench-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    const timeFilter = (name: string, value: string) =>
      page.evaluate(
        ([fieldName, fieldValue]) =>
          new Promise<number>((resolve) => {
            const status = document.getElementById('filter-status')!;
            const select = document.querySelector(`select[name=${fieldName}]`) as HTMLSelectElement;
            const started = performance.now();
            const observer = new MutationObserver(() => {
              if (status.textContent?.includes('match')) {
                observer.disconnect();
                // The list is in the DOM; wait for the next frame so the figure includes layout and paint.
                requestAnimationFrame(() => resolve(performance.now() - started));
              }
            });
            observer.observe(status, { childList: true, characterData: true, subtree: true });
            select.value = fieldValue!;
            select.dispatchEvent(new Event('change', { bubbles: true }));
          }),
        [name, value],
      );
    const cold = await timeFilter('company', 'google');
    const combined = await timeFilter('year', '2021');
    await timeFilter('company', '');
    const warm = await timeFilter('company', 'google');
    console.log(
      `filter → updated list at the largest size: company=google cold ${cold.toFixed(0)} ms, + year=2021 ${combined.toFixed(0)} ms, warm (cached shards) ${warm.toFixed(0)} ms`,
    );
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
  await lighthouseFigures(server.url, eventId);
  await server.close();
}

async function lighthouseFigures(baseUrl: string, eventId: string): Promise<void> {
  try {
    const { default: lighthouse } = await import('lighthouse');
    const chromeLauncher = await import('chrome-launcher');
    const chrome = await chromeLauncher.launch({
      chromePath: '/usr/bin/chromium',
      chromeFlags: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    try {
      for (const pagePath of ['/', `/events/${eventId}/`]) {
        const result = await lighthouse(`${baseUrl}${pagePath}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        });
        const categories = result?.lhr.categories ?? {};
        const scores = Object.entries(categories)
          .map(([name, category]) => `${name} ${Math.round((category.score ?? 0) * 100)}`)
          .join(', ');
        console.log(`lighthouse ${pagePath.length > 30 ? '/events/<id>/' : pagePath}: ${scores}`);
      }
    } finally {
      chrome.kill();
    }
  } catch (error) {
    console.log(`lighthouse: did not run here: ${(error as Error).message}`);
  }
}

export async function run(): Promise<void> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'wbw-bench-site-'));
  const figures: BuildFigures[] = [];
  try {
    for (const [position, n] of SIZES.entries()) {
      const dataset = generateSiteDataset(n);
      const eventsJson = path.join(work, `events-${n}.json`);
      writeFileSync(eventsJson, JSON.stringify(dataset));
      const outDir = path.join(work, `dist-${n}`);
      const searchCacheDir = path.join(work, 'search-cache');
      rmSync(searchCacheDir, { recursive: true, force: true });
      const loadBefore = loadAverages();
      const { seconds, peakMb } = build(eventsJson, outDir, searchCacheDir);
      const files = listFiles(outDir);
      const row: BuildFigures = {
        n,
        seconds,
        peakMb,
        htmlPages: files.filter((file) => file.endsWith('.html')).length,
        files: files.length,
        distMb: sizeOf(outDir) / 2 ** 20,
        pagefindMb: sizeOf(path.join(outDir, 'pagefind')) / 2 ** 20,
      };
      figures.push(row);
      console.log(
        `${n} events: build ${seconds.toFixed(1)} s, peak ${peakMb.toFixed(0)} MB, ${row.htmlPages} HTML pages ` +
          `(${((seconds * 1000) / row.htmlPages).toFixed(2)} ms a page), ${row.files} files, dist ${row.distMb.toFixed(0)} MB, ` +
          `Pagefind ${row.pagefindMb.toFixed(1)} MB; load average ${loadBefore} before, ${loadAverages()} after`,
      );
      const last = position === SIZES.length - 1;
      if (last) {
        const event = dataset.events[Math.floor(dataset.events.length / 2)]!;
        for (const [label, pagePath] of [
          ['/', ''],
          ['event page', `events/${event.id}`],
          ['company page', 'companies/google'],
        ] as const) {
          const weight = pageWeight(outDir, pagePath);
          const total = weight.html + weight.css + weight.js;
          console.log(
            `${label}: ${(total / 1024).toFixed(1)} kB gzip (HTML ${(weight.html / 1024).toFixed(1)}, CSS ${(weight.css / 1024).toFixed(1)}, JS ${(weight.js / 1024).toFixed(1)})`,
          );
        }
        await browserFigures(outDir, event.id);
        // What a scheduled rebuild sees most of the time: the same data again, so the search index comes from the cache.
        rmSync(outDir, { recursive: true, force: true });
        const rebuildLoad = loadAverages();
        const rebuild = build(eventsJson, outDir, searchCacheDir);
        console.log(
          `${n} events, rebuilt with unchanged data (search index from the cache): ${rebuild.seconds.toFixed(1)} s, ` +
            `peak ${rebuild.peakMb.toFixed(0)} MB; load average ${rebuildLoad} before, ${loadAverages()} after`,
        );
      }
      rmSync(outDir, { recursive: true, force: true });
    }
    for (let index = 1; index < figures.length; index++) {
      const [before, after] = [figures[index - 1]!, figures[index]!];
      console.log(
        `growth ${before.n} → ${after.n} events (×${(after.n / before.n).toFixed(0)}): time ×${(after.seconds / before.seconds).toFixed(1)}, memory ×${(after.peakMb / before.peakMb).toFixed(1)}`,
      );
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
