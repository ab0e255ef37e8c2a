import { isAcronymWord, startsWithCapital, tokenizeWords, type WordToken } from './tokens.ts';

/**
 * The alias syntax, in `data/entities/*.yaml`:
 * - Multi-word aliases match whatever the case and the accents ("la justice brésilienne", "LA JUSTICE BRESILIENNE").
 * - A one-word alias written with a capital ("Parler", "Visa", "Signal") matches only a capitalised word, so the French
 *   verb "parler" or a travel "visa" is not a mention. Written in lower case ("youtube"), it matches in any case.
 * - A word without lower-case letters ("AWS", "RT", "STF", "X") matches only as written, in any alias.
 * - A leading `=` makes the whole alias case-exact ("=Line").
 * - Square brackets mark the mention inside a context alias: "on [X]", "le réseau social [X]", "[X], formerly Twitter".
 *   The context must be present for a match; the mention reported is the bracketed part. This is how "X" is found
 *   without matching every letter x in prose.
 * Aliases never span a clause boundary (. ! ? ; : or a new line), see tokens.ts.
 */

/** How one alias token compares with the text's token: any case, a capital first letter, or exactly. */
export type TokenCase = 'any' | 'capital' | 'exact';

export interface ParsedAlias {
  display: string;
  tokens: WordToken[];
  spanStart: number;
  spanEnd: number;
  exact: boolean;
}

/** Parses the alias syntax described at the top of this file; null when the alias holds no word. */
export function parseAlias(raw: string): ParsedAlias | null {
  let text = raw.trim();
  let exact = false;
  if (text.startsWith('=')) {
    exact = true;
    text = text.slice(1);
  }
  const open = text.indexOf('[');
  const close = text.indexOf(']', open + 1);
  let tokens: WordToken[];
  let spanStart = 0;
  let spanEnd: number;
  let display: string;
  if (open >= 0 && close > open) {
    const before = tokenizeWords(text.slice(0, open));
    const inside = tokenizeWords(text.slice(open + 1, close));
    const after = tokenizeWords(text.slice(close + 1));
    if (inside.length === 0) return null;
    tokens = [...before, ...inside, ...after];
    spanStart = before.length;
    spanEnd = before.length + inside.length - 1;
    display = (text.slice(0, open) + text.slice(open + 1, close) + text.slice(close + 1)).trim();
  } else {
    tokens = tokenizeWords(text);
    spanEnd = tokens.length - 1;
    display = text;
  }
  if (tokens.length === 0) return null;
  return { display, tokens, spanStart, spanEnd, exact };
}

/**
 * The case rule of one alias token. An entity's own name is a proper noun: each of its capitalised words must be
 * capitalised in the text too ("Network Solutions" the registrar, not "network solutions"), whereas a multi-word alias
 * written in `aliases` matches in any case.
 */
export function caseRuleOf(token: WordToken, parsed: ParsedAlias, isName: boolean): TokenCase {
  if (parsed.exact || isAcronymWord(token.surface)) return 'exact';
  if ((isName || parsed.tokens.length === 1) && startsWithCapital(token.surface)) return 'capital';
  return 'any';
}
