import { describe, expect, test } from 'vitest';
import { decodeFeedBody, parseCharsetParameter } from '../../../scrapers/feeds/decode.ts';
import { parseFeedFixture, readFeedFixture } from './fixtures.ts';

describe('decodeFeedBody', () => {
  test.each([
    {
      name: 'windows-1252 declared only by the HTTP header',
      fixture: 'windows-1252-http-only.xml',
      contentType: 'application/rss+xml; charset=windows-1252',
      charset: 'windows-1252',
      source: 'http',
      contains: 'Café “politique” — œuvre €',
    },
    {
      name: 'ISO-8859-1 declared only in the XML declaration',
      fixture: 'iso-8859-1-xml-declaration.xml',
      contentType: 'application/rss+xml',
      charset: 'iso-8859-1',
      source: 'xml',
      contains: 'Définitivement suspendu',
    },
    {
      name: 'UTF-16 with a BOM',
      fixture: 'utf-16le-bom.xml',
      contentType: null,
      charset: 'utf-16le',
      source: 'bom',
      contains: 'Zensur überall – „Anführung“',
    },
    {
      name: 'a BOM overrides a wrong HTTP and XML charset',
      fixture: 'bom-overrides-declared-charset.xml',
      contentType: 'text/xml; charset=windows-1252',
      charset: 'utf-8',
      source: 'bom',
      contains: 'Événement — 日本',
    },
    {
      name: 'text/xml without charset follows the XML declaration (RFC 7303, not RFC 3023 us-ascii)',
      fixture: 'iso-8859-1-xml-declaration.xml',
      contentType: 'text/xml',
      charset: 'iso-8859-1',
      source: 'xml',
      contains: 'Señal cortada en España',
    },
  ])('$name', ({ fixture, contentType, charset, source, contains }) => {
    const decoded = decodeFeedBody(readFeedFixture(fixture), contentType);
    expect(decoded.charset).toBe(charset);
    expect(decoded.charsetSource).toBe(source);
    expect(decoded.text).toContain(contains);
    expect(decoded.text.charCodeAt(0)).not.toBe(0xfeff);
  });

  test('the BOM override is reported as a warning', () => {
    const decoded = decodeFeedBody(
      readFeedFixture('bom-overrides-declared-charset.xml'),
      'text/xml; charset=windows-1252',
    );
    expect(
      decoded.warnings.some((warning) => warning.includes('overridden by a utf-8 byte order mark')),
    ).toBe(true);
  });

  test('undeclared UTF-8 is the default', () => {
    const decoded = decodeFeedBody(Buffer.from('<rss><channel><title>Ça va</title></channel></rss>'), null);
    expect(decoded).toMatchObject({ charset: 'utf-8', charsetSource: 'default', warnings: [] });
    expect(decoded.text).toContain('Ça va');
  });

  test('undeclared bytes that are not UTF-8 are sniffed, with a warning', () => {
    const latin1 = Buffer.from(
      '<rss><channel><title>Une décision très contestée à Paris, été comme hiver</title></channel></rss>',
      'latin1',
    );
    const decoded = decodeFeedBody(latin1, null);
    expect(decoded.charsetSource).toBe('sniffed');
    expect(decoded.text).toContain('décision très contestée');
    expect(decoded.warnings.length).toBeGreaterThan(0);
  });

  test('an unknown HTTP charset is ignored with a warning and the XML declaration applies', () => {
    const body = Buffer.from('<?xml version="1.0" encoding="iso-8859-1"?><rss/>');
    const decoded = decodeFeedBody(body, 'text/xml; charset=x-made-up');
    expect(decoded.charsetSource).toBe('xml');
    expect(decoded.warnings[0]).toContain('x-made-up');
  });

  test('C1 controls from a mislabelled windows-1252 feed become the characters they stood for', () => {
    const decoded = decodeFeedBody(
      Buffer.from('<rss><channel><title>don\u0092t \u0080</title></channel></rss>'),
      null,
    );
    expect(decoded.text).toContain('don’t €');
  });
});

describe('parseCharsetParameter', () => {
  test.each([
    ['text/xml; charset=UTF-8', 'utf-8'],
    ['text/xml;charset="iso-8859-1"', 'iso-8859-1'],
    ["application/atom+xml;charset='gb2312'", 'gb2312'],
    ['text/xml; charset:iso-8859-1', null],
    ['text/xml;', null],
    [null, null],
  ])('%s → %s', (contentType, expected) => {
    expect(parseCharsetParameter(contentType)).toBe(expected);
  });
});

describe('parseFeed charsets end to end', () => {
  test('titles come out exact in odd encodings', () => {
    expect(
      parseFeedFixture('windows-1252-http-only.xml', 'text/xml; charset=windows-1252').items[0]?.title,
    ).toBe('L’appli retirée');
    expect(parseFeedFixture('iso-8859-1-xml-declaration.xml', 'application/xml').items[0]?.title).toBe(
      'Señal cortada en España',
    );
    expect(parseFeedFixture('utf-16le-bom.xml', 'application/xml').items[0]?.title).toBe('Grüße aus Köln');
    expect(parseFeedFixture('bom-overrides-declared-charset.xml', 'text/xml; charset=iso-8859-1').title).toBe(
      'Événement — 日本',
    );
  });
});

describe('decodeFeedBody with a UTF-8 label the bytes contradict', () => {
  test('HTTP says utf-8, bytes and XML declaration say latin-1: the XML declaration wins, with a warning', () => {
    const body = Buffer.from(
      '<?xml version="1.0" encoding="iso-8859-1"?><rss><channel><title>Décision</title></channel></rss>',
      'latin1',
    );
    const decoded = decodeFeedBody(body, 'application/rss+xml; charset=utf-8');
    expect(decoded.text).toContain('Décision');
    expect(decoded.charset).toBe('iso-8859-1');
    expect(decoded.warnings.some((warning) => warning.includes('not UTF-8'))).toBe(true);
  });

  test('mostly valid UTF-8 with one stray byte stays UTF-8', () => {
    const body = Buffer.concat([
      Buffer.from('<rss><channel><title>Décision '),
      Buffer.from([0xe9]),
      Buffer.from('</title></channel></rss>'),
    ]);
    const decoded = decodeFeedBody(body, 'application/rss+xml; charset=utf-8');
    expect(decoded.charset).toBe('utf-8');
    expect(decoded.text).toContain('Décision \uFFFD');
    expect(decoded.warnings.some((warning) => warning.includes('U+FFFD'))).toBe(true);
  });
});
