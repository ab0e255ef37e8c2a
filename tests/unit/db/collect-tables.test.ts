import { beforeEach, describe, expect, test } from 'vitest';
import { countArticles, iterateArticles, type NewArticle, storeArticle } from '../../../src/db/articles.ts';
import { type Db, openDatabase } from '../../../src/db/connection.ts';
import { insertFetchLog, listFetchLog } from '../../../src/db/fetch-log.ts';
import {
  getSourceState,
  listSourceHealth,
  recordSourceFailure,
  recordSourceNotModified,
  recordSourceSuccess,
  type SourceConfigRecord,
  syncSourceConfigs,
} from '../../../src/db/sources.ts';

const NOW = '2026-01-10T12:00:00.000Z';

function sourceConfig(id: string, overrides: Partial<SourceConfigRecord> = {}): SourceConfigRecord {
  return {
    id,
    name: id,
    url: `https://example.org/${id}.xml`,
    kind: 'rss',
    lang: null,
    intervalMs: 3_600_000,
    selector: null,
    resolveLinks: true,
    ...overrides,
  };
}

function article(overrides: Partial<NewArticle> = {}): NewArticle {
  return {
    url: 'https://news.example.org/a',
    guid: null,
    publisher: null,
    publisherUrl: null,
    publisherKey: 'news.example.org',
    title: 'Apple removes Parler',
    titleKey: 'apple removes parler',
    publishedAt: '2021-01-09T10:00:00.000Z',
    publishedRaw: 'Sat, 09 Jan 2021 10:00:00 GMT',
    fetchedAt: NOW,
    lang: 'en',
    text: 'Apple removed the Parler app from the App Store on Saturday.',
    contentHash: null,
    ...overrides,
  };
}

let db: Db;
beforeEach(() => {
  db = openDatabase(':memory:');
  syncSourceConfigs(db, [sourceConfig('one'), sourceConfig('two')], NOW);
});

describe('storeArticle', () => {
  test('stores a new article once and counts the same canonical URL again as seen', () => {
    expect(storeArticle(db, article(), 'one').isNew).toBe(true);
    expect(storeArticle(db, article({ title: 'Other title', titleKey: 'other title' }), 'one').isNew).toBe(
      false,
    );
    expect(countArticles(db)).toBe(1);
  });

  test('treats the same content hash under another URL as a syndicated copy', () => {
    storeArticle(db, article({ contentHash: 'h1' }), 'one');
    const copy = storeArticle(
      db,
      article({ url: 'https://mirror.example.net/x', publisherKey: 'mirror.example.net', contentHash: 'h1' }),
      'two',
    );
    expect(copy.isNew).toBe(false);
    expect(countArticles(db)).toBe(1);
  });

  test('treats the same publisher, title and day as the same article', () => {
    storeArticle(db, article(), 'one');
    const again = storeArticle(
      db,
      article({ url: 'https://news.example.org/amp/a', publishedAt: '2021-01-09T18:00:00.000Z' }),
      'two',
    );
    expect(again.isNew).toBe(false);
    const other = storeArticle(
      db,
      article({ url: 'https://news.example.org/b', publishedAt: '2021-01-10T09:00:00.000Z' }),
      'two',
    );
    expect(other.isNew).toBe(true);
  });

  test('does not merge articles without a date by title', () => {
    storeArticle(db, article({ publishedAt: null }), 'one');
    expect(
      storeArticle(db, article({ url: 'https://news.example.org/c', publishedAt: null }), 'one').isNew,
    ).toBe(true);
  });

  test('lists every source that carried an article, first one first', () => {
    storeArticle(db, article(), 'two');
    storeArticle(db, article(), 'one');
    storeArticle(db, article(), 'two');
    const [stored] = [...iterateArticles(db)];
    expect(stored?.source).toBe('two');
    expect(stored?.sources).toEqual(['two', 'one']);
    expect([...iterateArticles(db, { sourceId: 'one' })]).toHaveLength(1);
  });
});

describe('iterateArticles', () => {
  test('returns the text only when asked and its length always', () => {
    storeArticle(db, article(), 'one');
    const [without] = [...iterateArticles(db)];
    const [withText] = [...iterateArticles(db, { withText: true })];
    expect(without?.text).toBeNull();
    expect(withText?.text).toBe(article().text);
    expect(without?.textLength).toBe(article().text.length);
  });
});

describe('source health', () => {
  test('a failure counts up, keeps the error and the first failure time; a success resets them', () => {
    const failure = {
      error: 'fetcher: HTTP 500',
      nextFetchAt: '2026-01-10T14:00:00.000Z',
      goneStatus: false,
      goneConfirmationsNeeded: 3,
    };
    recordSourceFailure(db, 'one', { ...failure, nowIso: NOW });
    recordSourceFailure(db, 'one', { ...failure, nowIso: '2026-01-10T14:00:00.000Z' });
    let health = listSourceHealth(db).find((source) => source.id === 'one');
    expect(health?.consecutiveFailures).toBe(2);
    expect(health?.failingSince).toBe(NOW);
    expect(health?.lastError).toBe('fetcher: HTTP 500');
    recordSourceSuccess(db, 'one', {
      nowIso: '2026-01-10T15:00:00.000Z',
      etag: '"v1"',
      lastModified: null,
      warning: null,
      nextFetchAt: '2026-01-10T16:00:00.000Z',
    });
    health = listSourceHealth(db).find((source) => source.id === 'one');
    expect(health?.consecutiveFailures).toBe(0);
    expect(health?.failingSince).toBeNull();
    expect(getSourceState(db, 'one')?.etag).toBe('"v1"');
  });

  test('a 410 marks the source gone only after the needed confirmations', () => {
    const gone = {
      error: 'fetcher: HTTP 410',
      nextFetchAt: NOW,
      goneStatus: true,
      goneConfirmationsNeeded: 3,
    };
    recordSourceFailure(db, 'one', { ...gone, nowIso: NOW });
    recordSourceFailure(db, 'one', { ...gone, nowIso: NOW });
    expect(getSourceState(db, 'one')?.gone).toBe(false);
    recordSourceFailure(db, 'one', { ...gone, nowIso: NOW });
    expect(getSourceState(db, 'one')?.gone).toBe(true);
  });

  test('a 304 keeps the validators and sets the next fetch', () => {
    recordSourceSuccess(db, 'one', {
      nowIso: NOW,
      etag: '"v1"',
      lastModified: 'Sat, 09 Jan 2021 10:00:00 GMT',
      warning: null,
      nextFetchAt: NOW,
    });
    recordSourceNotModified(db, 'one', { nowIso: NOW, nextFetchAt: '2026-01-10T13:00:00.000Z' });
    const state = getSourceState(db, 'one');
    expect(state?.etag).toBe('"v1"');
    expect(state?.nextFetchAt).toBe('2026-01-10T13:00:00.000Z');
  });
});

describe('syncSourceConfigs', () => {
  test('keeps health across syncs, marks removed sources inactive, and forgets validators when the URL changes', () => {
    recordSourceSuccess(db, 'one', {
      nowIso: NOW,
      etag: '"v1"',
      lastModified: null,
      warning: null,
      nextFetchAt: NOW,
    });
    syncSourceConfigs(db, [sourceConfig('one', { name: 'Renamed' })], NOW);
    expect(getSourceState(db, 'one')?.etag).toBe('"v1"');
    expect(listSourceHealth(db).find((source) => source.id === 'two')?.active).toBe(false);
    syncSourceConfigs(db, [sourceConfig('one', { url: 'https://example.org/moved.xml' })], NOW);
    expect(getSourceState(db, 'one')?.etag).toBeNull();
  });
});

describe('fetch_log', () => {
  test('records every fetch in order', () => {
    for (const status of ['ok', 'error'] as const) {
      insertFetchLog(db, {
        sourceId: 'one',
        url: 'https://example.org/one.xml',
        startedAt: NOW,
        finishedAt: NOW,
        status,
        reason: null,
        httpStatus: status === 'ok' ? 200 : 500,
        bytes: 10,
        error: null,
        nNew: 1,
        nSeen: 0,
      });
    }
    expect(listFetchLog(db, 'one').map((entry) => entry.httpStatus)).toEqual([200, 500]);
    expect(listFetchLog(db, 'two')).toEqual([]);
  });
});
