/**
 * Bytes → text for HTML pages, in the order of the WHATWG encoding sniffing algorithm (HTML §13.2.3.2): the BOM, the
 * HTTP charset, then a `<meta charset>` or `<meta http-equiv="Content-Type">` in the first 1024 bytes, then the feed
 * decoder's own fallbacks (valid UTF-8, else a chardet guess). Only the meta step is HTML's; the rest is shared with
 * feeds (scrapers/feeds/decode.ts). Kept out of scrapers/pages/index.ts so that it loads without cheerio or linkedom.
 */
import {
  type CharsetSource,
  decodeFeedBody,
  detectByteOrderMark,
  parseCharsetParameter,
} from '../feeds/decode.ts';

export interface DecodedHtmlBody {
  text: string;
  charset: string;
  charsetSource: CharsetSource | 'meta';
  warnings: string[];
}

/** The charset a `<meta>` declares in the first 1024 bytes, lower case, or null. */
export function prescanMetaCharset(prefix: string): string | null {
  const withoutComments = prefix.replace(/<!--[\s\S]*?-->/g, '');
  const direct = /<meta\s[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i.exec(withoutComments);
  const charset = direct?.[1]?.toLowerCase() ?? null;
  if (charset === null) return null;
  // HTML §13.2.3.2: a meta that claims UTF-16 is read as UTF-8 (the bytes it was found in were ASCII-compatible).
  return charset.startsWith('utf-16') ? 'utf-8' : charset;
}

/**
 * Decodes an HTML page body.
 * @param contentType - the HTTP Content-Type header, or null.
 */
export function decodeHtmlBody(bytes: Buffer, contentType: string | null): DecodedHtmlBody {
  if (detectByteOrderMark(bytes) === null && parseCharsetParameter(contentType) === null) {
    const metaCharset = prescanMetaCharset(bytes.subarray(0, 1024).toString('latin1'));
    if (metaCharset !== null) {
      const decoded = decodeFeedBody(bytes, `text/html; charset=${metaCharset}`);
      return { ...decoded, charsetSource: decoded.charsetSource === 'http' ? 'meta' : decoded.charsetSource };
    }
  }
  return decodeFeedBody(bytes, contentType);
}
