import { describe, expect, test } from 'vitest';
import {
  isFollowedRedirectStatus,
  isGoneStatus,
  isRetryAfterStatus,
  isTransientStatus,
} from '../../../scrapers/fetcher/status.ts';

describe('isGoneStatus', () => {
  const cases: [number | null | undefined, boolean][] = [
    [410, true],
    [404, false],
    [200, false],
    [null, false],
    [undefined, false],
  ];
  for (const [status, expected] of cases) {
    test(`${String(status)} → ${expected ? 'gone' : 'not gone'}`, () =>
      expect(isGoneStatus(status)).toBe(expected));
  }
});

describe('isTransientStatus', () => {
  const cases: [number, boolean][] = [
    [500, true],
    [502, true],
    [503, true],
    [429, true],
    [408, true],
    [404, false],
    [403, false],
    [410, false],
  ];
  for (const [status, expected] of cases) {
    test(`${status} → ${expected ? 'may be transient' : 'permanent'}`, () =>
      expect(isTransientStatus(status)).toBe(expected));
  }
});

describe('isRetryAfterStatus', () => {
  test('honours Retry-After on 429 and 503 only', () => {
    expect([429, 503, 500, 301, 200].map(isRetryAfterStatus)).toEqual([true, true, false, false, false]);
  });
});

describe('isFollowedRedirectStatus', () => {
  test('follows 301, 302, 303, 307, 308 and nothing else', () => {
    expect([301, 302, 303, 307, 308, 300, 304, 305, 200].map(isFollowedRedirectStatus)).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });
});
