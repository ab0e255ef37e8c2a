import { spawn } from 'node:child_process';
import { cpSync, createReadStream, existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createGzip } from 'node:zlib';

/**
 * Builds the small fixture site (tests/fixtures/site) once into a temporary folder and serves it from 127.0.0.1 on
 * port 0. Shared by the browser tests and the feed/security integration tests (STYLE: "Browser tests build a small
 * fixture site, preview it on port 0").
 */
export const FIXTURE_ROOT = path.resolve('tests/fixtures/site');
/** The fixture's "now": the digest covers the 52 completed weeks before it. */
export const FIXTURE_NOW = '2024-10-20T12:00:00Z';

export interface FixtureSite {
  /** The temporary folder holding everything below; remove it when done. */
  workDir: string;
  outDir: string;
  curatedDir: string;
  siteUrl: string;
}

/**
 * Runs `astro build` (with Pagefind and the open-data export) over the fixture events plus any extra curated folders.
 * @throws Error with the build's output when it fails
 */
export async function buildFixtureSite(extraCuratedDirs: string[] = []): Promise<FixtureSite> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'wbw-site-'));
  const curatedDir = path.join(work, 'curated');
  cpSync(path.join(FIXTURE_ROOT, 'curated'), curatedDir, { recursive: true });
  for (const extra of extraCuratedDirs) cpSync(extra, curatedDir, { recursive: true });
  const outDir = path.join(work, 'dist');
  const siteUrl = 'http://wbw.test';
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    WBW_CURATED_DIR: curatedDir,
    WBW_ENTITIES_DIR: path.join(FIXTURE_ROOT, 'entities'),
    WBW_DB: path.join(work, 'none.sqlite'),
    WBW_OUT_DIR: outDir,
    WBW_SITE_URL: siteUrl,
    WBW_NOW: FIXTURE_NOW,
  };
  delete env['WBW_EVENTS_JSON'];
  const output: string[] = [];
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn(process.execPath, [path.resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.on('error', reject);
    child.on('close', (exitCode) => resolve(exitCode ?? 1));
  });
  if (code !== 0)
    throw new Error(`site fixture: astro build failed (${code}):\n${output.join('').slice(-4000)}`);
  return { workDir: work, outDir, curatedDir, siteUrl };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.xml': 'application/rss+xml',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.csv': 'text/csv',
  '.ndjson': 'application/x-ndjson',
  '.png': 'image/png',
};

/**
 * A tiny static server for a built site: directory URLs serve their index.html; nothing outside `root` is served.
 * Like any real host it compresses text (gzip) and lets browsers cache Astro's hashed `/_astro/` files for good, so
 * that Lighthouse measures the site rather than this server.
 */
export async function serveStatic(root: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = path.join(root, path.normalize(pathname));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    const headers: Record<string, string> = { 'Content-Type': type };
    if (pathname.startsWith('/_astro/')) headers['Cache-Control'] = 'public, max-age=31536000, immutable';
    else headers['Cache-Control'] = 'public, max-age=600';
    const compressible = /^(text\/|application\/(json|rss\+xml|x-ndjson))/.test(type);
    if (compressible && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      headers['Content-Encoding'] = 'gzip';
      headers['Vary'] = 'Accept-Encoding';
      response.writeHead(200, headers);
      createReadStream(file).pipe(createGzip()).pipe(response);
      return;
    }
    response.writeHead(200, headers);
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Every file under a folder, relative paths. */
export function listFiles(root: string, dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(root, full) : [path.relative(root, full)];
  });
}

/** Chromium flags for this machine (LIBRARIES.md): Debian's chromium, no network chatter, a fresh profile. */
export function chromiumArgs(userDataDir: string): string[] {
  return [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
    `--user-data-dir=${userDataDir}`,
  ];
}
