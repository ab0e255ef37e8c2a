/**
 * The contracts between the collect stages, so that the fetcher (scrapers/fetcher), the parsers (scrapers/feeds,
 * scrapers/pages) and the orchestrator (scrapers/scrape) can be built side by side. Change them only together.
 */

/** Politeness and safety settings: `politeness` and `allow_private_hosts` of data/sources.yaml (DESIGN §3), parsed. */
export interface FetchPolicy {
  perOriginConcurrency: number;
  perOriginDelayMs: number;
  /** One deadline over connect, headers and body. */
  timeoutMs: number;
  /** Cap on decoded (decompressed) body bytes. */
  maxBodyBytes: number;
  maxRedirects: number;
  /** Cap on Retry-After and backoff. */
  maxWaitMs: number;
  /** Addresses or names that may be fetched although private or loopback. */
  allowPrivateHosts: string[];
  userAgent: string;
}

/** What a conditional GET sends. */
export interface ConditionalHeaders {
  etag?: string | null;
  lastModified?: string | null;
}

/** A completed fetch (any HTTP status that is not an error the fetcher classifies; see FetchError). */
export type FetchOutcome =
  | {
      kind: 'ok';
      /** The final URL after redirects. */
      url: string;
      status: number;
      /** Lower-case header names. */
      headers: Record<string, string>;
      /** The body after content-encoding was undone (never more than maxBodyBytes). */
      body: Buffer;
      etag: string | null;
      lastModified: string | null;
    }
  | { kind: 'not_modified'; url: string; etag: string | null; lastModified: string | null };

/** Classification of a failed fetch, for the source's health and its next_fetch_at. */
export type FetchErrorKind =
  | 'timeout'
  | 'too_large'
  | 'too_many_redirects'
  | 'bad_scheme'
  | 'private_address'
  | 'dns'
  | 'connection'
  | 'http_status'
  | 'robots'
  | 'decoding';

/** A feed or page item, normalised: plain text everywhere, absolute http(s) links only, dates in UTC. */
export interface ParsedItem {
  guid: string | null;
  /** Absolute http(s) URL, resolved against xml:base and the feed URL; null when the item has none usable. */
  url: string | null;
  title: string;
  /** Plain text of the summary or description. */
  summary: string;
  /** Plain text of the full content when the feed carries it. */
  contentText: string;
  /** UTC ISO 8601, or null when absent or invalid. */
  publishedAt: string | null;
  /** The date string as the feed gave it. */
  publishedRaw: string | null;
  author: string | null;
  /** The publisher named by the item (news-search feeds: `<source>`), and its URL. */
  publisher: string | null;
  publisherUrl: string | null;
  lang: string | null;
}

export interface ParsedFeed {
  format: 'rss' | 'atom' | 'rdf' | 'json';
  title: string;
  link: string | null;
  lang: string | null;
  items: ParsedItem[];
  /** Non-fatal problems: "ill-formed XML after item 3", "invalid date …". A non-empty list flags the feed. */
  warnings: string[];
  /** The charset the body was decoded with, and how it was chosen (bom, http, xml, sniffed, default). */
  charset: string;
  charsetSource: 'bom' | 'http' | 'xml' | 'sniffed' | 'default';
}

/** An article page, reduced to what we store. */
export interface ParsedArticlePage {
  title: string;
  text: string;
  publishedAt: string | null;
  publishedRaw: string | null;
  canonicalUrl: string | null;
  lang: string | null;
}
