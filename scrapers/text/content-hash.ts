/**
 * A fingerprint of an article's text, to catch syndicated copies published under different URLs.
 */
import { createHash } from 'node:crypto';

const NON_ASCII_SEPARATOR_PATTERN = /[\s\p{P}\p{S}]/u;

/** Per-code-unit answers for non-ASCII characters: an article uses few distinct ones, so each is tested once. */
const nonAsciiSeparatorCache = new Map<number, boolean>();

function isNonAsciiSeparator(code: number): boolean {
  let answer = nonAsciiSeparatorCache.get(code);
  if (answer === undefined) {
    // Surrogate halves are letters of astral scripts or emoji; judging a half alone would be wrong, so they count as
    // word characters and the pair stays together.
    answer =
      code >= 0xd800 && code <= 0xdfff ? false : NON_ASCII_SEPARATOR_PATTERN.test(String.fromCharCode(code));
    if (nonAsciiSeparatorCache.size < 65536) nonAsciiSeparatorCache.set(code, answer);
  }
  return answer;
}

/** True for ASCII letters and digits, the common case, without a Unicode regex per character. */
function isAsciiWordCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/**
 * Replaces every run of whitespace, punctuation or symbols with one space, trimmed. A hand-written scan: the
 * equivalent `replace(/[\s\p{P}\p{S}]+/gu, ' ')` took 65 µs per 2.5 kB article here, most of the hashing time.
 */
function foldSeparators(text: string): string {
  const words: string[] = [];
  let wordStart = -1;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const isSeparator = code < 128 ? !isAsciiWordCode(code) : isNonAsciiSeparator(code);
    if (isSeparator) {
      if (wordStart !== -1) {
        words.push(text.slice(wordStart, index));
        wordStart = -1;
      }
    } else if (wordStart === -1) wordStart = index;
  }
  if (wordStart !== -1) words.push(text.slice(wordStart));
  return words.join(' ');
}

/**
 * Normalises plain text for hashing: NFKC, lower case, every run of whitespace, punctuation or symbols made one space,
 * so that a copy differing only in typography (curly quotes, dashes, line breaks) hashes the same. The input is the
 * article's plain text (scrapers/text/plain-text.ts already removed markup), so markup is not stripped again here.
 */
export function normalizeTextForHash(text: string): string {
  return foldSeparators(text.normalize('NFKC').toLowerCase());
}

/** sha256 of the normalised text, as 64 lower-case hex digits. */
export function contentHash(text: string): string {
  return createHash('sha256').update(normalizeTextForHash(text), 'utf8').digest('hex');
}
