import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { getCompiledLexicon } from '../../../src/core/extract/compiled-lexicon.ts';
import { splitSentences } from '../../../src/core/extract/sentences.ts';
import { findVerbs } from '../../../src/core/extract/verbs.ts';
import { execAll } from '../../../src/core/regexp-scan.ts';
import { loadEvalCases } from '../../eval/scorer.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures');
const LANGS = ['en', 'fr', 'de', 'es', 'pt', 'it'] as const;

/** What a test compares: each match's position, its text and its groups. */
function shape(matches: Iterable<RegExpMatchArray>): unknown[] {
  return [...matches].map((match) => [match.index, ...match]);
}

/** Every sentence of every fixture set (tests/fixtures/extract*), with its language. */
function fixtureSentences(): { text: string; lang: string }[] {
  const out: { text: string; lang: string }[] = [];
  for (const dir of readdirSync(FIXTURES).filter((name) => name.startsWith('extract'))) {
    for (const evalCase of loadEvalCases(path.join(FIXTURES, dir))) {
      for (const sentence of splitSentences(evalCase.text))
        out.push({ text: sentence.text, lang: evalCase.lang });
    }
  }
  return out;
}

describe('execAll: the matches of String.prototype.matchAll without its copy of the expression', () => {
  test.each([
    ['empty matches advance one code unit', /x*/g, 'axxb'],
    ['empty matches advance one code point under u', /(?:)/gu, 'a😀b'],
    ['empty matches advance one code point under v', /(?:)/gv, 'a😀b'],
    ['empty matches split a surrogate pair without u', /(?:)/g, 'a😀b'],
    ['groups, named groups and unmatched groups', /(?<word>\p{L}+)(\d)?/gu, 'ab1 cd ef2'],
    ['no match', /z/g, 'abc'],
    ['sticky and global', /a/gy, 'aab'],
    ['lookbehind at the start of the text', /(?<![\p{L}\p{N}])\p{L}+/gu, 'Über die Sperre'],
  ])('%s', (_name, pattern, text) => {
    expect(shape(execAll(pattern, text))).toEqual(shape(text.matchAll(pattern)));
  });

  test('starts at lastIndex, as matchAll does, and leaves it as it was', () => {
    const pattern = /a/g;
    pattern.lastIndex = 2;
    const expected = shape('aaaa'.matchAll(pattern));
    expect(shape(execAll(pattern, 'aaaa'))).toEqual(expected);
    expect(pattern.lastIndex).toBe(2);
  });

  test('throws on an expression that is not global, as matchAll does', () => {
    expect(() => execAll(/a/, 'a')).toThrow(TypeError);
    expect(() => 'a'.matchAll(/a/)).toThrow(TypeError);
  });

  test("gives matchAll's matches for every lexicon scan on every sentence of every fixture set", () => {
    const sentences = fixtureSentences();
    expect(sentences.length).toBeGreaterThan(5000);
    expect(new Set(sentences.map((s) => s.lang))).toEqual(new Set(LANGS));
    let compared = 0;
    for (const { text, lang } of sentences) {
      const lexicon = getCompiledLexicon(lang);
      for (const scan of [
        lexicon.verbScan,
        lexicon.serviceScan,
        lexicon.clauseBoundary,
        lexicon.pronounTargetAll,
      ]) {
        scan.lastIndex = 0;
        const expected = shape(text.matchAll(scan));
        expect(shape(execAll(scan, text)), `${lang} ${scan.source.slice(0, 40)}: «${text}»`).toEqual(
          expected,
        );
        compared += expected.length;
      }
    }
    expect(compared).toBeGreaterThan(5000);
  });

  test('findVerbs gives what a matchAll over the combined scan gives, on every fixture sentence', () => {
    for (const { text, lang } of fixtureSentences()) {
      const lexicon = getCompiledLexicon(lang);
      lexicon.verbScan.lastIndex = 0;
      const expected = [...text.matchAll(lexicon.verbScan)].flatMap((match) => {
        let ruleIndex = -1;
        for (let group = 1; group < match.length; group++) {
          if (match[group] !== undefined && lexicon.verbGroupRule[group]! >= 0) {
            ruleIndex = lexicon.verbGroupRule[group]!;
            break;
          }
        }
        const rule = lexicon.verbs[ruleIndex];
        return rule ? [{ start: match.index, end: match.index + match[0].length, rule, text: match[0] }] : [];
      });
      expect(findVerbs(text, lexicon), `${lang}: «${text}»`).toEqual(expected);
    }
  });
});
