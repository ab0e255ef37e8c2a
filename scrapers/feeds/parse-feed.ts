/**
 * Feed bytes → ParsedFeed. Pure: takes the body, its Content-Type and the URL it came from; never fetches.
 * feedsmith does the format detection and element mapping (chosen over @rowanmanning/feed-parser and rss-parser by
 * measurement, docs/feeds.md); around it we add what it leaves to the caller: charset decoding (decode.ts),
 * DTD neutralisation (doctype.ts), ill-formed-feed salvage (scan-xml.ts), HTML-page rejection, and normalisation.
 */
import { parseFeed as parseWithFeedsmith } from 'feedsmith';
import { resolveHttpUrl } from '../text/canonical-url.ts';
import { normalizeTitle } from '../text/plain-text.ts';
import type { ParsedFeed } from '../types.ts';
import { adaptAtomFeed, adaptJsonFeed, adaptRssFeed, type RawFeedFields } from './adapters.ts';
import { buildItem, resolveBase } from './build-item.ts';
import { decodeFeedBody } from './decode.ts';
import { neutralizeDoctype } from './doctype.ts';
import { FeedParseError } from './errors.ts';
import { isNewsSearchFeed } from './news-search.ts';
import { scanXml } from './scan-xml.ts';

/** `en_US` → `en-US` (BCP 47 uses hyphens); empty → null. */
export function normalizeDeclaredLanguage(tag: string | null): string | null {
  const trimmed = tag?.trim().replace(/_/g, '-') ?? '';
  return trimmed === '' ? null : trimmed;
}

export interface ParseFeedOptions {
  /** The response's Content-Type header, or null. */
  contentType: string | null;
  /** The URL the body was fetched from (after redirects): the last base for relative links. */
  baseUrl: string | null;
  /** The HTTP Content-Language header: the feed's language when the feed itself declares none. */
  contentLanguage?: string | null;
}

const HTML_ROOT_NAMES = new Set(['html', 'head', 'body']);

function runFeedsmith(text: string): { format: ParsedFeed['format']; raw: RawFeedFields } {
  const result = parseWithFeedsmith(text) as { format: string; feed: unknown };
  const feed = (result.feed ?? {}) as Record<string, unknown>;
  if (result.format === 'atom') return { format: 'atom', raw: adaptAtomFeed(feed) };
  if (result.format === 'json') return { format: 'json', raw: adaptJsonFeed(feed) };
  if (result.format === 'rdf') return { format: 'rdf', raw: adaptRssFeed(feed) };
  return { format: 'rss', raw: adaptRssFeed(feed) };
}

/**
 * A CDATA section in a title, summary or content element whose text holds a character reference but no tag
 * (`<title><![CDATA[Trump&#8217;s account]]></title>`, WordPress's `[&#8230;]` excerpts). The XML layer does not
 * decode CDATA, and without a tag feedTextToPlainText would take the value for finished text: the reference would be
 * decoded zero times and stored as `&#8217;`. CDATA in these elements is HTML (the decode-once rule, plain-text.ts),
 * so an empty element `<wbw-cdata/>` is put at its start: the value then reads as markup, and the marker disappears with
 * the tags (feedsmith strips comments from values, so a comment would not survive as the marker).
 * Links and other elements are left alone.
 */
const ENTITY_ONLY_CDATA =
  /<!\[CDATA\[(?=(?:[^<\]&]|\](?!\]>)|&(?!(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);))*&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);)/gi;

/** The elements whose CDATA is HTML text; a link, a guid or a date in CDATA is left as written. */
const TEXT_ELEMENT_BEFORE_CDATA =
  /<(?:[A-Za-z][\w.-]*:)?(?:title|description|summary|content|encoded|subtitle)\b[^<>]*>\s*$/i;

/** Marks the CDATA sections described above so that their references are decoded once; other text is unchanged. */
export function markEntityOnlyCdata(text: string): string {
  if (!text.includes('<![CDATA[')) return text;
  // The regex finds the literal `<![CDATA[` (a fast scan) and looks ahead only up to the first tag; the element name
  // is checked on the few matches, never on every tag of a 12 MB feed.
  return text.replace(ENTITY_ONLY_CDATA, (match: string, offset: number) => {
    const tagStart = text.lastIndexOf('<', offset - 1);
    if (tagStart === -1) return match;
    return TEXT_ELEMENT_BEFORE_CDATA.test(text.slice(tagStart, offset)) ? `${match}<wbw-cdata/>` : match;
  });
}

function formatFromRootName(rootName: string): ParsedFeed['format'] {
  const name = rootName.toLowerCase();
  if (name === 'feed') return 'atom';
  if (name === 'rdf') return 'rdf';
  return 'rss';
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.message}${cause}`;
}

/**
 * Parses an RSS 0.9x/1.0/2.0, Atom 0.3/1.0 or JSON Feed 1.0/1.1 body. A feed that breaks part-way keeps the complete
 * items before the break and gets a warning; so do bad links, invalid dates and undeclared entities.
 * @throws FeedParseError when the body is empty, is an HTML page, or holds no recognisable feed.
 */
export function parseFeed(bytes: Buffer, options: ParseFeedOptions): ParsedFeed {
  if (bytes.length === 0) throw new FeedParseError('empty', 'feeds: empty body');
  const decoded = decodeFeedBody(bytes, options.contentType);
  const warnings = [...decoded.warnings];
  let text = decoded.text;
  if (text.trim() === '') throw new FeedParseError('empty', 'feeds: empty body (whitespace only)');

  let parsed: { format: ParsedFeed['format']; raw: RawFeedFields };
  const firstCharacter = text.trimStart().charAt(0);
  if (firstCharacter === '{') {
    try {
      parsed = runFeedsmith(text);
    } catch (error) {
      throw new FeedParseError('malformed', `feeds: not a JSON Feed (${describe(error)})`, { cause: error });
    }
  } else {
    const neutralized = neutralizeDoctype(text);
    text = neutralized.text;
    if (neutralized.warning) warnings.push(neutralized.warning);
    const scan = scanXml(text);
    if (scan.rootName !== null && HTML_ROOT_NAMES.has(scan.rootName.toLowerCase()))
      throw new FeedParseError('html', 'feeds: the body is an HTML page, not a feed');
    if (scan.rootName === null) {
      if (/<!doctype\s+html|<html[\s>]/i.test(decoded.text))
        throw new FeedParseError('html', 'feeds: the body is an HTML page, not a feed');
      throw new FeedParseError('unrecognized', 'feeds: no XML element and no JSON object in the body');
    }
    if (scan.nonStructuralError) warnings.push(`feeds: ill-formed XML: ${scan.nonStructuralError}`);
    if (scan.structuralError && scan.salvage) {
      text = text.slice(0, scan.salvage.cutOffset) + scan.salvage.closingTags;
      warnings.push(
        `feeds: ill-formed XML at character ${scan.structuralError.offset} (${scan.structuralError.message}); kept what precedes it`,
      );
    }
    text = markEntityOnlyCdata(text);
    try {
      parsed = runFeedsmith(text);
    } catch (error) {
      const name = error instanceof Error ? error.name : '';
      if (name === 'DetectError') {
        throw new FeedParseError(
          'unrecognized',
          `feeds: no RSS, Atom or RDF root element (root is <${scan.rootName}>)`,
          { cause: error },
        );
      }
      // feedsmith recognised the format but found no channel fields it maps (`<rss version="2.0"></rss>`): an empty feed
      // is a valid answer, not an error.
      if (name === 'ParseError') {
        parsed = {
          format: formatFromRootName(scan.rootName),
          raw: { title: null, link: null, lang: null, base: null, items: [] },
        };
      } else
        throw new FeedParseError('malformed', `feeds: unreadable XML (${describe(error)})`, { cause: error });
    }
  }

  const raw = parsed.raw;
  if (!raw.lang && options.contentLanguage) raw.lang = options.contentLanguage.split(',')[0] ?? null;
  const feedBase = resolveBase(raw.base, options.baseUrl);
  const link = resolveHttpUrl(raw.link, feedBase);
  const newsSearch = isNewsSearchFeed(options.baseUrl, link);
  const items = raw.items.map((rawItem, index) =>
    buildItem(rawItem, {
      baseUrl: feedBase,
      feedLang: normalizeDeclaredLanguage(raw.lang),
      newsSearch,
      position: index + 1,
      warnings,
    }),
  );
  return {
    format: parsed.format,
    title: normalizeTitle(raw.title),
    link,
    lang: normalizeDeclaredLanguage(raw.lang),
    items,
    warnings,
    charset: decoded.charset,
    charsetSource: decoded.charsetSource,
  };
}
