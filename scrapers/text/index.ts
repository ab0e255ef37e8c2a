export { canonicalizeUrl, resolveHttpUrl, TRACKING_PARAMETER_PATTERNS } from './canonical-url.ts';
export { contentHash, normalizeTextForHash } from './content-hash.ts';
export {
  detectLanguage,
  normalizeLanguageTag,
  SUPPORTED_LANGUAGES,
  type SupportedLanguage,
} from './language.ts';
export {
  collapseWhitespace,
  feedTextToPlainText,
  htmlToPlainText,
  looksLikeMarkup,
  normalizeTitle,
  removeControlCharacters,
} from './plain-text.ts';
