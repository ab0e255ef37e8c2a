import type { NewArticle } from '../../src/db/articles.ts';
import type { SourceConfig } from '../sources/index.ts';
// Imported file by file: scrapers/text/index.ts also loads the language model, which only some runs need.
import { canonicalizeUrl } from '../text/canonical-url.ts';
import { contentHash } from '../text/content-hash.ts';
import { collapseWhitespace } from '../text/plain-text.ts';
import type { ParsedArticlePage, ParsedItem } from '../types.ts';
import type { LanguageTools } from './types.ts';

/**
 * Below this many characters a text is too generic (a one-line teaser, a site-wide blurb repeated in every item) to
 * prove that two articles are copies of each other, so it gets no content hash.
 */
export const MIN_TEXT_LENGTH_FOR_CONTENT_HASH = 400;

/** The host of a URL without `www.`, lower case: the publisher of a link when the feed names none. */
function hostKeyOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** The key of the "same publisher + title + day" rule: case and spacing do not make two titles different. */
export function titleKeyOf(title: string): string {
  return collapseWhitespace(title).normalize('NFC').toLowerCase();
}

/**
 * Turns a feed item (and the article page fetched for it, if any) into the article we store. Pure.
 * Returns null when the item has no usable http(s) link: without one it cannot be cited.
 */
export function itemToArticle(
  item: ParsedItem,
  context: {
    source: SourceConfig;
    feedLang: string | null;
    fetchedAt: string;
    page?: ParsedArticlePage | null;
    languageTools: LanguageTools | null;
  },
): NewArticle | null {
  const page = context.page ?? null;
  const rawUrl = item.url ?? (item.guid !== null && /^https?:\/\//i.test(item.guid) ? item.guid : null);
  if (rawUrl === null) return null;
  const url = canonicalizeUrl(rawUrl);
  if (url === null) return null;
  const feedText = item.contentText.length >= item.summary.length ? item.contentText : item.summary;
  const text = page !== null && page.text.length > feedText.length ? page.text : feedText;
  const title = item.title !== '' ? item.title : (page?.title ?? '');
  const publishedAt = item.publishedAt ?? (item.publishedRaw === null ? (page?.publishedAt ?? null) : null);
  const publishedRaw = item.publishedRaw ?? page?.publishedRaw ?? null;
  return {
    url,
    guid: item.guid,
    publisher: item.publisher,
    publisherUrl: item.publisherUrl,
    // Untitled items are never merged by title: every one of them would share the empty title.
    publisherKey: title === '' ? null : publisherKeyOf(item.publisher, url, context.source.resolveLinks),
    title,
    titleKey: titleKeyOf(title),
    publishedAt,
    publishedRaw,
    fetchedAt: context.fetchedAt,
    lang: languageOf(
      context.source.lang,
      [page?.lang, item.lang, context.feedLang],
      `${title}\n${text}`,
      context.languageTools,
    ),
    text,
    contentHash: text.length >= MIN_TEXT_LENGTH_FOR_CONTENT_HASH ? contentHash(text) : null,
  };
}

/** Turns an article page of a `kind: page` source into the article we store. Pure. */
export function pageToArticle(
  page: ParsedArticlePage,
  context: { source: SourceConfig; pageUrl: string; fetchedAt: string; languageTools: LanguageTools | null },
): NewArticle | null {
  const url = canonicalizeUrl(page.canonicalUrl ?? context.pageUrl) ?? canonicalizeUrl(context.pageUrl);
  if (url === null) return null;
  return {
    url,
    guid: null,
    publisher: null,
    publisherUrl: null,
    publisherKey: page.title === '' ? null : publisherKeyOf(null, url, true),
    title: page.title,
    titleKey: titleKeyOf(page.title),
    publishedAt: page.publishedAt,
    publishedRaw: page.publishedRaw,
    fetchedAt: context.fetchedAt,
    lang: languageOf(context.source.lang, [page.lang], `${page.title}\n${page.text}`, context.languageTools),
    text: page.text,
    contentHash: page.text.length >= MIN_TEXT_LENGTH_FOR_CONTENT_HASH ? contentHash(page.text) : null,
  };
}

/**
 * The publisher named by the item, else the link's host; null for an aggregator's links (resolve_links: false)
 * without a named publisher, whose host says nothing about who published.
 */
function publisherKeyOf(publisher: string | null, url: string, resolveLinks: boolean): string | null {
  if (publisher !== null && publisher.trim() !== '') return collapseWhitespace(publisher).toLowerCase();
  return resolveLinks ? hostKeyOf(url) : null;
}

/**
 * The source's declared language wins; then what the page or feed declares; then detection on the text. `languageTools`
 * is null only when the source declares its language.
 */
function languageOf(
  sourceLang: string | null,
  declared: (string | null | undefined)[],
  text: string,
  languageTools: LanguageTools | null,
): string | null {
  if (sourceLang !== null) return sourceLang;
  if (languageTools === null) return null;
  for (const tag of declared) {
    const lang = languageTools.normalizeLanguageTag(tag);
    if (lang !== null) return lang;
  }
  return languageTools.detectLanguage(text);
}
