import { describe, expect, test } from 'vitest';
import { literalFirst } from '../../../src/core/extract/compiled-lexicon.ts';

describe('literalFirst: a leading lookbehind moved after the words it guards', () => {
  const pattern = '(?<=^(?:(?-i:\\p{Lu})[\\p{L}]*\\s){1,4})(?:banned|barred)(?= (?:by|from)(?![\\p{L}]))';

  test('rewrites the pattern and leaves others alone', () => {
    expect(literalFirst(pattern)).toBe(
      '(?:banned|barred)(?<=^(?:(?-i:\\p{Lu})[\\p{L}]*\\s){1,4}(?:banned|barred))(?= (?:by|from)(?![\\p{L}]))',
    );
    expect(literalFirst('(?:banned|barred) from')).toBe('(?:banned|barred) from');
    expect(literalFirst('(?<=x)banned')).toBe('(?<=x)banned');
  });

  test.each([
    ['Parler Banned by Apple', true],
    ['Parler banned from the App Store', true],
    ['Apple has banned Parler from its store', false],
    ['the app was banned by Apple', false],
    ['Alex Jones Barred from Twitter', true],
  ])('matches exactly where the original does: %s', (text, expected) => {
    const original = new RegExp(pattern, 'iu');
    const rewritten = new RegExp(literalFirst(pattern), 'iu');
    expect(rewritten.test(text)).toBe(original.test(text));
    expect(original.test(text)).toBe(expected);
    expect(text.match(rewritten)?.index).toBe(text.match(original)?.index);
  });
});
