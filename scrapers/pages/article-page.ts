/**
 * An article page → what we store: main text (Readability over linkedom: same output as jsdom, about 7× faster, per
 * LIBRARIES.md), title, publication time, canonical link and language.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { parseFeedDate } from '../feeds/dates.ts';
import { resolveHttpUrl } from '../text/canonical-url.ts';
import { detectLanguage } from '../text/language.ts';
import { collapseWhitespace, htmlToPlainText, normalizeTitle } from '../text/plain-text.ts';
import type { ParsedArticlePage } from '../types.ts';
import { assertHtmlComplexityBounded } from './html-complexity.ts';

type PageDocument = ReturnType<typeof parseHTML>['document'];

/** schema.org types whose `datePublished` is the article's. */
const ARTICLE_TYPE_PATTERN = /(?:Article|BlogPosting|Report|NewsArticle|WebPage)$/;

function collectJsonLdNodes(value: unknown, into: Record<string, unknown>[]): void {
  if (Array.isArray(value)) {
    for (const entry of value) collectJsonLdNodes(entry, into);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const node = value as Record<string, unknown>;
  into.push(node);
  if (node['@graph'] !== undefined) collectJsonLdNodes(node['@graph'], into);
  if (node.mainEntity !== undefined) collectJsonLdNodes(node.mainEntity, into);
}

function nodeTypes(node: Record<string, unknown>): string[] {
  const type = node['@type'];
  if (typeof type === 'string') return [type];
  return Array.isArray(type) ? type.filter((entry): entry is string => typeof entry === 'string') : [];
}

/** `datePublished` from JSON-LD: article-typed nodes first, then any node; arrays and `@graph` included. */
function jsonLdDatePublished(document: PageDocument): string | null {
  const nodes: Record<string, unknown>[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      collectJsonLdNodes(JSON.parse(script.textContent ?? ''), nodes);
    } catch {
      // Broken JSON-LD is common; the other sources of a date remain.
    }
  }
  const dated = nodes.filter((node) => typeof node.datePublished === 'string');
  const article = dated.find((node) => nodeTypes(node).some((type) => ARTICLE_TYPE_PATTERN.test(type)));
  const chosen = article ?? dated[0];
  return chosen ? (chosen.datePublished as string) : null;
}

function metaContent(document: PageDocument, selectors: readonly string[]): string | null {
  for (const selector of selectors) {
    const content = document.querySelector(selector)?.getAttribute('content');
    if (content && content.trim() !== '') return content.trim();
  }
  return null;
}

/** The publication time's raw string, by trust: JSON-LD, Open Graph `article:published_time`, other metas, `<time>`. */
function findPublishedRaw(document: PageDocument): string | null {
  return (
    jsonLdDatePublished(document) ??
    metaContent(document, [
      'meta[property="article:published_time"]',
      'meta[name="article:published_time"]',
      'meta[itemprop="datePublished"]',
      'meta[name="date"]',
      'meta[name="DC.date.issued"]',
      'meta[name="dcterms.created"]',
    ]) ??
    document.querySelector('time[datetime]')?.getAttribute('datetime')?.trim() ??
    null
  );
}

function findCanonicalUrl(document: PageDocument, baseUrl: string): string | null {
  const canonical = document.querySelector('link[rel~="canonical"]')?.getAttribute('href');
  return (
    resolveHttpUrl(canonical, baseUrl) ??
    resolveHttpUrl(metaContent(document, ['meta[property="og:url"]']), baseUrl)
  );
}

function findTitle(document: PageDocument, readabilityTitle: string | null | undefined): string {
  const candidates = [
    metaContent(document, ['meta[property="og:title"]', 'meta[name="twitter:title"]']),
    readabilityTitle,
    document.querySelector('h1')?.textContent,
    document.querySelector('title')?.textContent,
  ];
  for (const candidate of candidates) {
    const title = normalizeTitle(candidate);
    if (title !== '') return title;
  }
  return '';
}

/** The primary subtag of `<html lang>` (`fr-FR` → `fr`), lower case; null when absent. */
function declaredLanguage(document: PageDocument): string | null {
  const lang =
    document.documentElement?.getAttribute('lang') ??
    document.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content');
  const primary = lang?.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return /^[a-z]{2,3}$/.test(primary) ? primary : null;
}

/**
 * Parses an article page. Pure: takes the HTML and the URL it came from, never fetches.
 * The text is Readability's main content reduced to plain text, or the body's text when Readability finds no article.
 * @throws PageParseError when the page nests deeper or has more elements than html-complexity.ts allows.
 */
export function parseArticlePage(html: string, baseUrl: string): ParsedArticlePage {
  // Before any DOM: a nesting or element bomb would block the run for minutes (html-complexity.ts).
  assertHtmlComplexityBounded(html);
  const { document } = parseHTML(html);
  const publishedRaw = findPublishedRaw(document);
  const publishedAt = publishedRaw === null ? null : parseFeedDate(publishedRaw).iso;
  const canonicalUrl = findCanonicalUrl(document, baseUrl);
  const lang = declaredLanguage(document);
  const pageTitleFallback = findTitle(document, null);

  // Readability mutates the document it reads, so it gets its own copy; the metadata above came from the original.
  const { document: readabilityDocument } = parseHTML(html);
  let article: ReturnType<Readability<string>['parse']> = null;
  try {
    article = new Readability(readabilityDocument as unknown as Document).parse();
  } catch {
    article = null;
  }
  const text = article?.content
    ? htmlToPlainText(article.content.replace(/<\/(?:p|div|h[1-6]|li|blockquote)>/gi, '$&\n'))
    : collapseWhitespace(document.body?.textContent ?? '');
  const title = findTitle(document, article?.title) || pageTitleFallback;
  return {
    title,
    text,
    publishedAt,
    publishedRaw,
    canonicalUrl,
    lang: lang ?? detectLanguage(`${title}. ${text}`),
  };
}
