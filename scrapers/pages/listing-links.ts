/**
 * Article links from a listing page (`kind: page` sources, DESIGN §3): the `selector` picks the links.
 */
import * as cheerio from 'cheerio';
import { canonicalizeUrl, resolveHttpUrl } from '../text/canonical-url.ts';
import { assertHtmlComplexityBounded } from './html-complexity.ts';

/**
 * Collects the article links that `selector` matches (the elements themselves when they are `<a>`, else the `<a>`
 * inside them), resolved against `<base href>` and the page URL, http(s) only, without fragments, deduplicated by
 * canonical URL in page order.
 * @throws PageParseError when the selector is not valid CSS, or the page nests too deep or has too many elements.
 */
export function extractListingLinks(html: string, baseUrl: string, selector: string): string[] {
  // Before any DOM: a nesting or element bomb would block the run for minutes (html-complexity.ts).
  assertHtmlComplexityBounded(html);
  const $ = cheerio.load(html);
  const declaredBase = $('base[href]').first().attr('href');
  const effectiveBase = resolveHttpUrl(declaredBase, baseUrl) ?? baseUrl;
  let selected: ReturnType<typeof $>;
  try {
    selected = $(selector);
  } catch (error) {
    throw new PageParseError(`pages: invalid selector "${selector}"`, { cause: error });
  }
  const seen = new Set<string>();
  const links: string[] = [];
  selected.each((_index, element) => {
    const anchors =
      element.type === 'tag' && element.name === 'a' ? [element] : $(element).find('a[href]').toArray();
    for (const anchor of anchors) {
      const href = $(anchor).attr('href');
      const resolved = resolveHttpUrl(href, effectiveBase);
      if (resolved === null) continue;
      const withoutFragment = resolved.split('#')[0] ?? resolved;
      const key = canonicalizeUrl(withoutFragment) ?? withoutFragment;
      if (seen.has(key)) continue;
      seen.add(key);
      links.push(withoutFragment);
    }
  });
  return links;
}

/** A page that cannot be read as asked (a bad selector). */
export class PageParseError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PageParseError';
  }
}
