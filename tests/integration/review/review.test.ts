import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { openDatabase } from '../../../src/db/connection.ts';
import { listAutomaticEvents } from '../../../src/db/events.ts';
import { loadCurated } from '../../../src/lib/load-curated.ts';
import { rebuildEvents } from '../../../src/pipeline/rebuild-events.ts';
import { makeClaim } from '../../unit/events/claim-factory.ts';

const run = promisify(execFile);
let dir = '';
let dbFile = '';
let curatedDir = '';
let ids: string[] = [];

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'wbw-review-'));
  dbFile = path.join(dir, 'wbw.sqlite');
  curatedDir = path.join(dir, 'curated');
  const db = openDatabase(dbFile);
  rebuildEvents(db, {
    claims: [
      makeClaim({
        article_url: 'https://a.example/1',
        publisher: 'A',
        evidence: 'Apple removed Parler \u001b[31mfrom its store.',
      }),
      makeClaim({ article_url: 'https://b.example/2', publisher: 'B', action: 'ban', date: '2021-02-20' }),
      makeClaim({
        article_url: 'https://c.example/3',
        publisher: 'C',
        actor: 'aws',
        actor_name: 'AWS',
        action: 'terminate',
        service: 'hosting',
        date: '2021-01-10',
      }),
    ],
  });
  ids = listAutomaticEvents(db)
    .map((event) => event.id)
    .sort();
  db.close();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function wbw(...args: string[]) {
  return run('npx', ['wbw', 'review', '--db', dbFile, '--curated-dir', curatedDir, ...args], {
    encoding: 'utf8',
  });
}

describe('wbw review with flags', () => {
  test('--accept, --reject, --merge and --set write valid curated files', async () => {
    const [ban, remove, terminate] = [
      ids.find((id) => id.includes('bans'))!,
      ids.find((id) => id.includes('removes'))!,
      ids.find((id) => id.includes('aws'))!,
    ];
    await wbw('--reject', terminate);
    await wbw('--merge', remove, ban);
    await wbw('--set', remove, 'date=2021-01-08');
    const curated = new Map(loadCurated(curatedDir).map(({ event }) => [event.id, event]));
    expect(curated.get(terminate)).toMatchObject({ status: 'rejected', corrects: terminate });
    expect(curated.get(ban)).toMatchObject({ status: 'rejected', merged_into: remove });
    expect(curated.get(remove)).toMatchObject({
      status: 'reviewed',
      date: '2021-01-08',
      date_precision: 'day',
    });
    expect(
      curated
        .get(remove)!
        .sources.map((source) => source.url)
        .sort(),
    ).toEqual(['https://a.example/1', 'https://b.example/2']);
  });

  test('an unknown id fails with a message and a non-zero exit', async () => {
    await expect(wbw('--accept', 'no-such-event')).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('no event has the id'),
    });
  });
});

describe('wbw review in a terminal', () => {
  test('the interactive queue works through a pseudo-terminal: edit, accept, skip, reject', () => {
    // Python's pty gives the command a real terminal; it answers each prompt once it appears.
    const script = `
import os, pty, sys, time, select
answers = [b"e date=2021-02-19\\n", b"a\\n", b"s\\n", b"r\\n"]
pid, fd = pty.fork()
if pid == 0:
    os.execvp("npx", ["npx", "wbw", "review", "--db", sys.argv[1], "--curated-dir", sys.argv[2]])
out = b""
deadline = time.time() + 60
while time.time() < deadline:
    ready, _, _ = select.select([fd], [], [], 0.5)
    if not ready:
        continue
    try:
        chunk = os.read(fd, 65536)
    except OSError:
        break
    if not chunk:
        break
    out += chunk
    while answers and out.count(b"review> ") > 4 - len(answers):
        os.write(fd, answers.pop(0))
_, status = os.waitpid(pid, 0)
sys.stdout.write(out.decode("utf-8", "replace"))
sys.exit(os.waitstatus_to_exitcode(status))
`;
    const result = spawnSync('/usr/bin/python3', ['-c', script, dbFile, curatedDir], {
      encoding: 'utf8',
      timeout: 90_000,
    });
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain('[1/3]');
    expect(result.stdout).toContain('[3/3]');
    // Scraped text is printed without its terminal escape sequence.
    expect(result.stdout).not.toContain('\u001b[31m');
    expect(result.stdout).toContain('review: 3 file(s) written');
    const files = readdirSync(curatedDir).sort();
    expect(files).toHaveLength(2);
    const statuses = loadCurated(curatedDir)
      .map(({ event }) => event.status)
      .sort();
    expect(statuses).toEqual(['rejected', 'reviewed']);
  });
});
