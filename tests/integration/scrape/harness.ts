import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The project root, and the pinned Node 24 (never the system's Node 20: better-sqlite3 crashes on it). */
export const ROOT = path.resolve(import.meta.dirname, '../../..');
export const NODE = path.join(ROOT, 'node_modules/.bin/node');
export const WBW = path.join(ROOT, 'bin/wbw.js');

export interface WbwRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** stdout parsed as JSON lines. */
  lines: Record<string, unknown>[];
}

/**
 * Runs `wbw ARGS` as a child process, asynchronously: the local test server lives in this process and must keep
 * answering while the child runs.
 */
export function runWbw(
  args: string[],
  options: { timeoutMs?: number; env?: Record<string, string> } = {},
): Promise<WbwRun> {
  return new Promise((resolve) => {
    execFile(
      NODE,
      [WBW, ...args],
      {
        cwd: ROOT,
        timeout: options.timeoutMs ?? 90_000,
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, ...(options.env ?? {}) },
      },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : null;
        const signal = error === null ? null : ((error.signal as NodeJS.Signals | undefined) ?? null);
        const lines = stdout
          .split('\n')
          .filter((line) => line.trim() !== '')
          .flatMap((line) => {
            try {
              return [JSON.parse(line) as Record<string, unknown>];
            } catch {
              return [];
            }
          });
        resolve({ code, signal, stdout, stderr, lines });
      },
    );
  });
}

/** Starts `wbw ARGS` and returns the child, for tests that kill it. */
export function spawnWbw(args: string[]): ChildProcess {
  return spawn(NODE, [WBW, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
}

export function makeTempDir(prefix: string): string {
  return mkdtempSync(path.join(os.tmpdir(), `wbw-${prefix}-`));
}

/** Reads tests/fixtures/scrape/NAME with `{{ORIGIN}}` (and any other `{{KEY}}`) replaced. */
export function readScrapeFixture(name: string, replacements: Record<string, string>): string {
  let text = readFileSync(path.join(ROOT, 'tests/fixtures/scrape', name), 'utf8');
  for (const [key, value] of Object.entries(replacements)) text = text.replaceAll(`{{${key}}}`, value);
  return text;
}

export interface TestSource {
  id: string;
  url: string;
  kind?: 'rss' | 'page';
  selector?: string;
  interval?: string;
  lang?: string;
}

/**
 * Writes a sources.yaml for a local test: 127.0.0.1 allowed, politeness lowered (as DESIGN §3 allows for tests).
 * @returns the file's path
 */
export function writeTestSources(
  dir: string,
  sources: TestSource[],
  politeness: Record<string, string | number> = {},
): string {
  const file = path.join(dir, 'sources.yaml');
  const merged = {
    per_origin_concurrency: 8,
    per_origin_delay: '0s',
    timeout: '3s',
    max_body: '5MiB',
    ...politeness,
  };
  const lines = ['allow_private_hosts: [127.0.0.1]', 'politeness:'];
  for (const [key, value] of Object.entries(merged)) lines.push(`  ${key}: ${JSON.stringify(value)}`);
  lines.push('sources:');
  for (const source of sources) {
    lines.push(
      `  - id: ${source.id}`,
      `    url: ${JSON.stringify(source.url)}`,
      `    kind: ${source.kind ?? 'rss'}`,
    );
    if (source.selector !== undefined) lines.push(`    selector: ${JSON.stringify(source.selector)}`);
    if (source.interval !== undefined) lines.push(`    interval: ${source.interval}`);
    if (source.lang !== undefined) lines.push(`    lang: ${source.lang}`);
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

/** An RSS 2.0 feed of `nItems` generated items, each with its own link, title and date. */
export function generateFeed(
  origin: string,
  feedId: string,
  nItems: number,
  options: { textLength?: number } = {},
): string {
  const filler =
    'The committee met on Tuesday to discuss the budget for the coming year and the new library. ';
  const parts = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<rss version="2.0"><channel>',
    `<title>Generated ${feedId}</title><link>${origin}/</link>`,
  ];
  for (let index = 0; index < nItems; index += 1) {
    const day = String(1 + (index % 28)).padStart(2, '0');
    const text = `Item ${index} of ${feedId}. ${filler.repeat(Math.ceil((options.textLength ?? 120) / filler.length))}`;
    parts.push(
      `<item><title>${feedId} report number ${index}</title>`,
      `<link>${origin}/articles/${feedId}/${index}</link>`,
      `<guid>${feedId}-${index}</guid>`,
      `<description>${text.slice(0, options.textLength ?? 120)}</description>`,
      `<pubDate>${new Date(Date.UTC(2021, 0, Number(day), 10, index % 60)).toUTCString()}</pubDate></item>`,
    );
  }
  parts.push('</channel></rss>');
  return parts.join('\n');
}
