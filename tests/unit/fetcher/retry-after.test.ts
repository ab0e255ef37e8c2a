import { describe, expect, test } from 'vitest';
import { parseHttpDate, parseRetryAfter } from '../../../scrapers/fetcher/retry-after.ts';

const NOW = Date.UTC(2026, 10, 25, 12, 0, 0);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('parseRetryAfter', () => {
  const cases: { name: string; header: string | null | undefined; max: number; expected: number | null }[] = [
    { name: 'reads delay-seconds', header: '120', max: DAY, expected: 120_000 },
    { name: 'reads zero seconds as no wait', header: '0', max: DAY, expected: 0 },
    { name: 'trims whitespace around delay-seconds', header: '  30 ', max: DAY, expected: 30_000 },
    { name: 'caps delay-seconds at maxWaitMs', header: '999999999', max: DAY, expected: DAY },
    {
      name: 'caps a number too long for a double at maxWaitMs',
      header: '9'.repeat(400),
      max: DAY,
      expected: DAY,
    },
    {
      name: 'reads an IMF-fixdate relative to now',
      header: 'Wed, 25 Nov 2026 13:00:00 GMT',
      max: DAY,
      expected: HOUR,
    },
    {
      name: 'reads an RFC 850 date',
      header: 'Wednesday, 25-Nov-26 12:30:00 GMT',
      max: DAY,
      expected: HOUR / 2,
    },
    { name: 'reads an asctime date', header: 'Wed Nov 25 12:00:10 2026', max: DAY, expected: 10_000 },
    {
      name: 'reads an asctime date with a one-digit day',
      header: 'Wed Dec  2 12:00:00 2026',
      max: 8 * DAY,
      expected: 7 * DAY,
    },
    {
      name: 'caps an HTTP-date far in the future',
      header: 'Fri, 01 Jan 2100 00:00:00 GMT',
      max: DAY,
      expected: DAY,
    },
    {
      name: 'turns a date in the past into no wait',
      header: 'Sun, 01 Jan 2023 00:00:00 GMT',
      max: DAY,
      expected: 0,
    },
    { name: 'rejects a negative number', header: '-5', max: DAY, expected: null },
    { name: 'rejects fractional seconds', header: '1.5', max: DAY, expected: null },
    { name: 'rejects garbage', header: 'soon', max: DAY, expected: null },
    {
      name: 'rejects a date that Date.parse would accept loosely',
      header: '2026-11-25',
      max: DAY,
      expected: null,
    },
    {
      name: 'rejects 31 February instead of rolling it over',
      header: 'Tue, 31 Feb 2026 00:00:00 GMT',
      max: DAY,
      expected: null,
    },
    { name: 'rejects an empty header', header: '', max: DAY, expected: null },
    { name: 'returns null for a missing header', header: null, max: DAY, expected: null },
    { name: 'returns null for an undefined header', header: undefined, max: DAY, expected: null },
  ];
  for (const testCase of cases) {
    test(testCase.name, () => {
      expect(parseRetryAfter(testCase.header, NOW, testCase.max)).toBe(testCase.expected);
    });
  }
});

describe('parseHttpDate', () => {
  test('parses the three forms to the same instant', () => {
    const expected = Date.UTC(1994, 10, 6, 8, 49, 37);
    expect(parseHttpDate('Sun, 06 Nov 1994 08:49:37 GMT')).toBe(expected);
    expect(parseHttpDate('Sunday, 06-Nov-94 08:49:37 GMT')).toBe(expected);
    expect(parseHttpDate('Sun Nov  6 08:49:37 1994')).toBe(expected);
  });
  test('rejects an hour out of range', () => {
    expect(parseHttpDate('Sun, 06 Nov 1994 25:49:37 GMT')).toBeNull();
  });
  test('rejects a time zone other than GMT', () => {
    expect(parseHttpDate('Sun, 06 Nov 1994 08:49:37 CET')).toBeNull();
  });
});
