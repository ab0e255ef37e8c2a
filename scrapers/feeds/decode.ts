/**
 * Bytes → text for XML feeds, per RFC 7303 §3 (which replaced RFC 3023: `text/xml` without a charset no longer means
 * us-ascii): the byte order mark first, then the HTTP `charset` parameter, then the XML declaration's `encoding`, then
 * a guess, else UTF-8.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';

export type CharsetSource = 'bom' | 'http' | 'xml' | 'sniffed' | 'default';

export interface DecodedFeedBody {
  text: string;
  /** The charset the text was decoded with, lower case (`utf-8`, `windows-1252`, `utf-16le` …). */
  charset: string;
  charsetSource: CharsetSource;
  /** Non-fatal problems, each starting with `feeds: charset`. */
  warnings: string[];
}

export interface ByteOrderMark {
  charset: string;
  length: number;
}

/** RFC 7303 §3.3 and XML 1.0 Appendix F: the BOM wins over every declaration. */
export function detectByteOrderMark(bytes: Buffer): ByteOrderMark | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { charset: 'utf-8', length: 3 };
  if (bytes.length >= 4 && bytes[0] === 0x00 && bytes[1] === 0x00 && bytes[2] === 0xfe && bytes[3] === 0xff)
    return { charset: 'utf-32be', length: 4 };
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0x00 && bytes[3] === 0x00)
    return { charset: 'utf-32le', length: 4 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', length: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', length: 2 };
  return null;
}

/** XML 1.0 Appendix F: `<?` in UTF-16 or UTF-32 without a BOM shows its byte order. */
function detectUnmarkedWideEncoding(bytes: Buffer): string | null {
  if (bytes.length < 4) return null;
  const [b0, b1, b2, b3] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  if (b0 === 0x00 && b1 === 0x00 && b2 === 0x00 && b3 === 0x3c) return 'utf-32be';
  if (b0 === 0x3c && b1 === 0x00 && b2 === 0x00 && b3 === 0x00) return 'utf-32le';
  if (b0 === 0x00 && b1 === 0x3c && b2 === 0x00 && b3 === 0x3f) return 'utf-16be';
  if (b0 === 0x3c && b1 === 0x00 && b2 === 0x3f && b3 === 0x00) return 'utf-16le';
  return null;
}

/**
 * The `charset` parameter of a Content-Type header, lower case and unquoted.
 * @returns null when absent or empty.
 */
export function parseCharsetParameter(contentType: string | null): string | null {
  if (!contentType) return null;
  const match = /;\s*charset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s;]+))/i.exec(contentType);
  if (!match) return null;
  const charset = (match[1] ?? match[2] ?? match[3] ?? '').trim().toLowerCase();
  return charset === '' ? null : charset;
}

/** The `encoding` of the XML declaration, read from an ASCII-compatible prefix. */
function readXmlDeclarationEncoding(prefix: string): string | null {
  const match = /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([A-Za-z][A-Za-z0-9._:-]*)["']/.exec(prefix);
  return match?.[1] ? match[1].toLowerCase() : null;
}

/**
 * Labels that browsers (WHATWG Encoding) decode as windows-1252: real servers label windows-1252 text as latin-1 or
 * ASCII, and windows-1252 agrees with both on every byte they define, so nothing correct is lost.
 */
const WINDOWS_1252_LABELS = new Set([
  'iso-8859-1',
  'iso8859-1',
  'latin1',
  'latin-1',
  'l1',
  'us-ascii',
  'ascii',
  'cp1252',
]);

/**
 * WHATWG Encoding labels that iconv-lite does not know by that name (https://encoding.spec.whatwg.org/#names-and-labels):
 * `x-cp1251` is windows-1251 to every browser, and a server that sends it must not have its Cyrillic guessed by chardet.
 */
const WHATWG_LABEL_ALIASES = new Map([
  ['x-mac-cyrillic', 'maccyrillic'],
  ['x-mac-ukrainian', 'maccyrillic'],
  ['x-mac-roman', 'macintosh'],
  ['x-euc-jp', 'euc-jp'],
  ['x-x-big5', 'big5'],
  ['x-unicode20utf8', 'utf-8'],
  ['unicode20utf8', 'utf-8'],
]);

/** The name iconv-lite decodes with, or null when it has no such charset. */
function resolveDecoderName(charset: string): string | null {
  if (WINDOWS_1252_LABELS.has(charset)) return 'windows-1252';
  const windowsCodePage = /^x-cp(125[0-8])$/.exec(charset);
  if (windowsCodePage)
    return windowsCodePage[1] === '1252' ? 'windows-1252' : `windows-${windowsCodePage[1]}`;
  const alias = WHATWG_LABEL_ALIASES.get(charset);
  if (alias !== undefined) return alias;
  // GB18030 is a superset of GB2312 and GBK; servers that say gb2312 often send GBK characters.
  if (charset === 'gb2312' || charset === 'gbk' || charset === 'x-gbk') return 'gb18030';
  if (charset === 'utf-16') return 'utf-16';
  if (charset === 'utf-32') return 'utf-32';
  return iconv.encodingExists(charset) ? charset : null;
}

function isValidUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

const utf8Decoder = new TextDecoder('utf-8');

/** windows-1252's characters for bytes 0x80–0x9F, in order; a space marks the five bytes it leaves undefined. */
const WINDOWS_1252_C1 = '€ ‚ƒ„…†‡ˆ‰Š‹Œ Ž  ‘’“”•–—˜™š›œ žŸ';

/**
 * C1 control characters (U+0080–U+009F) never belong in feed text; when they appear, the feed was windows-1252 text
 * transcoded as if it were latin-1 (`don\u0092t`). They are mapped to the windows-1252 characters they stood for,
 * as browsers do for `&#146;` (HTML §13.2.5.80).
 */
export function replaceC1Controls(text: string): string {
  if (!/[\u0080-\u009f]/.test(text)) return text;
  return text.replace(/[\u0080-\u009f]/g, (character) => {
    const replacement = WINDOWS_1252_C1.charAt(character.charCodeAt(0) - 0x80);
    return replacement === ' ' ? '' : replacement;
  });
}

/** Decodes with the given charset; UTF-8 through the built-in decoder (fast), the rest through iconv-lite. */
function decodeWith(bytes: Buffer, decoderName: string): string {
  // Node's TextDecoder('windows-1252') maps 0x80–0x9F to C1 controls (LIBRARIES.md): legacy charsets go to iconv-lite.
  if (decoderName === 'utf-8' || decoderName === 'utf8') return utf8Decoder.decode(bytes);
  return iconv.decode(bytes, decoderName);
}

/**
 * Decodes a feed body to text (RFC 7303 §3: BOM, HTTP charset, XML declaration, sniffing, UTF-8), without a leading BOM.
 * An unknown declared charset is skipped with a warning; invalid bytes become U+FFFD with a warning.
 * @param contentType - the HTTP Content-Type header, or null when there was none.
 */
export function decodeFeedBody(bytes: Buffer, contentType: string | null): DecodedFeedBody {
  const warnings: string[] = [];
  let charset: string | null = null;
  let charsetSource: CharsetSource = 'default';
  let start = 0;

  const byteOrderMark = detectByteOrderMark(bytes);
  const httpCharset = parseCharsetParameter(contentType);
  if (byteOrderMark) {
    charset = byteOrderMark.charset;
    charsetSource = 'bom';
    start = byteOrderMark.length;
    if (
      httpCharset &&
      resolveDecoderName(httpCharset) !== resolveDecoderName(charset) &&
      !charset.startsWith(httpCharset)
    )
      warnings.push(
        `feeds: charset ${httpCharset} declared by HTTP, overridden by a ${charset} byte order mark`,
      );
  }
  if (charset === null && httpCharset !== null) {
    if (resolveDecoderName(httpCharset)) {
      charset = httpCharset;
      charsetSource = 'http';
    } else warnings.push(`feeds: charset ${httpCharset} declared by HTTP is unknown, ignored`);
  }
  if (charset === null) {
    const wide = detectUnmarkedWideEncoding(bytes);
    if (wide) {
      charset = wide;
      charsetSource = 'sniffed';
    }
  }
  if (charset === null) {
    const declared = readXmlDeclarationEncoding(bytes.subarray(0, 512).toString('latin1'));
    if (declared !== null) {
      if (resolveDecoderName(declared)) {
        charset = declared;
        charsetSource = 'xml';
      } else warnings.push(`feeds: charset ${declared} declared by the XML declaration is unknown, ignored`);
    }
  }
  if (charset === null) {
    if (isValidUtf8(bytes)) {
      charset = 'utf-8';
      charsetSource = 'default';
    } else {
      // Last resort: no declaration and not UTF-8. chardet guesses from byte statistics.
      const guess = chardet.detect(bytes.subarray(0, 65536));
      // chardet's label is kept as it gives it (the IANA preferred MIME name, `Big5`, `EUC-JP`): labels are
      // case-insensitive, and that is the spelling other readers report.
      const guessed = guess ?? null;
      if (guessed && resolveDecoderName(guessed.toLowerCase())) {
        charset = guessed;
        charsetSource = 'sniffed';
        warnings.push(`feeds: charset not declared and not UTF-8, guessed ${guessed}`);
      } else {
        charset = 'windows-1252';
        charsetSource = 'sniffed';
        warnings.push('feeds: charset not declared and not UTF-8, read as windows-1252');
      }
    }
  }

  let decoderName = resolveDecoderName(charset.toLowerCase()) ?? 'utf-8';
  if (decoderName === 'gb18030' && charset !== 'gb18030') charset = 'gb18030';
  const body = start > 0 ? bytes.subarray(start) : bytes;
  let text = decodeWith(body, decoderName);
  // Looked for once: on a 12 MB feed every full scan of the text counts.
  let hasReplacementCharacter = decoderName === 'utf-8' && text.includes('\uFFFD');
  // A declared UTF-8 that the bytes contradict everywhere (not one valid multi-byte sequence, only invalid high
  // bytes) is a legacy-charset feed with a wrong label: the XML declaration's charset if it names another one, else
  // windows-1252, read it right. A feed with some valid UTF-8 keeps UTF-8, so one stray byte cannot garble every accent.
  if (charsetSource !== 'bom' && hasReplacementCharacter && !/[^\u0000-\u007f\uFFFD]/.test(text)) {
    const declared = readXmlDeclarationEncoding(body.subarray(0, 512).toString('latin1'));
    const fallback =
      declared && resolveDecoderName(declared) && resolveDecoderName(declared) !== 'utf-8'
        ? declared
        : 'windows-1252';
    warnings.push(
      `feeds: charset ${charset} declared (${charsetSource}) but the bytes are not UTF-8; read as ${fallback}`,
    );
    charset = fallback;
    charsetSource = fallback === declared ? 'xml' : 'sniffed';
    decoderName = resolveDecoderName(fallback) ?? 'windows-1252';
    text = decodeWith(body, decoderName);
    hasReplacementCharacter = false;
  }
  // The reverse lie, common on servers that add `charset=ISO-8859-1` to every text/xml answer: a latin-1 or ASCII label
  // on a feed whose XML declaration says UTF-8 and whose bytes are valid UTF-8 with multi-byte sequences. Latin-1 text
  // is practically never valid UTF-8 by chance (`Ã©` pairs everywhere), so the two declarations disagree and the bytes
  // decide, with a warning; read as windows-1252 every accent would come out as two characters.
  if (
    charsetSource === 'http' &&
    decoderName === 'windows-1252' &&
    WINDOWS_1252_LABELS.has(charset.toLowerCase()) &&
    /^utf-?8$/.test(readXmlDeclarationEncoding(body.subarray(0, 512).toString('latin1')) ?? '') &&
    body.some((byte) => byte >= 0x80) &&
    isValidUtf8(body)
  ) {
    warnings.push(
      `feeds: charset ${charset} declared by HTTP but the XML declaration says UTF-8 and the bytes are UTF-8; read as utf-8`,
    );
    charset = 'utf-8';
    charsetSource = 'xml';
    decoderName = 'utf-8';
    text = decodeWith(body, decoderName);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = replaceC1Controls(text);
  if (hasReplacementCharacter && !isValidUtf8(body))
    warnings.push(`feeds: charset ${charset}: invalid bytes replaced by U+FFFD`);
  return { text, charset, charsetSource, warnings };
}
