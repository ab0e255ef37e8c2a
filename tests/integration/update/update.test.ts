import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';
import { storeArticle } from '../../../src/db/articles.ts';
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
    const lines = first.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toContainEqual(expect.objectContaining({ source: 'offline-feed', status: 'error' }));
    const summary = lines.at(-1)!['summary'] as { unreachable: string[] };
    expect(summary.unreachable).toEqual(['offline-feed']);
    expect(first.stderr).toContain('unreachable: offline-feed');
    const rowsAfterFirst = eventRows(dbFile);
    await run('npx', [...args.slice(0, 2), '--no-scrape', ...args.slice(2)], { encoding: 'utf8' });
    expect(eventRows(dbFile)).toEqual(rowsAfterFirst);

    // Stored articles (our own sentences about a public event) go through the real extractor into one event; a second
    // update gives the same ids and the same rows.
    const db = openDatabase(dbFile);
    const reports = [
      [
        'https://news.example/en/1',
        'Example News',
        'en',
        'Apple removes Parler',
        'Apple removed Parler from its App Store on Saturday, January 9, 2021, citing threats of violence.',
      ],
      [
        'https://news.example/en/2',
        'Other Wire',
        'en',
        'Parler pulled from App Store',
        'On January 9, 2021, Apple removed Parler from the App Store after the riot at the Capitol.',
      ],
    ] as const;
    for (const [url, publisher, lang, title, text] of reports) {
      storeArticle(
        db,
        {
          url,
          guid: null,
          publisher,
          publisherUrl: null,
          publisherKey: publisher.toLowerCase(),
          title,
          titleKey: title.toLowerCase(),
          publishedAt: '2021-01-10T09:00:00.000Z',
          publishedRaw: '2021-01-10T09:00:00Z',
          fetchedAt: '2021-01-10T10:00:00.000Z',
          lang,
          text,
          contentHash: null,
        },
        'offline-feed',
      );
    }
    db.close();
    const noScrape = [...args.slice(0, 2), '--no-scrape', ...args.slice(2)];
    await run('npx', noScrape, { encoding: 'utf8' });
    const withArticles = eventRows(dbFile) as { id: string; actor: string; target: string }[];
    expect(withArticles.some((row) => row.actor === 'apple' && row.target === 'parler')).toBe(true);
    await run('npx', [...noScrape, '--reextract'], { encoding: 'utf8' });
    expect(eventRows(dbFile)).toEqual(withArticles);

    // A later report is added incrementally (only its bucket is re-clustered); a full rebuild then changes nothing.
    const later = openDatabase(dbFile);
    storeArticle(
      later,
      {
        url: 'https://journal.example/fr/3',
        guid: null,
        publisher: 'Journal Exemple',
        publisherUrl: null,
        publisherKey: 'journal exemple',
        title: 'Parler retiré',
        titleKey: 'parler retiré',
        publishedAt: '2021-01-11T09:00:00.000Z',
        publishedRaw: '2021-01-11T09:00:00Z',
        fetchedAt: '2021-01-11T10:00:00.000Z',
        lang: 'en',
        text: 'Apple removed Parler from its App Store on January 9, 2021.',
        contentHash: null,
      },
      'offline-feed',
    );
    later.close();
    const incremental = await run('npx', noScrape, { encoding: 'utf8' });
    expect(incremental.stderr).toMatch(/updating events for [1-9]\d* new claim/);
    const afterIncremental = eventRows(dbFile);
    await run('npx', [...noScrape, '--full'], { encoding: 'utf8' });
    expect(eventRows(dbFile)).toEqual(afterIncremental);
  });
});
