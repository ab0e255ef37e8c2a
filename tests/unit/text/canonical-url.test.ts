import { describe, expect, test } from 'vitest';
import { canonicalizeUrl, resolveHttpUrl } from '../../../scrapers/text/canonical-url.ts';

describe('canonicalizeUrl', () => {
  test.each([
    ['https://example.com/a?utm_source=rss&utm_medium=feed', 'https://example.com/a'],
    ['https://example.com/a?id=7&utm_campaign=x&fbclid=1&gclid=2', 'https://example.com/a?id=7'],
    [
      'https://www.lemonde.fr/pixels/article.html?xtor=RSS-3208',
      'https://www.lemonde.fr/pixels/article.html',
    ],
    [
      'https://elpais.example/a.html?ssm=TW_CC&at_medium=social&at_campaign=x',
      'https://elpais.example/a.html',
    ],
    ['https://news.example/a?mc_cid=1&mc_eid=2&igshid=3', 'https://news.example/a'],
    ['HTTP://Example.COM:80/Path?b=2&a=1#section', 'http://example.com/Path?a=1&b=2'],
    ['https://example.com:443/', 'https://example.com/'],
    ['https://www.example.com/a/', 'https://www.example.com/a/'],
  ])('%s → %s', (url, canonical) => {
    expect(canonicalizeUrl(url)).toBe(canonical);
  });

  test.each([
    'javascript:alert(1)',
    'data:text/html,x',
    'mailto:a@b.c',
    'ftp://example.com/',
    '/relative',
    'not a url',
  ])('%s → null', (url) => {
    expect(canonicalizeUrl(url)).toBeNull();
  });

  test('two links differing only by utm_* are one article', () => {
    expect(canonicalizeUrl('https://a.example/s?id=1&utm_source=x')).toBe(
      canonicalizeUrl('https://a.example/s?utm_term=y&id=1'),
    );
  });
});

describe('resolveHttpUrl', () => {
  test.each([
    ['rel/1', 'https://a.example/dir/feed', 'https://a.example/dir/rel/1'],
    ['//cdn.example/x', 'https://a.example/', 'https://cdn.example/x'],
    [' JAVASCRIPT:alert(1)', 'https://a.example/', null],
    ['', 'https://a.example/', null],
    [null, 'https://a.example/', null],
    ['relative', null, null],
  ])('%j against %j → %j', (href, base, expected) => {
    expect(resolveHttpUrl(href, base)).toBe(expected);
  });
});
