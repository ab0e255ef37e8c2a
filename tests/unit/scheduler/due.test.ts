import { describe, expect, test } from 'vitest';
import {
  computeNextFetchAfterFailure,
  computeNextFetchAfterSuccess,
  decideSourceRun,
  runWatchLoop,
} from '../../../scrapers/scheduler/index.ts';
import type { SourceState } from '../../../src/db/sources.ts';

const NOW = Date.parse('2026-01-10T12:00:00.000Z');
const HOUR = 3_600_000;

function state(overrides: Partial<SourceState>): SourceState {
  return {
    id: 'one',
    etag: null,
    lastModified: null,
    nextFetchAt: null,
    consecutiveFailures: 0,
    gone: false,
    goneConfirmations: 0,
    ...overrides,
  };
}

describe('decideSourceRun', () => {
  test.each([
    { name: 'a new source runs', given: null, force: false, expected: { run: true } },
    {
      name: 'a due source runs',
      given: state({ nextFetchAt: '2026-01-10T11:00:00.000Z' }),
      force: false,
      expected: { run: true },
    },
    {
      name: 'a source not due yet waits',
      given: state({ nextFetchAt: '2026-01-10T13:00:00.000Z' }),
      force: false,
      expected: { run: false, reason: 'not_due' },
    },
    {
      name: '--all fetches a source that is not due',
      given: state({ nextFetchAt: '2026-01-10T13:00:00.000Z' }),
      force: true,
      expected: { run: true },
    },
    {
      name: '--all still honours a backoff',
      given: state({ nextFetchAt: '2026-01-10T13:00:00.000Z', consecutiveFailures: 2 }),
      force: true,
      expected: { run: false, reason: 'backoff' },
    },
    {
      name: 'a gone source never runs',
      given: state({ gone: true }),
      force: true,
      expected: { run: false, reason: 'gone' },
    },
  ])('$name', ({ given, force, expected }) => {
    expect(decideSourceRun(given, NOW, { force })).toEqual(expected);
  });
});

describe('computeNextFetchAfterSuccess', () => {
  test('adds the interval', () => {
    expect(computeNextFetchAfterSuccess(NOW, HOUR)).toBe('2026-01-10T13:00:00.000Z');
  });
});

describe('computeNextFetchAfterFailure', () => {
  const options = { intervalMs: HOUR, maxWaitMs: 24 * HOUR };
  test('waits at least the interval and grows with the failures', () => {
    const first = Date.parse(
      computeNextFetchAfterFailure(NOW, { ...options, consecutiveFailures: 1 }, () => 0.99),
    );
    const fifth = Date.parse(
      computeNextFetchAfterFailure(NOW, { ...options, consecutiveFailures: 5 }, () => 0.99),
    );
    expect(first - NOW).toBeGreaterThanOrEqual(HOUR);
    expect(fifth - NOW).toBeGreaterThan(first - NOW);
  });

  test('is capped at max_wait', () => {
    const next = computeNextFetchAfterFailure(NOW, { ...options, consecutiveFailures: 40 }, () => 0.99);
    expect(Date.parse(next) - NOW).toBe(24 * HOUR);
  });

  test('honours Retry-After when it is longer than the interval', () => {
    const next = computeNextFetchAfterFailure(
      NOW,
      { ...options, consecutiveFailures: 1, retryAfterMs: 5 * HOUR },
      () => 0,
    );
    expect(Date.parse(next) - NOW).toBe(5 * HOUR);
  });
});

describe('runWatchLoop', () => {
  test('runs a pass, sleeps until the earliest next fetch, and stops when aborted', async () => {
    const controller = new AbortController();
    const sleeps: number[] = [];
    let clock = NOW;
    let nRuns = 0;
    const nPasses = await runWatchLoop({
      runOnce: async () => {
        nRuns += 1;
        if (nRuns === 3) controller.abort();
      },
      getEarliestNextFetchAt: () => new Date(clock + 30_000).toISOString(),
      now: () => clock,
      sleep: async (ms) => {
        sleeps.push(ms);
        clock += ms;
      },
      signal: controller.signal,
    });
    expect(nPasses).toBe(3);
    expect(sleeps).toEqual([30_000, 30_000]);
  });
});
