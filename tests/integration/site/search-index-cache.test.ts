import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { Entity } from '../../../src/core/entities/schema.ts';
import type { PublishedEvent } from '../../../src/core/events/types.ts';
import {
  SEARCH_MAX_FRAGMENTS,
  searchRecords,
  searchRecordsHash,
  startSearchIndex,
} from '../../../src/site/search-index.ts';
import { createSiteIndex } from '../../../src/site/site-index.ts';
import { listFiles } from '../../e2e/site-fixture.ts';

function event(id: string, fields: Partial<PublishedEvent>): PublishedEvent {
  return {
    id,
    status: 'reviewed',
    actor: 'google',
    actor_name: 'Google',
    action: 'remove',
    target: 'parler',
    target_name: 'Parler',
    service: 'app_store',
    date: '2021-01-08',
    date_precision: 'day',
    time: null,
    countries: [],
    announced: null,
    date_candidates: [],
    summary: `${id} summary`,
    confidence: 1,
    reverses: null,
    reversed_by: null,
    duration_days: null,
    sources: [],
    first_reported_at: null,
    notes: null,
    ...fields,
  };
}

const entities: Entity[] = [
  { id: 'google', name: 'Google', kind: 'app_store', aliases: {} },
  { id: 'apple', name: 'Apple', kind: 'app_store', aliases: {} },
];
const events = [
  event('2021-01-08-google-remove-parler', { summary: 'Google removed Parler from Google Play.' }),
  event('2021-01-09-apple-remove-parler', {
    actor: 'apple',
    actor_name: 'Apple',
    summary: 'Apple removed Parler from the App Store.',
  }),
];

const work = mkdtempSync(path.join(os.tmpdir(), 'wbw-search-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function readTree(root: string): Map<string, string> {
  return new Map(
    listFiles(root).map((file) => [file, readFileSync(path.join(root, file)).toString('base64')]),
  );
}

describe('search index', () => {
  test('records cover every event, company and target page, and their hash follows their content', () => {
    const index = createSiteIndex(events, entities, '2026-01-01T00:00:00Z');
    const records = searchRecords(index);
    const urls = records.map((record) => record.url);
    for (const item of events) expect(urls).toContain(`/events/${item.id}/`);
    expect(urls).toContain('/targets/parler/');
    expect(urls.filter((url) => url.startsWith('/companies/')).length).toBeGreaterThan(0);
    const changed = createSiteIndex(
      [events[0]!, { ...events[1]!, summary: 'Apple pulled Parler.' }],
      entities,
      '2026-01-01T00:00:00Z',
    );
    expect(searchRecordsHash(records, '1.6.0')).toBe(searchRecordsHash(searchRecords(index), '1.6.0'));
    expect(searchRecordsHash(searchRecords(changed), '1.6.0')).not.toBe(searchRecordsHash(records, '1.6.0'));
    expect(searchRecordsHash(records, '1.7.0')).not.toBe(searchRecordsHash(records, '1.6.0'));
    expect(SEARCH_MAX_FRAGMENTS).toBeGreaterThan(0);
  });

  test('an unchanged build reuses the cached index byte for byte; a damaged cache is ignored', async () => {
    const cacheDir = path.join(work, 'cache');
    const index = createSiteIndex(events, entities, '2026-01-01T00:00:00Z');

    const first = await (await startSearchIndex(index, cacheDir)).finish(path.join(work, 'first'));
    expect(first.cached).toBe(false);
    expect(first.records).toBe(searchRecords(index).length);
    const firstTree = readTree(path.join(work, 'first', 'pagefind'));
    expect(firstTree.size).toBe(first.files);
    expect([...firstTree.keys()]).toContain('pagefind-entry.json');

    const second = await (await startSearchIndex(index, cacheDir)).finish(path.join(work, 'second'));
    expect(second.cached).toBe(true);
    expect(readTree(path.join(work, 'second', 'pagefind'))).toEqual(firstTree);

    // A truncated cache file must not be trusted: the index is built again.
    const [cacheFile] = readdirSync(cacheDir).filter((name) => name.endsWith('.bin'));
    const bytes = readFileSync(path.join(cacheDir, cacheFile!));
    writeFileSync(path.join(cacheDir, cacheFile!), bytes.subarray(0, bytes.length - 10));
    const third = await (await startSearchIndex(index, cacheDir)).finish(path.join(work, 'third'));
    expect(third.cached).toBe(false);
    expect(readTree(path.join(work, 'third', 'pagefind'))).toEqual(firstTree);

    // Changed data: a new index, and only the latest one stays in the cache.
    const changed = createSiteIndex(
      [
        ...events,
        event('2021-01-10-google-remove-gab', { target: 'gab', target_name: 'Gab', summary: 'Gab.' }),
      ],
      entities,
      '2026-01-01T00:00:00Z',
    );
    const fourth = await (await startSearchIndex(changed, cacheDir)).finish(path.join(work, 'fourth'));
    expect(fourth.cached).toBe(false);
    expect(readdirSync(cacheDir).filter((name) => name.endsWith('.bin'))).toHaveLength(1);
  }, 60_000);
});
