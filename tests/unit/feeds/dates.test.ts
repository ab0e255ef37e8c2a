import { describe, expect, test } from 'vitest';
import { parseFeedDate } from '../../../scrapers/feeds/dates.ts';

describe('parseFeedDate', () => {
  test.each([
    ['Sat, 09 Jan 2021 23:59:00 +0000', '2021-01-09T23:59:00.000Z'],
    ['Sat, 09 Jan 2021 23:59:00 GMT', '2021-01-09T23:59:00.000Z'],
    ['Sat, 9 Jan 2021 23:59 EST', '2021-01-10T04:59:00.000Z'],
    ['09 Jan 21 23:59:00 PDT', '2021-01-10T06:59:00.000Z'],
    ['Sun, 10 Jan 99 08:00:00 UT', '1999-01-10T08:00:00.000Z'],
    ['Sun, 31 Dec 2006 16:30:00 +0000 (UTC)', '2006-12-31T16:30:00.000Z'],
    ['Thu, 01 January 2004 19:48:21 +01:00', '2004-01-01T18:48:21.000Z'],
    ['Sat, Jan 09 2021 23:59:00 GMT', '2021-01-09T23:59:00.000Z'],
    ['2021-01-09T23:59:00Z', '2021-01-09T23:59:00.000Z'],
    ['2021-01-09T23:59:00.250+01:00', '2021-01-09T22:59:00.250Z'],
    ['2021-01-09 23:59:00', '2021-01-09T23:59:00.000Z'],
    ['2021-01-09', '2021-01-09T00:00:00.000Z'],
    ['2021-01', '2021-01-01T00:00:00.000Z'],
    ['20210109T235900Z', '2021-01-09T23:59:00.000Z'],
    ['2024-02-29T12:00:00Z', '2024-02-29T12:00:00.000Z'],
  ])('%s → %s', (raw, iso) => {
    expect(parseFeedDate(raw)).toEqual({ iso, raw });
  });

  test.each([
    ['Mon, 31 Feb 2025 10:00:00 GMT', 'February 31'],
    ['2023-02-29T10:00:00Z', 'February 29 in a common year'],
    ['2025-03-01T25:00:00Z', 'hour 25'],
    ['2025-03-01T10:61:00Z', 'minute 61'],
    ['0001-01-01T00:00:00Z', 'year 0001'],
    ['2025-13-01', 'month 13'],
    ['Sat, 09 Jan 2021 23:59:00 XYZ', 'unknown zone'],
    ['yesterday', 'words'],
    ['', 'empty'],
  ])('%s is invalid (%s)', (raw) => {
    expect(parseFeedDate(raw).iso).toBeNull();
    expect(parseFeedDate(raw).raw).toBe(raw);
  });
});
