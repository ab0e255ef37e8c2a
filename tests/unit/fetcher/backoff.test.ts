import { describe, expect, test } from 'vitest';
import { computeBackoffMs } from '../../../scrapers/fetcher/backoff.ts';

const BASE = 60_000;
const CAP = 24 * 3_600_000;

describe('computeBackoffMs (full jitter)', () => {
  const cases: { name: string; failures: number; random: number; expected: number }[] = [
    { name: 'waits nothing without a failure', failures: 0, random: 0.5, expected: 0 },
    { name: 'waits nothing for a negative count', failures: -3, random: 0.5, expected: 0 },
    { name: 'scales the base by random after one failure', failures: 1, random: 0.5, expected: 30_000 },
    { name: 'doubles the ceiling per failure', failures: 3, random: 0.5, expected: 120_000 },
    {
      name: 'reaches almost the ceiling when random is close to 1',
      failures: 2,
      random: 0.999_999,
      expected: 119_999,
    },
    { name: 'can wait nothing when random is 0', failures: 5, random: 0, expected: 0 },
    {
      name: 'caps at maxWaitMs after many failures',
      failures: 40,
      random: 0.999_999,
      expected: Math.floor(0.999_999 * CAP),
    },
    {
      name: 'stays finite and capped after a huge number of failures',
      failures: 5000,
      random: 0.5,
      expected: CAP / 2,
    },
  ];
  for (const testCase of cases) {
    test(testCase.name, () => {
      expect(
        computeBackoffMs(testCase.failures, { baseMs: BASE, maxWaitMs: CAP }, () => testCase.random),
      ).toBe(testCase.expected);
    });
  }

  test('never exceeds the cap even when random() misbehaves', () => {
    expect(computeBackoffMs(60, { baseMs: BASE, maxWaitMs: CAP }, () => 7)).toBeLessThan(CAP);
    expect(computeBackoffMs(60, { baseMs: BASE, maxWaitMs: CAP }, () => -1)).toBe(0);
  });

  test('spreads the waits of sources that failed together', () => {
    const waits = [0.1, 0.4, 0.7, 0.95].map((value) =>
      computeBackoffMs(4, { baseMs: BASE, maxWaitMs: CAP }, () => value),
    );
    expect(new Set(waits).size).toBe(4);
    for (const wait of waits) expect(wait).toBeLessThanOrEqual(8 * BASE);
  });
});

describe('computeBackoffMs (decorrelated jitter)', () => {
  const options = { baseMs: BASE, maxWaitMs: CAP, strategy: 'decorrelated' as const };
  test('starts between base and three times base', () => {
    expect(computeBackoffMs(1, options, () => 0)).toBe(BASE);
    expect(computeBackoffMs(1, options, () => 0.5)).toBe(2 * BASE);
  });
  test('grows from the previous wait', () => {
    expect(computeBackoffMs(2, { ...options, previousMs: 10 * BASE }, () => 0.5)).toBe(
      BASE + 0.5 * 29 * BASE,
    );
  });
  test('caps the range at maxWaitMs however long the previous wait was', () => {
    const wait = computeBackoffMs(9, { ...options, previousMs: 10 * CAP }, () => 0.999);
    expect(wait).toBe(Math.floor(BASE + 0.999 * (CAP - BASE)));
    expect(wait).toBeLessThanOrEqual(CAP);
  });
});
