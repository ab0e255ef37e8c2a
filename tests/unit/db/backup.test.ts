import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { countArticles, storeArticle } from '../../../src/db/articles.ts';
import { backupDatabase } from '../../../src/db/backup.ts';
import { openDatabase } from '../../../src/db/connection.ts';
import { syncSourceConfigs } from '../../../src/db/sources.ts';

describe('backupDatabase', () => {
  test('writes a consistent copy that opens with the same articles, and refuses to overwrite', () => {
    const db = openDatabase(':memory:');
    syncSourceConfigs(
      db,
      [
        {
          id: 'one',
          name: 'one',
          url: 'https://example.org/f',
          kind: 'rss',
          lang: 'en',
          intervalMs: 60_000,
          selector: null,
          resolveLinks: true,
        },
      ],
      '2026-01-01T00:00:00.000Z',
    );
    storeArticle(
      db,
      {
        url: 'https://example.org/a',
        guid: null,
        publisher: null,
        publisherUrl: null,
        publisherKey: 'example.org',
        title: 'A',
        titleKey: 'a',
        publishedAt: null,
        publishedRaw: null,
        fetchedAt: '2026-01-01T00:00:00.000Z',
        lang: 'en',
        text: 'text',
        contentHash: null,
      },
      'one',
    );
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'wbw-backup-')), 'copy.sqlite');
    backupDatabase(db, file);
    const copy = openDatabase(file, { readonly: true });
    try {
      expect(countArticles(copy)).toBe(1);
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      copy.close();
    }
    expect(() => backupDatabase(db, file)).toThrow(/already exists/);
  });
});
