import { execAll } from '../regexp-scan.ts';

/**
 * Word tokens for alias matching. A token is a run of letters, digits, combining marks and underscores, so
 * accented letters belong to words ("Pékin", "brésilienne") and apostrophes, hyphens and dots separate them ("l'Arcom" →
 * `l` `Arcom`, "d’Apple" → `d` `Apple`, "Sci-Hub" → `Sci` `Hub`, "Amazon.com" → `Amazon` `com`). Matching compares
 * folded keys (lower case, diacritics dropped) and then checks case on the original text, per alias token.
 */

export interface WordToken {
  /** Lower case, NFKD with marks dropped: the key the alias trie is walked with. */
  key: string;
  /** The token as written, NFC. */
  surface: string;
  /** UTF-16 offsets into the original text; `end` is exclusive. */
  start: number;
  end: number;
  /** True when a sentence or clause boundary lies between this token and the previous one: no alias spans it. */
  breakBefore: boolean;
}

// The underscore joins words as in handles and community names ("The_Donald", "@Official_Account").
const WORD_PATTERN = /[\p{L}\p{N}\p{M}_]+/gu;
// Characters that end a clause. A comma, a dash or a bracket does not: "X, formerly Twitter" and
// "Amazon Web Services (AWS)" are single names. A full stop is handled apart, since it also closes abbreviations.
const HARD_BREAK_PATTERN = /[!?;:\n\r\u2026\u3002|]/;
const ASCII_PATTERN = /^[\x20-\x7e]*$/;
// Titles and short forms whose full stop does not end a sentence ("Dr. Disrespect", "Sen. Rand Paul", "Gen. Flynn").
const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'dr',
  'mr',
  'mrs',
  'ms',
  'st',
  'sen',
  'rep',
  'gen',
  'gov',
  'col',
  'lt',
  'sgt',
  'prof',
  'jr',
  'sr',
  'hon',
  'rev',
  'mme',
  'mlle',
  'me',
  'pr',
  'sra',
  'dra',
  'dott',
  'avv',
  'ing',
  'min',
  'pres',
]);
const MARKS_PATTERN = /\p{M}+/gu;

/** Folds a word for lookup: lower case, compatibility-decomposed, combining marks dropped ("Pékin" → "pekin"). */
export function foldWord(word: string): string {
  if (ASCII_PATTERN.test(word)) return word.toLowerCase();
  return word.normalize('NFKD').replace(MARKS_PATTERN, '').toLowerCase();
}

/**
 * Splits text into word tokens with their offsets and the clause boundaries between them.
 * A full stop followed by white space is a boundary unless it closes a one-letter abbreviation ("U.S. government") or a
 * title ("Dr. Disrespect").
 */
export function tokenizeWords(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  let previousEnd = 0;
  let previousLength = 0;
  let previousKey = '';
  WORD_PATTERN.lastIndex = 0;
  for (const match of execAll(WORD_PATTERN, text)) {
    const start = match.index;
    const surface = match[0];
    let breakBefore = false;
    if (tokens.length > 0 && start > previousEnd) {
      const gap = text.slice(previousEnd, start);
      if (HARD_BREAK_PATTERN.test(gap)) breakBefore = true;
      else if (previousLength > 1 && /\.\s/.test(gap) && !TITLE_ABBREVIATIONS.has(previousKey))
        breakBefore = true;
    }
    tokens.push({
      key: foldWord(surface),
      surface: ASCII_PATTERN.test(surface) ? surface : surface.normalize('NFC'),
      start,
      end: start + surface.length,
      breakBefore,
    });
    previousEnd = start + surface.length;
    previousLength = surface.length;
    previousKey = tokens[tokens.length - 1]!.key;
  }
  return tokens;
}

// Case tests through case mapping rather than Unicode-property regular expressions: they run for every alias at
// start-up and for every candidate match, and the string operations are several times faster.

/** True when the word has an upper-case letter and no lower-case one: an acronym such as "AWS", "RT", "X". */
export function isAcronymWord(word: string): boolean {
  return word === word.toUpperCase() && word !== word.toLowerCase();
}

/** True when the word starts with an upper-case letter. */
export function startsWithCapital(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}
