import { describe, expect, test } from 'vitest';
import { FetchError } from '../../../scrapers/fetcher/errors.ts';
import {
  ACCEPT_HEADER,
  buildRequestHeaders,
  parseFetchableUrl,
  resolveRedirectTarget,
} from '../../../scrapers/fetcher/url-policy.ts';

function kindOf(run: () => unknown): string {
  try {
    run();
    return 'accepted';
  } catch (error) {
    return error instanceof FetchError ? error.kind : 'other error';
  }
}

describe('parseFetchableUrl', () => {
  const cases: [string, string][] = [
    ['https://example.org/feed.xml', 'accepted'],
    ['http://example.org:8080/rss', 'accepted'],
    ['HTTPS://EXAMPLE.ORG/', 'accepted'],
    ['file:///etc/passwd', 'bad_scheme'],
    ['ftp://example.org/feed.xml', 'bad_scheme'],
    ['javascript:alert(1)', 'bad_scheme'],
    ['data:text/xml,<rss/>', 'bad_scheme'],
    ['gopher://example.org/', 'bad_scheme'],
    ['//example.org/feed.xml', 'bad_scheme'],
    ['not a url', 'bad_scheme'],
  ];
  for (const [url, expected] of cases) {
    test(`${expected === 'accepted' ? 'accepts' : 'refuses'} ${url}`, () => {
      expect(kindOf(() => parseFetchableUrl(url))).toBe(expected);
    });
  }
});

describe('resolveRedirectTarget', () => {
  const from = new URL('https://example.org/news/feed.xml');
  test('resolves a relative Location against the URL that sent it', () => {
    expect(resolveRedirectTarget('../rss', from).href).toBe('https://example.org/rss');
  });
  test('keeps the query and drops the fragment', () => {
    expect(resolveRedirectTarget('/feed?page=2#top', from).href).toBe('https://example.org/feed?page=2');
  });
  test('accepts a protocol-relative Location with the current scheme', () => {
    expect(resolveRedirectTarget('//cdn.example.net/feed.xml', from).href).toBe(
      'https://cdn.example.net/feed.xml',
    );
  });
  for (const location of ['file:///etc/passwd', 'javascript:alert(1)', 'data:,x', 'ftp://example.org/x']) {
    test(`refuses a redirect to ${location.split(':')[0]}:`, () => {
      expect(kindOf(() => resolveRedirectTarget(location, from))).toBe('bad_scheme');
    });
  }
});

describe('buildRequestHeaders', () => {
  test('sends the User-Agent, the Accept and the encodings we undo', () => {
    expect(buildRequestHeaders('WhoBannedWhom/1.0 (+https://example.org)', null)).toEqual({
      'user-agent': 'WhoBannedWhom/1.0 (+https://example.org)',
      accept: ACCEPT_HEADER,
      'accept-encoding': 'gzip, deflate, br',
    });
  });
  test('adds the validators of a conditional GET', () => {
    const headers = buildRequestHeaders('UA', {
      etag: 'W/"abc"',
      lastModified: 'Tue, 24 Nov 2026 08:00:00 GMT',
    });
    expect(headers['if-none-match']).toBe('W/"abc"');
    expect(headers['if-modified-since']).toBe('Tue, 24 Nov 2026 08:00:00 GMT');
  });
  test('drops validators that are empty or would inject a header', () => {
    const headers = buildRequestHeaders('UA', { etag: '"a"\r\nCookie: x=1', lastModified: '' });
    expect(headers['if-none-match']).toBeUndefined();
    expect(headers['if-modified-since']).toBeUndefined();
  });
  test('puts feeds first in Accept', () => {
    expect(ACCEPT_HEADER.startsWith('application/rss+xml, application/atom+xml')).toBe(true);
  });
});
