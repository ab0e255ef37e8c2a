import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadSourcesConfig, parseSourcesConfig } from '../../../scrapers/sources/index.ts';
import { SchemaValidationError } from '../../../src/core/schema-errors.ts';

const FILE = 'test/sources.yaml';

function errorOf(data: unknown): SchemaValidationError {
  try {
    parseSourcesConfig(data, FILE);
  } catch (error) {
    if (error instanceof SchemaValidationError) return error;
    throw error;
  }
  throw new Error('expected a validation error');
}

describe('parseSourcesConfig', () => {
  test('applies the DESIGN §3 defaults and parses durations and sizes', () => {
    const config = parseSourcesConfig(
      { sources: [{ id: 'feed-one', url: 'https://example.org/feed.xml', kind: 'rss' }] },
      FILE,
    );
    expect(config.policy).toMatchObject({
      perOriginConcurrency: 2,
      perOriginDelayMs: 1000,
      timeoutMs: 20_000,
      maxBodyBytes: 15 * 1024 * 1024,
      maxRedirects: 5,
      maxWaitMs: 86_400_000,
      allowPrivateHosts: [],
    });
    expect(config.policy.userAgent).toMatch(/^WhoBannedWhom\/\S+ \(\+https?:\/\/.+\)$/);
    expect(config.sources[0]).toEqual({
      id: 'feed-one',
      name: 'feed-one',
      url: 'https://example.org/feed.xml',
      kind: 'rss',
      lang: null,
      intervalMs: 3_600_000,
      selector: null,
      resolveLinks: true,
    });
  });

  test('accepts lowered politeness for tests and benchmarks', () => {
    const config = parseSourcesConfig(
      {
        allow_private_hosts: ['127.0.0.1'],
        politeness: { per_origin_concurrency: 16, per_origin_delay: '0s', timeout: '3s', max_body: '1MiB' },
        sources: [],
      },
      FILE,
    );
    expect(config.policy.perOriginDelayMs).toBe(0);
    expect(config.policy.timeoutMs).toBe(3000);
    expect(config.policy.maxBodyBytes).toBe(1024 * 1024);
    expect(config.policy.allowPrivateHosts).toEqual(['127.0.0.1']);
  });

  test('accepts a bare 0 delay and a size in bytes, and rejects an ambiguous bare duration', () => {
    const config = parseSourcesConfig(
      { politeness: { per_origin_delay: 0, max_body: 1048576 }, sources: [] },
      FILE,
    );
    expect(config.policy.perOriginDelayMs).toBe(0);
    expect(config.policy.maxBodyBytes).toBe(1_048_576);
    expect(errorOf({ politeness: { timeout: 20 }, sources: [] }).message).toMatch(
      /politeness\.timeout: not a duration/,
    );
  });

  test.each([
    {
      name: 'an unknown key names the entry and the key',
      entry: { id: 'feed-one', url: 'https://example.org/f', kind: 'rss', intervall: '1h' },
      expected: /test\/sources\.yaml: sources\[0\] \(id "feed-one"\).*intervall/,
    },
    {
      name: 'a bad duration names the field',
      entry: { id: 'feed-one', url: 'https://example.org/f', kind: 'rss', interval: 'often' },
      expected: /sources\[0\] \(id "feed-one"\)\.interval: not a duration/,
    },
    {
      name: 'a page source without a selector',
      entry: { id: 'page-one', url: 'https://example.org/', kind: 'page' },
      expected: /sources\[0\] \(id "page-one"\)\.selector: required when kind is page/,
    },
    {
      name: 'a javascript: URL',
      entry: { id: 'feed-one', url: 'javascript:alert(1)', kind: 'rss' },
      expected: /\.url: must be an absolute http: or https: URL/,
    },
    {
      name: 'an id that is not a slug',
      entry: { id: 'Feed One', url: 'https://example.org/f', kind: 'rss' },
      expected: /\.id: must be a slug/,
    },
  ])('rejects $name', ({ entry, expected }) => {
    expect(errorOf({ sources: [entry] }).message).toMatch(expected);
  });

  test('rejects duplicate ids and unknown top-level keys', () => {
    const entry = { id: 'feed-one', url: 'https://example.org/f', kind: 'rss' };
    expect(errorOf({ sources: [entry, entry] }).message).toMatch(
      /sources\[1\] \(id "feed-one"\)\.id: duplicate id/,
    );
    expect(errorOf({ sources: [], politenes: {} }).message).toMatch(/unknown key\(s\): politenes/);
  });
});

describe('loadSourcesConfig', () => {
  test('the real data/sources.yaml is valid, has 40+ sources in the six languages and no private hosts', () => {
    const config = loadSourcesConfig(path.resolve('data/sources.yaml'));
    expect(config.sources.length).toBeGreaterThanOrEqual(40);
    expect(new Set(config.sources.map((source) => source.lang))).toEqual(
      new Set(['en', 'fr', 'de', 'es', 'pt', 'it']),
    );
    expect(config.sources.some((source) => source.kind === 'page')).toBe(true);
    expect(config.policy.allowPrivateHosts).toEqual([]);
  });

  test('every real source says in a comment how it was confirmed', async () => {
    const { readFileSync } = await import('node:fs');
    const lines = readFileSync(path.resolve('data/sources.yaml'), 'utf8').split('\n');
    const entryLines = lines.flatMap((line, index) => (line.startsWith('  - id: ') ? [index] : []));
    for (const index of entryLines) {
      expect(lines[index - 1], lines[index]).toMatch(/^ {2}# (find_string|unconfirmed)/);
    }
  });
});
