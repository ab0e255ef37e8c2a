import { describe, expect, test } from 'vitest';
import { openDatabase } from '../../../src/db/connection.ts';
import { listSourceHealth, syncSourceConfigs } from '../../../src/db/sources.ts';

function sourceConfig(id: string) {
  return {
    id,
    name: id,
    url: `https://${id}.example/feed.xml`,
    kind: 'rss' as const,
    lang: 'en',
    intervalMs: 3_600_000,
    selector: null,
    resolveLinks: true,
  };
}

function totalChanges(db: ReturnType<typeof openDatabase>): number {
  return (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
}

describe('syncSourceConfigs on an unchanged sources.yaml', () => {
  test('writes no row when nothing changed, and only the rows that did otherwise', () => {
    const db = openDatabase(':memory:');
    const configs = ['alpha', 'beta', 'gamma'].map(sourceConfig);
    syncSourceConfigs(db, configs, '2026-01-01T00:00:00.000Z');
    const before = totalChanges(db);
    syncSourceConfigs(db, configs, '2026-01-02T00:00:00.000Z');
    expect(totalChanges(db) - before).toBe(0);
    // Dropping one source deactivates that one row only; listing it again reactivates it.
    const afterUnchanged = totalChanges(db);
    syncSourceConfigs(db, configs.slice(0, 2), '2026-01-03T00:00:00.000Z');
    expect(totalChanges(db) - afterUnchanged).toBe(1);
    expect(listSourceHealth(db).map((source) => [source.id, source.active])).toEqual([
      ['alpha', true],
      ['beta', true],
      ['gamma', false],
    ]);
    syncSourceConfigs(db, configs, '2026-01-04T00:00:00.000Z');
    expect(listSourceHealth(db).find((source) => source.id === 'gamma')?.active).toBe(true);
    db.close();
  });
});
