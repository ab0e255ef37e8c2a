import { describe, expect, test } from 'vitest';
import {
  createNotModifiedWriter,
  type NotModifiedRecord,
} from '../../../scrapers/scrape/not-modified-writer.ts';
import { openDatabase } from '../../../src/db/connection.ts';
import { listFetchLog } from '../../../src/db/fetch-log.ts';
import { getSourceState, syncSourceConfigs } from '../../../src/db/sources.ts';

function databaseWithSources(ids: string[]) {
  const db = openDatabase(':memory:');
  syncSourceConfigs(
    db,
    ids.map((id) => ({
      id,
      name: id,
      url: `https://${id}.example/feed.xml`,
      kind: 'rss' as const,
      lang: 'en',
      intervalMs: 3_600_000,
      selector: null,
      resolveLinks: true,
    })),
    '2026-01-01T00:00:00.000Z',
  );
  return db;
}

function record(sourceId: string): NotModifiedRecord {
  return {
    sourceId,
    url: `https://${sourceId}.example/feed.xml`,
    startedAt: '2026-01-02T00:00:00.000Z',
    finishedAt: '2026-01-02T00:00:01.000Z',
    nextFetchAt: '2026-01-02T01:00:01.000Z',
  };
}

describe('not-modified writer', () => {
  test('stores the health and the fetch_log row of every 304 queued in one turn, and resolves after the commit', async () => {
    const db = databaseWithSources(['alpha', 'beta', 'gamma']);
    const writer = createNotModifiedWriter(db);
    const writes = ['alpha', 'beta', 'gamma'].map((id) => writer.write(record(id)));
    // Queued, not yet written: nothing is stored before the end of the turn.
    expect(listFetchLog(db)).toEqual([]);
    await Promise.all(writes);
    const log = listFetchLog(db);
    expect(log.map((entry) => [entry.sourceId, entry.status, entry.httpStatus])).toEqual([
      ['alpha', 'not_modified', 304],
      ['beta', 'not_modified', 304],
      ['gamma', 'not_modified', 304],
    ]);
    expect(getSourceState(db, 'beta')?.nextFetchAt).toBe('2026-01-02T01:00:01.000Z');
    db.close();
  });

  test('a storage failure rejects every write of the batch and stores none of it', async () => {
    const db = databaseWithSources(['alpha']);
    const writer = createNotModifiedWriter(db);
    // 'unknown' is not in sources: its fetch_log row breaks the foreign key, so the whole transaction rolls back.
    const outcomes = await Promise.allSettled([
      writer.write(record('alpha')),
      writer.write(record('unknown')),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected']);
    const reason = (outcomes[0] as PromiseRejectedResult).reason as Error;
    expect(reason.name).toBe('SqliteError');
    expect(listFetchLog(db)).toEqual([]);
    expect(getSourceState(db, 'alpha')?.nextFetchAt ?? null).toBeNull();
    db.close();
  });

  test('a later turn gets its own transaction after an earlier one failed', async () => {
    const db = databaseWithSources(['alpha']);
    const writer = createNotModifiedWriter(db);
    await expect(writer.write(record('unknown'))).rejects.toThrow();
    await writer.write(record('alpha'));
    expect(listFetchLog(db).map((entry) => entry.sourceId)).toEqual(['alpha']);
    db.close();
  });
});
