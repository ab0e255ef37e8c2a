/**
 * Corpus expectations we judge not applicable to our reader, each with its reason. The evaluator also classes as not
 * applicable, automatically, every expectation that reads a feedparser-only key (`*_detail`, `tags`, `enclosures`,
 * `version` …); this list holds the ones that read keys we do produce but test a behaviour we chose not to have.
 * docs/feeds.md repeats this list; keep them together.
 */

export interface NotApplicableRule {
  /** Matches corpus ids (`tests/encoding/…`). */
  pattern: RegExp;
  reason: string;
}

export const NOT_APPLICABLE_RULES: readonly NotApplicableRule[] = [
  {
    pattern: /\/cdf\//,
    reason:
      'Microsoft CDF (Channel Definition Format, 1997) is not one of the feed formats we read (RSS, Atom, JSON Feed)',
  },
  {
    pattern: /content_location/,
    reason:
      'uses Content-Location as the base URI: RFC 7231 §3.1.4.2 dropped that rule of RFC 2616; we resolve against the fetched URL',
  },
  {
    pattern: /author_map_author\.xml$|author_map_author_2\.xml$/,
    reason: 'expects feedparser\'s display form "name (email)"; we keep the author\'s name only',
  },
  {
    pattern: /http_(?:entry|feed)_id_base_docuri/,
    reason: 'resolves an entry id as a relative URI; we keep ids verbatim (identifiers, not links)',
  },
  {
    pattern: /item_image_link_conflict/,
    reason:
      'expects the host in its original case (item.TEST); WHATWG URL parsing lower-cases hosts, which we keep',
  },
  {
    pattern: /entities\/(?:lang|rang)\.xml$/,
    reason:
      'HTML 4 mapped &lang;/&rang; to U+2329/U+232A; HTML 5, whose entity table we use, maps them to U+27E8/U+27E9',
  },
  {
    pattern: /item_(?:summary_and_description|description_and_summary)/,
    reason: 'feedparser maps a non-RSS <summary> element beside <description>; RSS has no <summary>',
  },
];

/** RFC 3023 §3.1 made text/xml without a charset us-ascii; RFC 7303 §3.2 (which we follow) replaced that rule. */
function isRfc3023Default(expect: string, headers: Readonly<Record<string, string>>): boolean {
  const contentType = headers['content-type'] ?? '';
  return /^text\//i.test(contentType) && /encoding == 'us-ascii'/.test(expect);
}

/** feedparser flags a feed served as text/plain as bozo; RFC 7303 does not make the media type a well-formedness matter. */
function isTextPlainBozo(expect: string, headers: Readonly<Record<string, string>>): boolean {
  return /^text\/plain/i.test(headers['content-type'] ?? '') && /^\s*bozo\b/.test(expect);
}

/**
 * The reason given to expectations written for feedparser's sanitised-HTML output. The runner still checks them in
 * plain-text form (expected literals reduced to plain text by evaluate.py) and reports that count on its own line.
 */
export const MARKUP_REASON = 'expects HTML markup or an entity reference in the value; we store plain text';

/** An expectation whose expected value is HTML markup: we store plain text by contract (DESIGN §4), never markup. */
export function expectsMarkup(expect: string): boolean {
  const literals = expect.match(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g) ?? [];
  return literals.some((literal) => /<[a-zA-Z/!]|&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);/.test(literal));
}

/** The reason an expectation is not applicable, or null when it is. */
export function notApplicableReason(
  id: string,
  expect: string,
  skipUnless: string | null,
  headers: Readonly<Record<string, string>> = {},
): string | null {
  for (const rule of NOT_APPLICABLE_RULES) if (rule.pattern.test(id)) return rule.reason;
  if (isRfc3023Default(expect, headers))
    return 'RFC 3023 default: text/* without charset is us-ascii; RFC 7303 §3.2 replaced it and we follow RFC 7303';
  if (isTextPlainBozo(expect, headers))
    return 'feedparser flags text/plain as bozo; we read the body whatever its media type';
  if (skipUnless?.includes('feedparser.')) return 'depends on a feedparser setting (SkipUnless)';
  if (expectsMarkup(expect))
    return 'expects HTML markup or an entity reference in the value; we store plain text';
  return null;
}
