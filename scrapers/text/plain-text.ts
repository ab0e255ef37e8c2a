/**
 * Plain text from the HTML and XML text that feeds and pages carry.
 * Everything we store is plain text: entities decoded exactly once, tags stripped, whitespace collapsed and trimmed, NFC.
 */
import { decodeHTML } from 'entities';

/** Elements whose text would glue two words together once the tag is gone, so they become a space. */
const BLOCK_TAG_PATTERN =
  /^(?:address|article|aside|blockquote|br|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|table|td|th|tr|ul)$/i;

/**
 * Collapses runs of ASCII whitespace into one space and trims, as HTML rendering does.
 * No-break spaces and other Unicode spaces are kept on purpose: they are characters the author chose
 * (feedparser's corpus checks `&#160;` survives), and HTML never collapses them either.
 */
export function collapseWhitespace(text: string): string {
  // Fast path: most text has only single spaces, and replacing each of them would copy the string for nothing.
  if (!/[\t\n\f\r]| {2}/.test(text)) return text.trim();
  return text.replace(/[\t\n\f\r ]+/g, ' ').trim();
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
    if (text.includes('<!--')) text = text.replace(/<!--[\s\S]*?(?:-->|$)/g, ' ');
    if (text.includes('<![CDATA[')) text = text.replace(/<!\[CDATA\[([\s\S]*?)(?:\]\]>|$)/g, '$1');
    text = text.replace(
      /<\/?([A-Za-z][A-Za-z0-9:-]*)(?:[^>"']|"[^"]*"|'[^']*')*>?/g,
      (_match, tagName: string) => (BLOCK_TAG_PATTERN.test(tagName) ? ' ' : ''),
    );
    if (text.includes('<!') || text.includes('<?')) text = text.replace(/<[!?][^>]*>/g, '');
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
  if (declaredPlain || !/<[A-Za-z!/?]/.test(value)) return collapseWhitespace(value).normalize('NFC');
  return htmlToPlainText(value);
}

/** A title as we store and show it: plain text, one line. */
export function normalizeTitle(value: string | null | undefined): string {
  return feedTextToPlainText(value);
}
