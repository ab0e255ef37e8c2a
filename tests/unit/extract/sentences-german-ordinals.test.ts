import { describe, expect, test } from 'vitest';
import { splitSentences } from '../../../src/core/extract/sentences.ts';

describe('splitSentences: German ordinal days', () => {
  test('"seit dem 30. August" stays in one sentence', () => {
    const sentences = splitSentences('X war seit dem 30. August gesperrt. Am 8. Oktober kehrte X zurück.');
    expect(sentences.map((s) => s.text)).toEqual([
      'X war seit dem 30. August gesperrt.',
      'Am 8. Oktober kehrte X zurück.',
    ]);
  });

  test('a number that ends a sentence before a capitalised word that is no month still splits', () => {
    const sentences = splitSentences('Die Zahl der Nutzer lag bei 30. Danach sperrte Twitter das Konto.');
    expect(sentences).toHaveLength(2);
    expect(sentences[1]!.start).toBe('Die Zahl der Nutzer lag bei 30. '.length);
  });
});
