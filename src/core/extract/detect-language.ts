import { LANGUAGES } from '../taxonomy.ts';

/** Function words that are frequent in one language and rare in the five others. */
const FUNCTION_WORDS: Record<string, readonly string[]> = {
  en: [
    'the',
    'and',
    'of',
    'to',
    'was',
    'has',
    'its',
    'from',
    'with',
    'by',
    'on',
    'that',
    'after',
    'which',
    'were',
  ],
  fr: [
    'le',
    'la',
    'les',
    'des',
    'et',
    'du',
    'une',
    'est',
    'a',
    'été',
    'sur',
    'pour',
    'dans',
    'qui',
    'au',
    'ont',
  ],
  de: [
    'der',
    'die',
    'das',
    'und',
    'den',
    'dem',
    'ist',
    'nicht',
    'mit',
    'von',
    'wurde',
    'hat',
    'ein',
    'eine',
    'auf',
  ],
  es: ['el', 'los', 'las', 'del', 'y', 'fue', 'por', 'que', 'una', 'en', 'su', 'con', 'para', 'al', 'ha'],
  pt: [
    'o',
    'os',
    'do',
    'da',
    'dos',
    'e',
    'foi',
    'que',
    'uma',
    'em',
    'no',
    'na',
    'com',
    'para',
    'pelo',
    'não',
  ],
  it: [
    'il',
    'lo',
    'gli',
    'della',
    'di',
    'e',
    'è',
    'che',
    'una',
    'per',
    'con',
    'del',
    'nel',
    'stato',
    'ha',
    'sono',
  ],
};

const WORD_TO_LANGS = new Map<string, string[]>();
for (const [lang, words] of Object.entries(FUNCTION_WORDS)) {
  for (const word of words) WORD_TO_LANGS.set(word, [...(WORD_TO_LANGS.get(word) ?? []), lang]);
}

/**
 * A cheap guess of an article's language among the six supported ones, by counting function words in its first
 * 2,000 characters. Returns null when nothing counts (the caller then applies English rules).
 */
export function detectLanguage(text: string): string | null {
  const scores: Record<string, number> = Object.fromEntries(LANGUAGES.map((lang) => [lang, 0]));
  for (const match of text
    .slice(0, 2000)
    .toLowerCase()
    .matchAll(/[\p{L}]+/gu)) {
    const langs = WORD_TO_LANGS.get(match[0]);
    if (!langs) continue;
    for (const lang of langs) scores[lang]! += 1 / langs.length;
  }
  let best: string | null = null;
  let bestScore = 0;
  for (const [lang, score] of Object.entries(scores)) {
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  return best;
}
