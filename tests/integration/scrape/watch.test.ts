import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openDatabase } from '../../../src/db/connection.ts';
import { listSourceHealth } from '../../../src/db/sources.ts';
import { type LocalServer, startLocalServer } from '../../helpers/local-server.ts';
import { generateFeed, makeTempDir, spawnWbw, writeTestSources } from './harness.ts';

/** `wbw scrape --watch`: the schedule is kept in the database, and SIGTERM/SIGINT stop it cleanly. */

let server: LocalServer;

beforeAll(async () => {
  server = await startLocalServer();
  server.setRoute('/feed.xml', {
    headers: { 'content-type': 'application/rss+xml' },
    body: generateFeed(server.origin, 'watch', 20),
  });
});

afterAll(async () => {
  await server.close();
});

/** Starts a watcher, waits for its first JSON line, sends `signal`, and returns that line and the exit code. */
async function watchOnce(
  sourcesFile: string,
  dbFile: string,
  signal: NodeJS.Signals,
): Promise<{ firstLine: Record<string, unknown>; code: number | null }> {
  const child = spawnWbw(['scrape', '--watch', '--json', '--sources', sourcesFile, '--db', dbFile]);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const firstLine = await new Promise<Record<string, unknown>>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the watcher printed nothing in time')), 60_000);
    let buffer = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      const newline = buffer.indexOf('\n');
      if (newline >= 0) {
        clearTimeout(timer);
        resolve(JSON.parse(buffer.slice(0, newline)) as Record<string, unknown>);
      }
    });
  });
  child.kill(signal);
  return { firstLine, code: await exited };
}

describe('wbw scrape --watch', () => {
  test('stops on SIGTERM with 143 and on SIGINT with 130; a restart resumes from next_fetch_at', async () => {
    const dir = makeTempDir('watch');
    const dbFile = path.join(dir, 'wbw.sqlite');
    const sourcesFile = writeTestSources(dir, [
      { id: 'watched', url: server.url('/feed.xml'), interval: '1h' },
    ]);

    const first = await watchOnce(sourcesFile, dbFile, 'SIGTERM');
    expect(first.firstLine).toMatchObject({ source: 'watched', status: 'ok', new: 20 });
    expect(first.code).toBe(143);

    const db = openDatabase(dbFile, { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const nextMs = Date.parse(String(listSourceHealth(db)[0]?.nextFetchAt));
      expect(nextMs - Date.now()).toBeGreaterThan(50 * 60_000);
    } finally {
      db.close();
    }

    const second = await watchOnce(sourcesFile, dbFile, 'SIGINT');
    expect(second.firstLine).toMatchObject({ source: 'watched', status: 'skipped', reason: 'not_due' });
    expect(second.code).toBe(130);
    expect(server.requests.filter((request) => request.path === '/feed.xml')).toHaveLength(1);
  });
});
