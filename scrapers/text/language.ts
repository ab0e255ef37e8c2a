/**
 * Language detection for articles whose source and page do not state it.
 */
// The medium model: `import { eld } from 'eld'` throws at load (LIBRARIES.md); medium got 30/30 short headlines.
import { eld } from 'eld/medium';

/** The languages the extraction lexicons cover (DESIGN §1). */
export const SUPPORTED_LANGUAGES = ['en', 'fr', 'de', 'es', 'pt', 'it'] as const;
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];

const SUPPORTED_LANGUAGE_SET: ReadonlySet<string> = new Set(SUPPORTED_LANGUAGES);
const MIN_LETTERS_FOR_DETECTION = 12;

/**
 * Detects the language of a text among the six we extract from.
 * @returns the ISO 639-1 code, or null when the text is too short, unreliable or in another language.
 */
export function detectLanguage(text: string): SupportedLanguage | null {
  const letters = text.replace(/[^\p{L}]+/gu, '');
  if (letters.length < MIN_LETTERS_FOR_DETECTION) return null;
  const result = eld.detect(text.slice(0, 2000));
  const language = result.language;
  if (!SUPPORTED_LANGUAGE_SET.has(language)) return null;
  return language as SupportedLanguage;
}

/**
 * Reduces a declared language tag (`fr-FR`, `en_US`, `PT-br`) to one of ours.
 * @returns the two-letter code, or null when empty or not one we extract from.
 */
export function normalizeLanguageTag(tag: string | null | undefined): SupportedLanguage | null {
  if (!tag) return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return SUPPORTED_LANGUAGE_SET.has(primary) ? (primary as SupportedLanguage) : null;
}
