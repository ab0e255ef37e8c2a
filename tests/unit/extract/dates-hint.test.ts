import { describe, expect, test } from 'vitest';
import {
  durationParserNames,
  findDateExpressions,
  liteChrono,
  parseDateExpressions,
  parseReferenceDate,
} from '../../../src/core/extract/dates.ts';
import { splitSentences } from '../../../src/core/extract/sentences.ts';
import { loadEvalCases } from '../../eval/scorer.ts';

describe('findDateExpressions: the cheap word tests before chrono', () => {
  test('gives the same expressions as the full parse on every sentence of the evaluation set', () => {
    let sentences = 0;
    let skipped = 0;
    for (const evalCase of loadEvalCases()) {
      const reference = parseReferenceDate(evalCase.published);
      for (const sentence of splitSentences(evalCase.text)) {
        sentences += 1;
        const fast = findDateExpressions(sentence.text, evalCase.lang, reference);
        // Deliberate differences: chrono reads a bare abbreviation as a weekday ("ter" for terça in "depois de o
        // Governo ter proibido") and a capital letter as a unit ("in H" of "in Höhe von" as "in one hour"); in
        // running text they are words, and the word tests let such sentences go. So is "ahora" of "por ahora" (for now).
        const full = parseDateExpressions(sentence.text, evalCase.lang, reference).filter(
          (e) =>
            !(
              !fast.some((f) => f.start === e.start) &&
              /^(?:\p{L}{1,3}\.?|\p{L}+ \p{Lu}|ahora|agora)$/u.test(sentence.text.slice(e.start, e.end))
            ),
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

  // chrono's Portuguese parser has no duration parsers: "há três dias" is read by our own pattern.
  test.each(['en', 'fr', 'de', 'es', 'it'])(
    '%s: the lite parser leaves out the duration parsers, and they still run when a time unit is named',
    (lang) => {
      expect(durationParserNames(lang).length).toBeGreaterThan(0);
      const names = liteChrono(lang).parsers.map((parser) => parser.constructor.name);
      for (const name of durationParserNames(lang)) expect(names).not.toContain(name);
    },
  );

  test.each([
    ['en', 'Parler was dropped three days ago.', '2021-01-08'],
    ['fr', 'Parler a été retiré il y a trois jours.', '2021-01-08'],
    ['de', 'Parler wurde vor drei Tagen entfernt.', '2021-01-08'],
    ['es', 'Parler fue retirada hace dos semanas.', '2020-12-28'],
    ['pt', 'O Parler foi removido há uma semana.', '2021-01-04'],
    ['it', 'Parler è stato rimosso una settimana fa.', '2021-01-04'],
  ])('%s: a duration in the past is still read (%s)', (lang, text, date) => {
    const found = findDateExpressions(text, lang, parseReferenceDate('2021-01-11'));
    expect(found.map((e) => e.date)).toEqual([date]);
  });

  test('a sentence with no date word gives nothing', () => {
    expect(
      findDateExpressions('Apple removed Parler from its store.', 'en', parseReferenceDate('2021-01-11')),
    ).toEqual([]);
  });
});
