import { describe, expect, test } from 'vitest';
import { decodeHtmlBody, prescanMetaCharset } from '../../../scrapers/pages/decode-html.ts';

function page(charsetMeta: string, body: string, encoding: BufferEncoding = 'latin1'): Buffer {
  return Buffer.from(
    `<!DOCTYPE html><html><head>${charsetMeta}<title>t</title></head><body>${body}</body></html>`,
    encoding,
  );
}

describe('decodeHtmlBody', () => {
  test.each([
    {
      name: '<meta charset> only',
      bytes: page('<meta charset="windows-1252">', 'Décision été'),
      contentType: 'text/html',
      source: 'meta',
    },
    {
      name: '<meta http-equiv> only',
      bytes: page('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">', 'Décision été'),
      contentType: null,
      source: 'meta',
    },
    {
      name: 'the HTTP charset wins over the meta',
      bytes: page('<meta charset="utf-8">', 'Décision été'),
      contentType: 'text/html; charset=iso-8859-1',
      source: 'http',
    },
  ])('$name', ({ bytes, contentType, source }) => {
    const decoded = decodeHtmlBody(bytes, contentType);
    expect(decoded.text).toContain('Décision été');
    expect(decoded.charsetSource).toBe(source);
  });

  test('without any declaration, valid UTF-8 is UTF-8', () => {
    const decoded = decodeHtmlBody(page('', 'Décision été', 'utf8'), 'text/html');
    expect(decoded.text).toContain('Décision été');
    expect(decoded.charsetSource).toBe('default');
  });
});

describe('prescanMetaCharset', () => {
  test.each([
    ['<meta charset="UTF-8">', 'utf-8'],
    ["<meta charset='windows-1252'>", 'windows-1252'],
    ['<meta http-equiv="content-type" content="text/html; charset=ISO-8859-15">', 'iso-8859-15'],
    ['<meta charset="utf-16le">', 'utf-8'],
    ['<!-- <meta charset="koi8-r"> --><p>no meta</p>', null],
  ])('%s → %s', (prefix, expected) => {
    expect(prescanMetaCharset(prefix)).toBe(expected);
  });
});
