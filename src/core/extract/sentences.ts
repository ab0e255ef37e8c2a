import { execAll } from '../regexp-scan.ts';

/** A sentence of an article with its offset in the article's text. */
export interface Sentence {
  text: string;
  start: number;
}

/** Abbreviations whose full stop does not end a sentence, in the six languages. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'jr',
  'sr',
  'prof',
  'gen',
  'sen',
  'rep',
  'gov',
  'inc',
  'corp',
  'ltd',
  'co',
  'vs',
  'etc',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'no',
  'nr',
  'mme',
  'mlle',
  'm',
  'mm',
  'me',
  'sr',
  'sra',
  'dra',
  'ex',
  'bzw',
  'ca',
  'vgl',
  'z',
  'b',
  'dt',
  'sig',
  'dott',
  'avv',
  'art',
  'abs',
  'p',
  'a',
  'approx',
  'e',
  'u',
  's',
  'v',
]);

/** Abbreviations that only abbreviate before a number ("No. 5", "Nr. 3", "p. 12", "Art. 19", "Abs. 2"). */
const BEFORE_NUMBER_ONLY = new Set(['no', 'nr', 'p', 'art', 'abs']);

const GERMAN_MONTH_START =
  /^(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)(?![\p{L}])/u;

const CANDIDATE_BOUNDARY = /([.!?…]+)(["»”’)\]]*)(\s+)/g;

/**
 * Splits an article's plain text into sentences: line breaks always end one; a full stop, question or exclamation
 * mark ends one when a capital letter, a digit or an opening quote follows and the word before is no abbreviation or
 * initial ("U.S.", "M. Dupont", "Jan. 10").
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    let start = 0;
    CANDIDATE_BOUNDARY.lastIndex = 0;
    for (const match of execAll(CANDIDATE_BOUNDARY, line)) {
      const end = (match.index ?? 0) + match[1]!.length + match[2]!.length;
      const next = line.slice(end + match[3]!.length, end + match[3]!.length + 2);
      if (!/^[«"“„¿¡(\p{Lu}\p{N}]/u.test(next)) continue;
      if (match[1] === '.') {
        const before = /([\p{L}]+)$/u.exec(line.slice(start, match.index ?? 0));
        const word = before?.[1] ?? '';
        const key = word.toLowerCase();
        // An initial before a name: "R. Kelly", "J. K. Rowling".
        if (/^\p{Lu}$/u.test(word) && /^\p{Lu}\p{Ll}/u.test(next)) continue;
        // "No. 5", "Art. 19" abbreviate before a number; "No. Apple y Google retiraron…" is an answer, then a sentence.
        if (
          ABBREVIATIONS.has(key) &&
          word.length <= 5 &&
          (!BEFORE_NUMBER_ONLY.has(key) || /^\p{N}/u.test(next))
        )
          continue;
        if (/\.\p{L}$/u.test(line.slice(0, match.index ?? 0))) continue;
        // German ordinals: "seit dem 30. August", "am 1. Januar 2021" — the day's full stop is not the sentence's.
        if (
          /(?<!\d)\d{1,2}$/u.test(line.slice(start, match.index ?? 0)) &&
          GERMAN_MONTH_START.test(line.slice(end + match[3]!.length, end + match[3]!.length + 10))
        )
          continue;
      }
      pushSentence(sentences, line.slice(start, end), lineStart + start);
      start = end + match[3]!.length;
    }
    pushSentence(sentences, line.slice(start), lineStart + start);
    lineStart += line.length + 1;
  }
  return sentences;
}

function pushSentence(sentences: Sentence[], raw: string, start: number): void {
  const leading = raw.length - raw.trimStart().length;
  const text = raw.trim();
  if (text.length > 0) sentences.push({ text, start: start + leading });
}
