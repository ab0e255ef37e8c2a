/**
 * A linear pre-check of an HTML page before a DOM is built from it. cheerio (parse5) and Readability over linkedom
 * cost time that grows faster than the page when elements nest deeply or number in the hundreds of thousands: a
 * 300 kB page of 50,000 nested `<div>` took 13 s in cheerio and 37 s in parseArticlePage on this machine, and a 2 MB
 * table of 100,000 rows 9 s and 14 s. Parsing is synchronous, so the fetcher's deadline cannot stop it and the whole
 * run would hang: such a page is refused instead, with an error that names the reason. Browsers cap the tree depth
 * too (Blink's parser stops nesting at 512 levels).
 */
import { PageParseError } from './listing-links.ts';

/** Deeper than any real page (news pages nest 20–60 levels); quadratic work at this depth is still milliseconds. */
export const MAX_HTML_NESTING_DEPTH = 1_000;

/** News pages carry 1,000–15,000 elements; Readability over 20,000 paragraphs took about 0.6 s. */
export const MAX_HTML_ELEMENTS = 50_000;

/**
 * Elements that never hold others (void elements) or that HTML closes by itself when a sibling starts: they add no
 * depth in the count below, which has no parser's knowledge of implied end tags.
 */
const NON_NESTING_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
  'p',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'option',
  'optgroup',
  'rp',
  'rt',
  'tbody',
  'thead',
  'tfoot',
  'colgroup',
  'caption',
]);

/**
 * Counts start tags and the nesting depth they reach, in one pass over the text (no DOM).
 * @throws PageParseError when the page nests deeper than MAX_HTML_NESTING_DEPTH or has more than MAX_HTML_ELEMENTS
 *   elements.
 */
export function assertHtmlComplexityBounded(html: string): void {
  let depth = 0;
  let maxDepth = 0;
  let nElements = 0;
  for (const match of html.matchAll(/<(\/?)([A-Za-z][A-Za-z0-9-]*)/g)) {
    const name = (match[2] ?? '').toLowerCase();
    if (match[1] === '/') {
      if (!NON_NESTING_ELEMENTS.has(name) && depth > 0) depth -= 1;
      continue;
    }
    nElements += 1;
    if (nElements > MAX_HTML_ELEMENTS)
      throw new PageParseError(`pages: more than ${MAX_HTML_ELEMENTS} elements, page refused`);
    if (NON_NESTING_ELEMENTS.has(name)) continue;
    depth += 1;
    if (depth > maxDepth) maxDepth = depth;
    if (maxDepth > MAX_HTML_NESTING_DEPTH)
      throw new PageParseError(
        `pages: elements nested more than ${MAX_HTML_NESTING_DEPTH} deep, page refused`,
      );
  }
}
