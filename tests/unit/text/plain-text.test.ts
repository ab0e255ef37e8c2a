import { describe, expect, test } from 'vitest';
import { feedTextToPlainText, htmlToPlainText, normalizeTitle } from '../../../scrapers/text/plain-text.ts';

describe('htmlToPlainText', () => {
  test.each([
    ['<p>Caf&eacute; <b>noir</b></p>', 'Café noir'],
    ['<script>alert(1)</script>Title', 'alert(1)Title'],
    ['<img src=x onerror="alert(1)">After', 'After'],
    ['<p>one</p><p>two</p>', 'one two'],
    ['line<br>break', 'line break'],
    ['a &lt; b &amp;&amp; c', 'a < b && c'],
    ['&amp;eacute;', '&eacute;'],
    ['  spaced \n\t out  ', 'spaced out'],
    ['keep&nbsp;nbsp', 'keep\u00a0nbsp'],
    ['<!-- hidden -->shown', 'shown'],
    ['e\u0301te\u0301', 'été'],
    ['1 < 2 and 3 > 2', '1 < 2 and 3 > 2'],
  ])('%j → %j', (html, text) => {
    expect(htmlToPlainText(html)).toBe(text);
  });
});

describe('feedTextToPlainText', () => {
  test('text without markup is not decoded again (entities decoded exactly once)', () => {
    expect(feedTextToPlainText('&eacute; stays')).toBe('&eacute; stays');
  });

  test('markup is reduced to text and its entities decoded once', () => {
    expect(feedTextToPlainText('<p>&eacute;t&eacute;</p>')).toBe('été');
  });

  test('declared plain text keeps angle brackets', () => {
    expect(feedTextToPlainText('a <b> c', true)).toBe('a <b> c');
  });

  test('null and empty give empty text', () => {
    expect(feedTextToPlainText(null)).toBe('');
    expect(feedTextToPlainText('')).toBe('');
  });
});

describe('normalizeTitle', () => {
  test('one line, trimmed, NFC', () => {
    expect(normalizeTitle('  Apple\n  retire  Parle\u0301r ')).toBe('Apple retire Parlér');
  });
});
