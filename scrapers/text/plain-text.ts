/**
 * Plain text from the HTML and XML text that feeds and pages carry.
 * Everything we store is plain text: entities decoded exactly once, tags stripped, whitespace collapsed and trimmed, NFC.
 */
import { decodeHTML } from 'entities';

/** Tags of elements whose text would glue two words together once the tag is gone, so they become a space. */
const BLOCK_TAG_REGEX =
  /<\/?(?:address|article|aside|blockquote|br|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|table|td|th|tr|ul)(?=[\s/>])[^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>?/gi;

/**
 * Any other start or end tag; a `<` that does not open a tag (as in `a < b`) is not matched. Both patterns use the
 * unrolled form `[^>"']*(?:"…"[^>"']*)*` for the attributes: a per-character alternation was several times slower.
 */
const ANY_TAG_REGEX = /<\/?[A-Za-z][A-Za-z0-9:-]*[^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>?/g;

/**
 * Collapses runs of ASCII whitespace into one space and trims, as HTML rendering does.
 * No-break spaces and other Unicode spaces are kept on purpose: they are characters the author chose
 * (feedparser's corpus checks `&#160;` survives), and HTML never collapses them either.
 */
export function collapseWhitespace(text: string): string {
  // Fast path: most text has only single spaces, and replacing each of them would copy the string for nothing.
  // (A single character class and includes() are fast scans; the alternation /[\t\n\f\r]| {2}/ was three times slower.)
  // The class covers every C0 control, so the control characters below cost nothing on clean text.
  if (!/[\x00-\x1f\x7f]/.test(text) && !text.includes('  ')) return text.trim();
  return removeControlCharacters(text)
    .replace(/[\t\n\f\r ]+/g, ' ')
    .trim();
}

/**
 * Removes C0 control characters other than the whitespace ones (tab, line feed, form feed, carriage return), and DEL.
 * XML 1.0 forbids them, HTML ignores a NUL in text, and a hostile feed's `Before\u0000After` title must not reach the
 * database, a JSON line or a C-string consumer with a NUL inside. (A `&#0;` reference is already U+FFFD by HTML's rule.)
 */
export function removeControlCharacters(text: string): string {
  return /[\x00-\x08\x0b\x0e-\x1f\x7f]/.test(text)
    ? text.replace(/[\x00-\x08\x0b\x0e-\x1f\x7f]+/g, '')
    : text;
}

/** True when the text holds something that looks like an HTML tag, a comment or a character reference. */
export function looksLikeMarkup(text: string): boolean {
  return /<[A-Za-z!/?]/.test(text) || /&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i.test(text);
}

/**
 * Reduces an HTML fragment to plain text: comments dropped, tags stripped (the text inside a `<script>` or `<style>`
 * is kept as text, never run), block elements turned into spaces, entities decoded once, whitespace collapsed, NFC.
 * A `<` that does not open a tag (as in `a < b`) is kept as text.
 */
export function htmlToPlainText(html: string): string {
  if (html === '') return '';
  let text = html;
  if (text.includes('<')) {
    // One scan decides whether comments, CDATA, doctypes or processing instructions need their own passes.
    const hasDeclarations = text.includes('<!') || text.includes('<?');
    if (hasDeclarations) {
      text = text.replace(/<!--[\s\S]*?(?:-->|$)/g, ' ');
      text = text.replace(/<!\[CDATA\[([\s\S]*?)(?:\]\]>|$)/g, '$1');
    }
    // Two callback-free passes (V8's fast path for string replacement): block elements become a space, other tags
    // vanish. A callback deciding per tag was the reader's single largest cost on a 12 MB feed.
    text = text.replace(BLOCK_TAG_REGEX, ' ');
    text = text.replace(ANY_TAG_REGEX, '');
    if (hasDeclarations) text = text.replace(/<[!?][^>]*>/g, '');
  }
  if (text.includes('&')) text = decodeHTML(text);
  return collapseWhitespace(text).normalize('NFC');
}

/**
 * Plain text from a value the XML parser already decoded once. Markup (tags or character references that were
 * escaped in the XML, or CDATA) is HTML and is reduced by {@link htmlToPlainText}; anything else is already text and
 * is only collapsed, so `&amp;eacute;` in the XML stays the six characters `&eacute;` (entities decoded exactly once).
 * @param declaredPlain - true for Atom `type="text"`: the value is text even if it contains `<`.
 */
export function feedTextToPlainText(value: string | null | undefined, declaredPlain = false): string {
  if (value === null || value === undefined || value === '') return '';
  // A JSON Feed's `"\ud800"` escape or a UTF-16 body with a broken pair yields a lone surrogate, which is not text:
  // U+FFFD instead, so every stored string is well-formed (SQLite and JSON output would mangle it anyway).
  if (!value.isWellFormed()) value = value.toWellFormed();
  if (declaredPlain || !/<[A-Za-z!/?]/.test(value)) return collapseWhitespace(value).normalize('NFC');
  return htmlToPlainText(value);
}

/** A title as we store and show it: plain text, one line. */
export function normalizeTitle(value: string | null | undefined): string {
  return feedTextToPlainText(value);
}
