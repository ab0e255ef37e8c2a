import { describe, expect, test } from 'vitest';
import {
  findDateExpressions,
  parseDateExpressions,
  parseReferenceDate,
} from '../../../src/core/extract/dates.ts';
import { splitSentences } from '../../../src/core/extract/sentences.ts';
import { loadEvalCases } from '../../eval/scorer.ts';

describe('findDateExpressions: the cheap word test before chrono', () => {
  test('gives the same expressions as the full parse on every sentence of the evaluation set', () => {
    let sentences = 0;
    let skipped = 0;
    for (const evalCase of loadEvalCases()) {
      const reference = parseReferenceDate(evalCase.published);
      for (const sentence of splitSentences(evalCase.text)) {
        sentences += 1;
        const fast = findDateExpressions(sentence.text, evalCase.lang, reference);
        // Deliberate difference: chrono reads a bare abbreviation as a weekday ("ter" for terça in "depois de o
        // Governo ter proibido"); in running text it is a word, and the word test lets such sentences go.
        const full = parseDateExpressions(sentence.text, evalCase.lang, reference).filter(
          (e) => !(fast.length === 0 && /^\p{L}{1,3}\.?$/u.test(sentence.text.slice(e.start, e.end))),
        );
        if (fast.length === 0 && full.length === 0) skipped += 1;
        expect(fast, `${evalCase.name}: «${sentence.text}»`).toEqual(full);
      }
    }
    expect(sentences).toBeGreaterThan(1000);
    expect(skipped).toBeGreaterThan(0);
  });

  test.each([
    ['en', 'Parler went offline yesterday.'],
    ['fr', 'Parler a disparu hier soir.'],
    ['de', 'Parler ist seit gestern nicht erreichbar.'],
    ['es', 'Parler dejó de funcionar ayer.'],
    ['pt', 'O Parler saiu do ar ontem.'],
    ['it', 'Parler è sparito ieri.'],
  ])('%s: a relative day word with no digit still reaches the parser', (lang, text) => {
    expect(findDateExpressions(text, lang, parseReferenceDate('2021-01-11'))).toHaveLength(1);
  });

  test('a sentence with no date word gives nothing', () => {
    expect(
      findDateExpressions('Apple removed Parler from its store.', 'en', parseReferenceDate('2021-01-11')),
    ).toEqual([]);
  });
});
