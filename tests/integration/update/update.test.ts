import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';
import { openDatabase } from '../../../src/db/connection.ts';

const run = promisify(execFile);
const dir = mkdtempSync(path.join(os.tmpdir(), 'wbw-update-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A loopback port with nothing listening: what an unreachable source looks like, without the internet. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function eventRows(dbFile: string): unknown[] {
  const db = openDatabase(dbFile, { readonly: true });
  try {
    return db.prepare('SELECT * FROM events ORDER BY id').all();
  } finally {
    db.close();
  }
}

describe('wbw update', () => {
  test('offline: reports the unreachable source, succeeds, and a second run changes nothing', async () => {
    const port = await closedPort();
    const sourcesFile = path.join(dir, 'sources.yaml');
    writeFileSync(
      sourcesFile,
      [
        'allow_private_hosts: [127.0.0.1]',
        'politeness: { per_origin_delay: 0s, timeout: 5s }',
        'sources:',
        `  - { id: offline-feed, url: "http://127.0.0.1:${port}/feed.xml", kind: rss }`,
        '',
      ].join('\n'),
    );
    const dbFile = path.join(dir, 'wbw.sqlite');
    const args = ['wbw', 'update', '--json', '--db', dbFile, '--sources', sourcesFile];
    const first = await run('npx', args, { encoding: 'utf8' });
    const lines = first.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toContainEqual(expect.objectContaining({ source: 'offline-feed', status: 'error' }));
    const summary = lines.at(-1)!['summary'] as { unreachable: string[] };
    expect(summary.unreachable).toEqual(['offline-feed']);
    expect(first.stderr).toContain('unreachable: offline-feed');
    const rowsAfterFirst = eventRows(dbFile);
    await run('npx', [...args.slice(0, 2), '--no-scrape', ...args.slice(2)], { encoding: 'utf8' });
    expect(eventRows(dbFile)).toEqual(rowsAfterFirst);
  });
});
