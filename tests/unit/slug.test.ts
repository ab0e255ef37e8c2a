import { describe, expect, test } from 'vitest';
import { isSlug, slugify } from '../../src/core/slug.ts';

describe('slugify', () => {
  test.each([
    ['Daily Stormer', 'daily-stormer'],
    ['Télégram Brasil!', 'telegram-brasil'],
    ['  Kiwi   Farms  ', 'kiwi-farms'],
    ['Ça-va / Straße', 'ca-va-straße'.replace('ß', '-')],
    ['Infowars', 'infowars'],
  ])('%s → %s', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });
  test('isSlug rejects upper case and spaces', () => {
    expect(isSlug('parler')).toBe(true);
    expect(isSlug('Parler')).toBe(false);
    expect(isSlug('a b')).toBe(false);
    expect(isSlug('')).toBe(false);
  });
});
