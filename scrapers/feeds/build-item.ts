/**
 * Raw item fields → ParsedItem: plain text, absolute http(s) links resolved against xml:base and the feed URL,
 * dates strictly in UTC, the publisher of news-search items.
 */

import { resolveHttpUrl } from '../text/canonical-url.ts';
import { feedTextToPlainText, normalizeTitle } from '../text/plain-text.ts';
import type { ParsedItem } from '../types.ts';
import type { RawItemFields } from './adapters.ts';
import { parseFeedDate } from './dates.ts';
import { splitPublisherSuffix } from './news-search.ts';

export interface ItemContext {
  /** The base URL in force for the item: feed-level xml:base resolved against the feed URL. */
  baseUrl: string | null;
  feedLang: string | null;
  newsSearch: boolean;
  /** 1-based position, for warnings. */
  position: number;
  warnings: string[];
}

/** Resolves a nested xml:base (RFC 3986 §5 against the enclosing base); an unusable one keeps the enclosing base. */
export function resolveBase(base: string | null, enclosing: string | null): string | null {
  if (!base) return enclosing;
  try {
    return enclosing ? new URL(base.trim(), enclosing).href : new URL(base.trim()).href;
  } catch {
    return enclosing;
  }
}

/** Builds one normalised item; problems go to `context.warnings`, never throw. */
export function buildItem(raw: RawItemFields, context: ItemContext): ParsedItem {
  const itemBase = resolveBase(raw.base, context.baseUrl);
  let url: string | null = null;
  if (raw.link && raw.link.trim() !== '') {
    url = resolveHttpUrl(raw.link, itemBase);
    if (url === null)
      context.warnings.push(`feeds: item ${context.position}: link is not an http(s) URL, dropped`);
  }

  let title = normalizeTitle(raw.title);
  let publisher = raw.sourceTitle ? normalizeTitle(raw.sourceTitle) || null : null;
  const publisherUrl = raw.sourceUrl ? resolveHttpUrl(raw.sourceUrl, itemBase) : null;
  if (publisher || context.newsSearch) {
    const split = splitPublisherSuffix(title, publisher);
    if (split.publisher) {
      title = split.title;
      publisher = split.publisher;
    }
  }

  let publishedAt: string | null = null;
  const publishedRaw = raw.date && raw.date.trim() !== '' ? raw.date.trim() : null;
  if (publishedRaw !== null) {
    publishedAt = parseFeedDate(publishedRaw).iso;
    if (publishedAt === null)
      context.warnings.push(`feeds: item ${context.position}: invalid date "${publishedRaw.slice(0, 60)}"`);
  }

  const author = raw.author ? normalizeTitle(raw.author) || null : null;
  return {
    guid: raw.guid ? raw.guid.trim() || null : null,
    url,
    title,
    summary: feedTextToPlainText(raw.summary),
    contentText: feedTextToPlainText(raw.content),
    publishedAt,
    publishedRaw,
    author,
    publisher,
    publisherUrl,
    lang: raw.lang?.trim() ? raw.lang.trim().replace(/_/g, '-') : context.feedLang,
  };
}
