/**
 * Which URLs the fetcher accepts, and the headers it sends. Only http: and https: — a feed or a redirect pointing at
 * file:, ftp:, data: or javascript: is refused before anything happens (DESIGN §6).
 */
import type { ConditionalHeaders } from '../types.ts';
import { FetchError } from './errors.ts';

/**
 * What we accept, best first: feeds (RSS, Atom, JSON Feed, generic XML), then pages. The `*` catch-all keeps
 * servers that do content negotiation badly from answering 406.
 */
export const ACCEPT_HEADER =
  'application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, text/html;q=0.8, application/xhtml+xml;q=0.8, */*;q=0.5';

/** We can undo these; the body reader refuses any other coding. */
const ACCEPT_ENCODING = 'gzip, deflate, br';

/**
 * Parses a URL and checks its scheme.
 * @throws FetchError `bad_scheme` for anything but http:/https: (or a string that is not a URL).
 */
export function parseFetchableUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch (error) {
    throw new FetchError('bad_scheme', 'fetcher: not a URL', {
      url: text,
      mayBeTransient: false,
      cause: error,
    });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError('bad_scheme', `fetcher: refused scheme ${url.protocol} (only http: and https:)`, {
      url: text,
      mayBeTransient: false,
    });
  }
  return url;
}

/**
 * Resolves a Location header against the URL that sent it and checks the result like a fresh URL.
 * @throws FetchError `bad_scheme` for a redirect to file:, ftp:, data:, javascript: … or to garbage.
 */
export function resolveRedirectTarget(location: string, from: URL): URL {
  let target: URL;
  try {
    target = new URL(location, from);
  } catch (error) {
    throw new FetchError('bad_scheme', 'fetcher: redirect to an invalid URL', {
      url: from.href,
      mayBeTransient: false,
      cause: error,
    });
  }
  // The fragment is the client's business; it never goes on the wire.
  target.hash = '';
  return parseFetchableUrl(target.href);
}

// Only characters that node:http accepts in a header value (it throws on the others): a stored validator that went
// bad must not crash the request, it is just not sent.
const SAFE_HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]{1,1024}$/;

/**
 * The request headers: an honest User-Agent naming the project URL, our Accept, the encodings we can undo, and the
 * validators of a conditional GET. No Cookie, no Authorization, ever.
 */
export function buildRequestHeaders(
  userAgent: string,
  conditional: ConditionalHeaders | null,
  accept: string = ACCEPT_HEADER,
): Record<string, string> {
  const headers: Record<string, string> = {
    'user-agent': userAgent,
    accept,
    'accept-encoding': ACCEPT_ENCODING,
  };
  const etag = conditional?.etag;
  const lastModified = conditional?.lastModified;
  if (typeof etag === 'string' && SAFE_HEADER_VALUE.test(etag)) headers['if-none-match'] = etag;
  if (typeof lastModified === 'string' && SAFE_HEADER_VALUE.test(lastModified)) {
    headers['if-modified-since'] = lastModified;
  }
  return headers;
}
