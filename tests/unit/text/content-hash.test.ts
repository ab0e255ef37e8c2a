import { describe, expect, test } from 'vitest';
import { contentHash, normalizeTextForHash } from '../../../scrapers/text/content-hash.ts';

describe('contentHash', () => {
  test('a syndicated copy differing only in typography hashes the same', () => {
    const original = 'Apple a retiré l’application « Parler » — samedi.';
    const copy = 'Apple a retiré l\'application "Parler" - samedi.\n';
    expect(contentHash(original)).toBe(contentHash(copy));
  });

  test('a different text hashes differently', () => {
    expect(contentHash('Apple removed Parler')).not.toBe(contentHash('Google removed Parler'));
  });

  test('is 64 lower-case hex digits', () => {
    expect(contentHash('x')).toMatch(/^[0-9a-f]{64}$/);
  });

  test('normalisation lower-cases and folds punctuation', () => {
    expect(normalizeTextForHash('Hello,   WORLD!')).toBe('hello world');
  });
});
