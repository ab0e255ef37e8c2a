import { describe, expect, test } from 'vitest';
import { isoWeekOf, weekKey } from '../../../src/site/digest.ts';
import {
  daysBetween,
  formatDuration,
  formatGap,
  formatPartialDate,
  formatTime,
} from '../../../src/site/format.ts';
import { escapeXml } from '../../../src/site/rss.ts';
import { safeHttpUrl } from '../../../src/site/safe-url.ts';

describe('formatPartialDate', () => {
  test.each([
    ['2021-01-08', 'day', '8 January 2021'],
    ['2021-01', 'month', 'January 2021'],
    ['2021', 'year', '2021'],
    ['2021-01-08', 'month', 'January 2021'],
    [null, null, 'date unknown'],
    ['not a date', null, 'not a date'],
  ] as const)('%s at %s precision reads "%s"', (date, precision, expected) => {
    expect(formatPartialDate(date, precision)).toBe(expected);
  });
});

describe('formatTime', () => {
  test('keeps the zone as stated', () => {
    expect(formatTime('23:59 America/Los_Angeles')).toBe('23:59 (America/Los_Angeles)');
    expect(formatTime(null)).toBeNull();
  });
});

describe('gaps and durations', () => {
  test('days between partial dates, across a leap day', () => {
    expect(daysBetween('2021-01-08', '2021-01-09')).toBe(1);
    expect(daysBetween('2020-02-28', '2020-03-01')).toBe(2);
    expect(daysBetween('2021-01-09', '2021-05-17')).toBe(128);
    expect(daysBetween(null, '2021-01-01')).toBeNull();
  });
  test.each([
    [0, 'same day'],
    [1, '+1 day'],
    [3, '+3 days'],
    [-2, '−2 days'],
    [null, ''],
  ] as const)('gap %s reads "%s"', (days, expected) => {
    expect(formatGap(days)).toBe(expected);
  });
  test.each([
    [1, '1 day'],
    [128, '128 days (about 4 months)'],
    [1000, '1000 days (about 2.7 years)'],
    [null, 'ongoing'],
  ] as const)('duration %s reads "%s"', (days, expected) => {
    expect(formatDuration(days)).toBe(expected);
  });
});

describe('isoWeekOf', () => {
  test.each([
    ['2021-01-08T10:00:00Z', '2021-W01'],
    ['2021-01-03T23:59:00Z', '2020-W53'],
    ['2024-12-30T00:00:00Z', '2025-W01'],
    ['2024-10-08T00:00:00Z', '2024-W41'],
  ])('%s is in %s', (instant, expected) => {
    expect(weekKey(isoWeekOf(new Date(instant)))).toBe(expected);
  });
});

describe('safeHttpUrl', () => {
  test.each([
    ['https://example.org/a?b=1', 'https://example.org/a?b=1'],
    ['http://example.org', 'http://example.org/'],
    ['javascript:alert(1)', null],
    ['JaVaScRiPt:alert(1)', null],
    ['data:text/html,<script>', null],
    ['/relative', null],
    ['', null],
  ])('%s → %s', (input, expected) => {
    expect(safeHttpUrl(input)).toBe(expected);
  });
});

describe('escapeXml', () => {
  test('escapes markup and drops characters XML 1.0 forbids', () => {
    expect(escapeXml('<a href="x">&\u0001\u0008ok')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;ok');
  });
});
