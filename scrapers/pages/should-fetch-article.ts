/**
 * The politeness decision of issue 3 item 6: a feed item whose own text is short gets its article page fetched only
 * when its title or summary speaks of deplatforming in its language. Most items never cost a second request.
 */
import { mentionsDeplatforming } from '../../src/core/extract/prefilter.ts';
import type { ParsedItem } from '../types.ts';

/** Below this many characters of summary plus content, a feed item does not carry the article's text. */
export const SHORT_SUMMARY_CHARACTERS = 600;

/**
 * True when the item's text is short, it has a link, and its title or summary matches the deplatforming vocabulary
 * of `lang` (of all six languages when `lang` is null).
 */
export function shouldFetchArticlePage(item: ParsedItem, lang: string | null): boolean {
  if (item.url === null) return false;
  const ownTextLength = Math.max(item.summary.length, item.contentText.length);
  if (ownTextLength >= SHORT_SUMMARY_CHARACTERS) return false;
  return mentionsDeplatforming(`${item.title}\n${item.summary}`, lang ?? item.lang);
}
