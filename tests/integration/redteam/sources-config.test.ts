import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadSourcesConfig } from '../../../scrapers/sources/index.ts';
import { type LocalServer, startLocalServer } from '../../helpers/local-server.ts';
import { makeTempDir, runWbw } from '../scrape/harness.ts';
import { RSS_HEADERS, readStored, rssFeed, scrapeSources } from './redteam-harness.ts';

/**
 * Red team, hostile sources.yaml files: each error names the file, the entry (index and id) and the field; the real
 * `wbw scrape` refuses the file before touching the network or the database, and loses nothing already stored.
 */

const dir = makeTempDir('redteam-sources');
const HEAD = 'allow_private_hosts: [127.0.0.1]\nsources:\n';
const GOOD = '  - { id: good, url: "http://127.0.0.1:9/feed.xml", kind: rss }\n';

function writeCase(name: string, text: string): string {
  const file = path.join(dir, `${name}.yaml`);
  writeFileSync(file, text);
  return file;
}

function loadError(file: string): string {
  try {
    loadSourcesConfig(file);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`no error for ${file}`);
}

const CASES: [string, string, RegExp[]][] = [
  [
    'duplicate-ids',
    `${HEAD}${GOOD}  - { id: other, url: "http://127.0.0.1:9/a.xml", kind: rss }\n  - { id: good, url: "http://127.0.0.1:9/b.xml", kind: rss }\n`,
    [/sources\[2\]/, /good/, /duplicate|unique/i],
  ],
  [
    'unknown-key',
    `${HEAD}${GOOD}  - { id: typo, url: "http://127.0.0.1:9/a.xml", kind: rss, intreval: 1h }\n`,
    [/sources\[1\] \(id "typo"\)/, /intreval/],
  ],
  [
    'interval-zero',
    `${HEAD}  - { id: zero, url: "http://127.0.0.1:9/a.xml", kind: rss, interval: 0s }\n`,
    [/sources\[0\] \(id "zero"\)\.interval/],
  ],
  [
    'interval-negative',
    `${HEAD}  - { id: negative, url: "http://127.0.0.1:9/a.xml", kind: rss, interval: -5m }\n`,
    [/\.interval/],
  ],
  [
    'page-without-selector',
    `${HEAD}  - { id: listing, url: "http://127.0.0.1:9/", kind: page }\n`,
    [/sources\[0\] \(id "listing"\)/, /selector/],
  ],
  [
    'bad-scheme',
    `${HEAD}  - { id: local-file, url: "file:///etc/passwd", kind: rss }\n`,
    [/sources\[0\] \(id "local-file"\)\.url/, /http/],
  ],
  [
    'not-a-slug',
    `${HEAD}  - { id: "Bad Id", url: "http://127.0.0.1:9/a.xml", kind: rss }\n`,
    [/sources\[0\].*\.id/, /slug/],
  ],
  ['unknown-top-key', `${HEAD}${GOOD}politness: { timeout: 5s }\n`, [/politness/]],
  [
    'bad-politeness',
    `allow_private_hosts: [127.0.0.1]\npoliteness: { timeout: forever, max_body: huge }\nsources:\n${GOOD}`,
    [/politeness\.timeout/, /politeness\.max_body/],
  ],
  [
    'duplicate-yaml-key',
    `${HEAD}  - id: twice\n    id: again\n    url: "http://127.0.0.1:9/a.xml"\n    kind: rss\n`,
    [/invalid YAML/, /duplicate-yaml-key\.yaml/],
  ],
  [
    'alias-bomb',
    `a: &a ["x","x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]\n${HEAD}${GOOD}`,
    [/alias-bomb\.yaml/],
  ],
  ['not-a-mapping', '- just\n- a list\n', [/not-a-mapping\.yaml/]],
  ['empty-file', '', [/empty-file\.yaml/]],
];

describe('loadSourcesConfig names the file, the entry and the field', () => {
  test.each(CASES)('%s', (name, text, patterns) => {
    const file = writeCase(name, text);
    const started = performance.now();
    const message = loadError(file);
    // A hostile file is refused quickly (the alias bomb would expand to 10^6 nodes).
    expect(performance.now() - started).toBeLessThan(2000);
    expect(message).toContain(file);
    for (const pattern of patterns) expect(message).toMatch(pattern);
  });
});

describe('wbw scrape with a broken sources.yaml', () => {
  let server: LocalServer;

  beforeAll(async () => {
    server = await startLocalServer();
    server.setRoute('/feed.xml', {
      headers: RSS_HEADERS,
      body: rssFeed([{ title: 'Stored before the config broke', link: server.url('/articles/kept') }]),
    });
  });

  afterAll(async () => {
    await server?.close();
  });

  test('fails clearly, requests nothing and loses nothing already stored', async () => {
    const first = await scrapeSources('redteam-sources-run', [{ id: 'kept', url: server.url('/feed.xml') }]);
    expect(first.run.code, first.run.stderr).toBe(0);
    expect(first.articlesOf('kept')).toHaveLength(1);
    const requestsBefore = server.requests.length;
    const broken = writeCase(
      'broken-for-run',
      `${HEAD}  - { id: kept, url: "${server.url('/feed.xml')}", kind: rss, interval: 0s }\n`,
    );
    const run = await runWbw(['scrape', '--all', '--json', '--sources', broken, '--db', first.dbFile]);
    expect(run.code).not.toBe(0);
    expect(run.stdout.trim()).toBe('');
    expect(run.stderr).toContain(broken);
    expect(run.stderr).toMatch(/sources\[0\] \(id "kept"\)\.interval/);
    expect(server.requests.length).toBe(requestsBefore);
    expect(readStored(first.dbFile).articles.map((article) => article.title)).toEqual([
      'Stored before the config broke',
    ]);
  }, 60_000);
});
