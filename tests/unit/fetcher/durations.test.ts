import { describe, expect, test } from 'vitest';
import { parseByteSize, parseDuration } from '../../../scrapers/fetcher/durations.ts';

describe('parseDuration', () => {
  const cases: [string, number | null][] = [
    ['90s', 90_000],
    ['30m', 1_800_000],
    ['6h', 21_600_000],
    ['1d', 86_400_000],
    ['1w', 604_800_000],
    ['250ms', 250],
    ['1.5h', 5_400_000],
    ['1h30m', 5_400_000],
    [' 20s ', 20_000],
    ['24H', 86_400_000],
    ['0s', 0],
    ['20', null],
    ['', null],
    ['-5s', null],
    ['5 minutes', null],
    ['5y', null],
    ['s', null],
    ['1e3s', null],
  ];
  for (const [text, expected] of cases) {
    test(`reads ${JSON.stringify(text)} as ${expected === null ? 'invalid' : `${expected} ms`}`, () => {
      expect(parseDuration(text)).toBe(expected);
    });
  }
});

describe('parseByteSize', () => {
  const cases: [string, number | null][] = [
    ['15MiB', 15 * 1024 * 1024],
    ['512 KiB', 512 * 1024],
    ['1GiB', 1024 ** 3],
    ['2MB', 2_000_000],
    ['10kb', 10_000],
    ['100B', 100],
    ['1024', 1024],
    ['1.5KiB', 1536],
    ['', null],
    ['-1MiB', null],
    ['15 MiBs', null],
    ['lots', null],
    ['1TiB', null],
  ];
  for (const [text, expected] of cases) {
    test(`reads ${JSON.stringify(text)} as ${expected === null ? 'invalid' : `${expected} bytes`}`, () => {
      expect(parseByteSize(text)).toBe(expected);
    });
  }
});
