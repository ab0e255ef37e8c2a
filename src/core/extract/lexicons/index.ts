import { DE_LEXICON } from './de.ts';
import { EN_LEXICON } from './en.ts';
import { ES_LEXICON } from './es.ts';
import { FR_LEXICON } from './fr.ts';
import { IT_LEXICON } from './it.ts';
import { PT_LEXICON } from './pt.ts';
import type { LanguageLexicon } from './types.ts';

export type { LanguageLexicon, ServiceWordRule, VerbRule } from './types.ts';

/** The lexicon of each supported language. */
export const LEXICONS: Readonly<Record<string, LanguageLexicon>> = {
  en: EN_LEXICON,
  fr: FR_LEXICON,
  de: DE_LEXICON,
  es: ES_LEXICON,
  pt: PT_LEXICON,
  it: IT_LEXICON,
};
