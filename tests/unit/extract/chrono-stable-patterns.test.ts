import { readdirSync } from 'node:fs';
import path from 'node:path';
import * as chrono from 'chrono-node';
import { describe, expect, test } from 'vitest';
import { withStablePatterns } from '../../../src/core/extract/chrono-stable-patterns.ts';
import { casualChrono } from '../../../src/core/extract/dates.ts';
import { splitSentences } from '../../../src/core/extract/sentences.ts';
import { loadEvalCases } from '../../eval/scorer.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures');
const LANGS = ['en', 'fr', 'de', 'es', 'pt', 'it'];

/** Everything a parse result holds that the extractor reads, and more. */
function shape(results: chrono.ParsedResult[]): unknown[] {
  const components = (c: chrono.ParsedComponents | null | undefined) =>
    c == null
      ? null
      : {
          date: c.date().toISOString(),
          known: Object.fromEntries(
            (['year', 'month', 'day', 'weekday', 'hour', 'minute', 'second', 'meridiem'] as const).map(
              (k) => [k, c.isCertain(k) ? c.get(k) : null],
            ),
          ),
          implied: Object.fromEntries(
            (['year', 'month', 'day', 'weekday', 'hour', 'minute', 'second', 'meridiem'] as const).map(
              (k) => [k, c.get(k)],
            ),
          ),
          tags: [...c.tags()].sort(),
        };
  return results.map((r) => ({
    index: r.index,
    text: r.text,
    start: components(r.start),
    end: components(r.end),
  }));
}

describe('withStablePatterns: chrono parsers that compile their pattern once', () => {
  test('parse every sentence of every fixture set exactly as the original parsers do', () => {
    const stable = Object.fromEntries(
      LANGS.map((lang) => {
        const casual = casualChrono(lang);
        return [
          lang,
          new chrono.Chrono({ parsers: withStablePatterns(casual.parsers), refiners: casual.refiners }),
        ];
      }),
    );
    const references = [new Date(2021, 0, 11, 12), new Date(2024, 6, 31, 12)];
    let sentences = 0;
    let found = 0;
    for (const dir of readdirSync(FIXTURES).filter((name) => name.startsWith('extract'))) {
      for (const evalCase of loadEvalCases(path.join(FIXTURES, dir))) {
        for (const sentence of splitSentences(evalCase.text)) {
          sentences += 1;
          for (const reference of references) {
            const expected = shape(casualChrono(evalCase.lang).parse(sentence.text, reference));
            found += expected.length;
            expect(shape(stable[evalCase.lang]!.parse(sentence.text, reference)), sentence.text).toEqual(
              expected,
            );
          }
        }
      }
    }
    expect(sentences).toBeGreaterThan(5000);
    expect(found).toBeGreaterThan(3000);
  });

  test('keep the compiled pattern of a parser whose inner pattern is built anew on each call', () => {
    const timeParser = chrono.fr.casual.parsers.find((p) => p.constructor.name === 'FRCasualTimeParser')!;
    const context = new chrono.ParsingContext('ce soir', new Date(2021, 0, 11, 12));
    expect(timeParser.pattern(context)).not.toBe(timeParser.pattern(context));
    const [stable] = withStablePatterns([timeParser]);
    expect(stable!.constructor.name).toBe('FRCasualTimeParser');
    expect(stable!.pattern(context)).toBe(stable!.pattern(context));
  });
});
