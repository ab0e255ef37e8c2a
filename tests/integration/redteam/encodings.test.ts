import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type LocalServer, startLocalServer } from '../../helpers/local-server.ts';
import { type ScrapeResult, scrapeSources } from './redteam-harness.ts';

/**
 * Red team, exact titles in odd encodings through the real `wbw scrape`: legacy charsets declared in the HTTP header
 * only, in the XML declaration only, in both (conflicting: RFC 7303 §3.2 makes the header win), a UTF-8 BOM against
 * another declared charset (the BOM wins), and UTF-16 without a BOM. Each title is stored and compared exactly.
 */

interface EncodingCase {
  id: string;
  title: string;
  /** iconv-lite name the bytes are written in. */
  bytesIn: string;
  /** Content-Type header. */
  contentType: string;
  /** The XML declaration's encoding attribute, or null for none. */
  declared: string | null;
  /** Bytes put before the text (a BOM). */
  prefix?: Buffer;
}

const RUSSIAN = 'Роскомнадзор заблокировал доступ к сервису «Ёлка»';
// KOI8-R has no guillemets: its title keeps to the letters it has (Ё included).
const RUSSIAN_KOI8 = 'Роскомнадзор заблокировал доступ к сервису Ёлка: решение суда';
const JAPANESE = 'アップル、アプリを削除　－　「検証」の結果';
const CHINESE = '苹果从应用商店下架该应用，称违反规定';
const POLISH = 'Sąd nakazał blokadę serwisu: żółć, Łódź';
const LATIN9 = 'Amende de 5 € : l’œuvre retirée, Šibenik, Œdipe'.replace('’', "'");
const FRENCH = 'Décision définitive — l’hébergeur coupe « Parler »';

const CASES: EncodingCase[] = [
  {
    id: 'cp1251-http',
    title: RUSSIAN,
    bytesIn: 'windows-1251',
    contentType: 'application/rss+xml; charset=windows-1251',
    declared: null,
  },
  {
    id: 'cp1251-xml',
    title: RUSSIAN,
    bytesIn: 'windows-1251',
    contentType: 'application/xml',
    declared: 'windows-1251',
  },
  {
    id: 'koi8r-http',
    title: RUSSIAN_KOI8,
    bytesIn: 'koi8-r',
    contentType: 'text/xml; charset="KOI8-R"',
    declared: null,
  },
  {
    id: 'koi8r-xml',
    title: RUSSIAN_KOI8,
    bytesIn: 'koi8-r',
    contentType: 'application/rss+xml',
    declared: 'KOI8-R',
  },
  // Conflicting: the header says windows-1251 (true), the declaration koi8-r (a lie): the header wins.
  {
    id: 'conflict',
    title: RUSSIAN,
    bytesIn: 'windows-1251',
    contentType: 'application/rss+xml; charset=windows-1251',
    declared: 'koi8-r',
  },
  {
    id: 'sjis-http',
    title: JAPANESE,
    bytesIn: 'shift_jis',
    contentType: 'application/rss+xml; charset=Shift_JIS',
    declared: null,
  },
  {
    id: 'sjis-xml',
    title: JAPANESE,
    bytesIn: 'shift_jis',
    contentType: 'application/rss+xml',
    declared: 'Shift_JIS',
  },
  { id: 'eucjp-xml', title: JAPANESE, bytesIn: 'euc-jp', contentType: 'application/xml', declared: 'EUC-JP' },
  {
    id: 'eucjp-http',
    title: JAPANESE,
    bytesIn: 'euc-jp',
    contentType: 'application/xml; charset=euc-jp',
    declared: null,
  },
  {
    id: 'gb18030-xml',
    title: CHINESE,
    bytesIn: 'gb18030',
    contentType: 'application/rss+xml',
    declared: 'GB18030',
  },
  {
    id: 'gb2312-http',
    title: CHINESE,
    bytesIn: 'gb18030',
    contentType: 'application/rss+xml; charset=gb2312',
    declared: null,
  },
  {
    id: 'latin2-http',
    title: POLISH,
    bytesIn: 'iso-8859-2',
    contentType: 'application/rss+xml; charset=iso-8859-2',
    declared: null,
  },
  {
    id: 'latin2-xml',
    title: POLISH,
    bytesIn: 'iso-8859-2',
    contentType: 'application/rss+xml',
    declared: 'ISO-8859-2',
  },
  {
    id: 'latin9-http',
    title: LATIN9,
    bytesIn: 'iso-8859-15',
    contentType: 'application/rss+xml; charset=ISO-8859-15',
    declared: null,
  },
  {
    id: 'latin9-xml',
    title: LATIN9,
    bytesIn: 'iso-8859-15',
    contentType: 'application/xml',
    declared: 'iso-8859-15',
  },
  // WHATWG labels iconv-lite does not know by that name (x-cp1251 is windows-1251 to every browser).
  {
    id: 'x-cp1251-http',
    title: RUSSIAN,
    bytesIn: 'windows-1251',
    contentType: 'application/rss+xml; charset=x-cp1251',
    declared: null,
  },
  // The server's default `charset=ISO-8859-1` on a UTF-8 feed that says so in its declaration: the bytes decide.
  {
    id: 'latin1-header-utf8-body',
    title: FRENCH,
    bytesIn: 'utf8',
    contentType: 'text/xml; charset=ISO-8859-1',
    declared: 'UTF-8',
  },
  {
    id: 'ascii-header-utf8-body',
    title: JAPANESE,
    bytesIn: 'utf8',
    contentType: 'application/xml; charset=us-ascii',
    declared: 'utf-8',
  },
  {
    id: 'big5-http',
    title: '蘋果下架應用程式',
    bytesIn: 'big5',
    contentType: 'application/rss+xml; charset=big5',
    declared: null,
  },
  {
    id: 'euc-kr-xml',
    title: '애플이 앱을 삭제했다',
    bytesIn: 'euc-kr',
    contentType: 'application/xml',
    declared: 'EUC-KR',
  },
  {
    id: 'cp1256-http',
    title: 'حجب الموقع بقرار قضائي',
    bytesIn: 'windows-1256',
    contentType: 'application/rss+xml; charset=windows-1256',
    declared: null,
  },
  {
    id: 'koi8u-xml',
    title: 'Київ заблокував доступ',
    bytesIn: 'koi8-u',
    contentType: 'application/rss+xml',
    declared: 'KOI8-U',
  },
  // A UTF-8 BOM wins over a header and a declaration that both say windows-1252.
  {
    id: 'bom-vs-header',
    title: FRENCH,
    bytesIn: 'utf8',
    contentType: 'application/rss+xml; charset=windows-1252',
    declared: 'windows-1252',
    prefix: Buffer.from([0xef, 0xbb, 0xbf]),
  },
  // UTF-16 without a BOM: declared in the XML declaration only (XML 1.0 Appendix F finds the byte order), or in the
  // header only.
  {
    id: 'utf16be-xml',
    title: FRENCH,
    bytesIn: 'utf16be',
    contentType: 'application/rss+xml',
    declared: 'UTF-16BE',
  },
  {
    id: 'utf16le-xml',
    title: FRENCH,
    bytesIn: 'utf16le',
    contentType: 'application/rss+xml',
    declared: 'UTF-16',
  },
  {
    id: 'utf16le-http',
    title: FRENCH,
    bytesIn: 'utf16le',
    contentType: 'application/rss+xml; charset=utf-16le',
    declared: null,
  },
  {
    id: 'utf16be-http',
    title: FRENCH,
    bytesIn: 'utf16be',
    contentType: 'application/rss+xml; charset=utf-16be',
    declared: null,
  },
  {
    id: 'utf16-label-le',
    title: FRENCH,
    bytesIn: 'utf16le',
    contentType: 'application/rss+xml; charset=utf-16',
    declared: 'utf-16',
  },
];

function escapeXml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
}

function feedText(origin: string, encodingCase: EncodingCase): string {
  const declaration = encodingCase.declared === null ? '' : ` encoding="${encodingCase.declared}"`;
  return [
    `<?xml version="1.0"${declaration}?>`,
    '<rss version="2.0"><channel><title>Encodings</title><link>http://example.org/</link>',
    `<item><title>${escapeXml(encodingCase.title)}</title><link>${origin}/articles/${encodingCase.id}</link>`,
    `<description>${escapeXml(encodingCase.title)} (summary)</description></item>`,
    '</channel></rss>',
  ].join('\n');
}

let server: LocalServer;
let result: ScrapeResult;

beforeAll(async () => {
  server = await startLocalServer();
  for (const encodingCase of CASES) {
    const bytes = iconv.encode(feedText(server.origin, encodingCase), encodingCase.bytesIn);
    server.setRoute(`/${encodingCase.id}.xml`, {
      headers: { 'content-type': encodingCase.contentType },
      body: Buffer.concat([encodingCase.prefix ?? Buffer.alloc(0), bytes]),
    });
  }
  result = await scrapeSources(
    'redteam-encodings',
    CASES.map((encodingCase) => ({ id: encodingCase.id, url: server.url(`/${encodingCase.id}.xml`) })),
  );
}, 150_000);

afterAll(async () => {
  await server?.close();
});

describe('wbw scrape stores exact titles in odd encodings', () => {
  test('the run succeeds with one line per source', () => {
    expect(result.run.code, result.run.stderr).toBe(0);
    expect(result.run.lines).toHaveLength(CASES.length);
  });

  test.each(CASES.map((encodingCase) => [encodingCase.id, encodingCase] as const))(
    '%s: the title is stored exactly',
    (id, encodingCase) => {
      expect(result.lineOf(id)['status'], JSON.stringify(result.lineOf(id))).toBe('ok');
      const stored = result.articlesOf(id);
      expect(stored.map((article) => article.title)).toEqual([encodingCase.title.normalize('NFC')]);
      expect(stored[0]?.text).toContain(encodingCase.title.normalize('NFC'));
    },
  );
});
