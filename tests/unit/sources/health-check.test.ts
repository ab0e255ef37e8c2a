import { describe, expect, test } from 'vitest';
import { checkSourceHealth } from '../../../scrapers/sources/health-check.ts';
import { formatInterval } from '../../../scrapers/sources/health-command.ts';
import type { SourceHealth } from '../../../src/db/sources.ts';

const NOW = Date.parse('2026-01-10T12:00:00.000Z');
const DAY = 86_400_000;

function health(id: string, overrides: Partial<SourceHealth> = {}): SourceHealth {
  return {
    id,
    name: id,
    url: `https://example.org/${id}`,
    kind: 'rss',
    lang: 'en',
    intervalMs: 3_600_000,
    active: true,
    lastFetchAt: null,
    lastStatus: null,
    lastOkAt: null,
    lastError: null,
    lastErrorAt: null,
    consecutiveFailures: 0,
    failingSince: null,
    nextFetchAt: null,
    gone: false,
    nArticles: 0,
    ...overrides,
  };
}

const failingFor = (days: number): Partial<SourceHealth> => ({
  consecutiveFailures: 3,
  failingSince: new Date(NOW - days * DAY).toISOString(),
});

describe('checkSourceHealth', () => {
  const options = { maxFailingShare: 0.5, failingForMs: 2 * DAY, nowMs: NOW };

  test.each([
    { name: 'all healthy passes', sources: [health('a'), health('b')], ok: true, nFailing: 0 },
    {
      name: 'half failing for 3 days passes (not more than the share)',
      sources: [health('a', failingFor(3)), health('b')],
      ok: true,
      nFailing: 1,
    },
    {
      name: 'most failing for 3 days fails',
      sources: [health('a', failingFor(3)), health('b', failingFor(3)), health('c')],
      ok: false,
      nFailing: 2,
    },
    {
      name: 'recent failures do not count yet',
      sources: [health('a', failingFor(1)), health('b', failingFor(1))],
      ok: true,
      nFailing: 0,
    },
    {
      name: 'gone and inactive sources are left out',
      sources: [
        health('a', { ...failingFor(9), gone: true }),
        health('b', { ...failingFor(9), active: false }),
        health('c'),
      ],
      ok: true,
      nFailing: 0,
    },
  ])('$name', ({ sources, ok, nFailing }) => {
    const result = checkSourceHealth(sources, options);
    expect(result.ok).toBe(ok);
    expect(result.failing).toHaveLength(nFailing);
  });
});

describe('formatInterval', () => {
  test.each([
    [3_600_000, '1h'],
    [1_800_000, '30m'],
    [86_400_000, '1d'],
    [90_000, '90s'],
    [1500, '1500ms'],
  ])('%i ms is %s', (ms, expected) => {
    expect(formatInterval(ms)).toBe(expected);
  });
});
