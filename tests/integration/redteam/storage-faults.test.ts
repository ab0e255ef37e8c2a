import { execFile, execFileSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openDatabase } from '../../../src/db/connection.ts';
import { type LocalServer, startLocalServer } from '../../helpers/local-server.ts';
import {
  generateFeed,
  makeTempDir,
  NODE,
  ROOT,
  runWbw,
  spawnWbw,
  WBW,
  writeTestSources,
} from '../scrape/harness.ts';
import { RSS_HEADERS, readStored, scrapeSources } from './redteam-harness.ts';

/**
 * Red team, storage faults through the real `wbw scrape`: a disk that fills up in the middle of a run (simulated with
 * a file-size limit, SIGXFSZ ignored so that writes fail with EFBIG as on a full disk), and a run killed with SIGKILL
 * again and again. Either way the run must fail clearly, keep the database intact, and lose nothing already stored.
 */

let server: LocalServer;

beforeAll(async () => {
  server = await startLocalServer();
  server.setRoute('/small.xml', { headers: RSS_HEADERS, body: generateFeed(server.origin, 'small', 20) });
  for (let index = 0; index < 12; index += 1) {
    server.setRoute(`/big-${index}.xml`, {
      headers: RSS_HEADERS,
      body: generateFeed(server.origin, `big${index}`, 800, { textLength: 1500 }),
    });
  }
});

afterAll(async () => {
  await server?.close();
});

function integrityOf(dbFile: string): unknown {
  const db = openDatabase(dbFile, { readonly: true });
  try {
    return db.pragma('integrity_check', { simple: true });
  } finally {
    db.close();
  }
}

function runLimited(
  args: string[],
  fileSizeLimitKiB: number,
): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    // `trap '' XFSZ` is inherited through exec: a write past the limit then fails with EFBIG instead of killing.
    const script = `trap '' XFSZ; ulimit -f ${fileSizeLimitKiB}; exec "$0" "$@"`;
    execFile(
      'bash',
      ['-c', script, NODE, WBW, ...args],
      { cwd: ROOT, timeout: 90_000 },
      (error, _stdout, stderr) => {
        resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : null, stderr });
      },
    );
  });
}

describe('wbw scrape when storage fails', () => {
  test('a disk that fills up mid-run: exit non-zero with a clear message, database intact, nothing lost', async () => {
    const first = await scrapeSources('redteam-disk-full', [{ id: 'small', url: server.url('/small.xml') }]);
    expect(first.run.code, first.run.stderr).toBe(0);
    expect(first.articlesOf('small')).toHaveLength(20);
    const sizeKiB = Math.ceil(statSync(first.dbFile).size / 1024);
    const sources = Array.from({ length: 12 }, (_unused, index) => ({
      id: `big-${index}`,
      url: server.url(`/big-${index}.xml`),
    }));
    const sourcesFile = writeTestSources(
      first.dir,
      [{ id: 'small', url: server.url('/small.xml') }, ...sources],
      {
        timeout: '10s',
      },
    );
    // About 15 MB of new articles against a limit of the current size plus 2 MiB.
    const limited = await runLimited(
      ['scrape', '--all', '--json', '--sources', sourcesFile, '--db', first.dbFile],
      sizeKiB + 2048,
    );
    expect(limited.code).not.toBe(0);
    expect(limited.code).not.toBeNull();
    expect(limited.stderr).toMatch(/disk|full|too large|I\/O|database|SQLITE/i);
    expect(limited.stderr).not.toMatch(/^\s+at /m);
    expect(integrityOf(first.dbFile)).toBe('ok');
    const after = readStored(first.dbFile);
    expect(after.articles.filter((article) => article.sourceId === 'small')).toHaveLength(20);
    // Whole batches only: every big source has all of its 800 articles or none.
    for (const source of sources) {
      const n = after.articles.filter((article) => article.sourceId === source.id).length;
      expect([0, 800], source.id).toContain(n);
    }
  }, 120_000);

  test('SIGKILL again and again at different moments, then a full run: intact, complete, nothing twice', async () => {
    const first = await scrapeSources('redteam-kill', [{ id: 'small', url: server.url('/small.xml') }]);
    const sources = [
      { id: 'small', url: server.url('/small.xml') },
      ...Array.from({ length: 12 }, (_unused, index) => ({
        id: `big-${index}`,
        url: server.url(`/big-${index}.xml`),
      })),
    ];
    const sourcesFile = writeTestSources(first.dir, sources, { timeout: '10s' });
    const args = ['scrape', '--all', '--json', '--sources', sourcesFile, '--db', first.dbFile];
    for (const killAfterMs of [400, 900, 1500, 700]) {
      const child = spawnWbw(args);
      await new Promise((resolve) => setTimeout(resolve, killAfterMs));
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('close', resolve));
      expect(integrityOf(first.dbFile), `after a kill at ${killAfterMs} ms`).toBe('ok');
      const stored = readStored(first.dbFile);
      expect(stored.articles.filter((article) => article.sourceId === 'small')).toHaveLength(20);
    }
    const final = await scrapeSources(
      'unused',
      sources,
      { timeout: '10s' },
      { dir: first.dir, dbFile: first.dbFile },
    );
    expect(final.run.code, final.run.stderr).toBe(0);
    expect(integrityOf(first.dbFile)).toBe('ok');
    const urls = final.articles.map((article) => `${article.sourceId} ${article.url}`);
    expect(new Set(urls).size).toBe(urls.length);
    for (const source of sources) {
      expect(
        final.articles.filter((article) => article.sourceId === source.id),
        source.id,
      ).toHaveLength(source.id === 'small' ? 20 : 800);
    }
  }, 180_000);
  test('a --db that is not a database: exit 1 naming the problem, the file left as it was, nothing requested', async () => {
    const dir = makeTempDir('redteam-bad-db');
    const sourcesFile = writeTestSources(dir, [{ id: 'small', url: server.url('/small.xml') }]);
    const notADatabase = path.join(dir, 'notes.sqlite');
    const content = 'These are my notes, not a database.\n'.repeat(200);
    writeFileSync(notADatabase, content);
    const requestsBefore = server.requests.length;
    const garbage = await runWbw([
      'scrape',
      '--all',
      '--json',
      '--sources',
      sourcesFile,
      '--db',
      notADatabase,
    ]);
    expect(garbage.code).toBe(1);
    expect(garbage.stdout).toBe('');
    // One clear line, no stack trace (the stack is printed only with WBW_DEBUG=1).
    expect(garbage.stderr.trim()).toMatch(/^wbw: file is not a database$/m);
    expect(garbage.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(notADatabase, 'utf8')).toBe(content);
    expect(server.requests.length).toBe(requestsBefore);
  }, 60_000);

  test('a --db in a folder that does not exist yet: the folder is made and the run stores its articles', async () => {
    const dir = makeTempDir('redteam-new-folder');
    const sourcesFile = writeTestSources(dir, [{ id: 'small', url: server.url('/small.xml') }]);
    const dbFile = path.join(dir, 'no-such-folder', 'deeper', 'wbw.sqlite');
    const run = await runWbw(['scrape', '--all', '--json', '--sources', sourcesFile, '--db', dbFile]);
    expect(run.code, run.stderr).toBe(0);
    expect(readStored(dbFile).articles).toHaveLength(20);
  }, 60_000);
  test('a read-only database file: exit 1 naming it, nothing lost, the file intact', async () => {
    const first = await scrapeSources('redteam-read-only', [{ id: 'small', url: server.url('/small.xml') }]);
    expect(first.articlesOf('small')).toHaveLength(20);
    // The suite runs as root (CI and the developers' machines), for whom file modes do not stop a write: the
    // immutable attribute does.
    execFileSync('chattr', ['+i', first.dbFile]);
    let run: Awaited<ReturnType<typeof runWbw>>;
    try {
      run = await runWbw(['scrape', '--all', '--json', '--sources', first.sourcesFile, '--db', first.dbFile]);
    } finally {
      execFileSync('chattr', ['-i', first.dbFile]);
    }
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/readonly|read-only/i);
    expect(integrityOf(first.dbFile)).toBe('ok');
    expect(readStored(first.dbFile).articles).toHaveLength(20);
  }, 60_000);
});
