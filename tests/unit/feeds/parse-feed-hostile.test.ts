import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, test } from 'vitest';
import { FeedParseError, parseFeed } from '../../../scrapers/feeds/index.ts';
import { canonicalizeUrl } from '../../../scrapers/text/index.ts';
import { parseFeedFixture, readFeedFixture } from './fixtures.ts';

function expectFeedParseError(
  body: Buffer,
  contentType: string | null,
  kind: FeedParseError['kind'],
): FeedParseError {
  let caught: unknown = null;
  try {
    parseFeed(body, { contentType, baseUrl: 'https://hostile.example/feed' });
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(FeedParseError);
  const error = caught as FeedParseError;
  expect(error.kind).toBe(kind);
  expect(error.message).toMatch(/^feeds: /);
  return error;
}

describe('parseFeed hostile input', () => {
  test('a <script> title becomes its text and a javascript: link becomes null with a warning', () => {
    const feed = parseFeedFixture('hostile-script-title.xml');
    const [first, second] = feed.items;
    expect(first?.title).toBe('alert(document.cookie)Parler is back');
    expect(first?.title).not.toContain('<');
    expect(first?.url).toBeNull();
    expect(second?.title).toBe('steal()Second bold title');
    expect(second?.url).toBeNull();
    expect(feed.warnings.filter((warning) => warning.includes('not an http(s) URL'))).toHaveLength(2);
  });

  test('an <img onerror> summary becomes text without the tag', () => {
    const feed = parseFeedFixture('hostile-img-onerror.xml');
    expect(feed.items[0]?.summary).toBe('Our summary after the image.');
    expect(feed.items[1]?.summary).toBe('Second & last été.');
    for (const item of feed.items) {
      expect(item.summary).not.toMatch(/onerror|<img/i);
    }
  });

  test('billion laughs: nothing expanded, fast', () => {
    const started = performance.now();
    const feed = parseFeedFixture('billion-laughs.xml');
    const elapsedMs = performance.now() - started;
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0]?.title).toBe('&lol9;');
    expect(feed.title.length).toBeLessThan(100);
    expect(feed.warnings.some((warning) => warning.includes('DOCTYPE entity declarations ignored'))).toBe(
      true,
    );
    expect(elapsedMs).toBeLessThan(1000);
  });

  test('XXE: an external file entity is never read', () => {
    const feed = parseFeedFixture('xxe-file-entity.xml');
    const everything = JSON.stringify(feed);
    expect(everything).not.toContain('root:');
    expect(feed.title).toBe('XXE &xxe;');
    expect(feed.items[0]?.title).toBe('Leak &xxehost;');
  });

  test('remote DTD: no request reaches the DTD server', async () => {
    let requests = 0;
    const server = createServer((_request, response) => {
      requests++;
      response.end('<!ENTITY remote "fetched">');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const port = (server.address() as AddressInfo).port;
      const body = Buffer.from(
        readFeedFixture('remote-dtd.xml').toString('utf8').replace('PORT', String(port)),
      );
      const feed = parseFeed(body, {
        contentType: 'application/rss+xml',
        baseUrl: 'https://dtd.example/feed',
      });
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(requests).toBe(0);
      expect(feed.title).toBe('Remote DTD &remote;');
      expect(feed.items[0]?.url).toBe('https://dtd.example/1');
      expect(feed.warnings.some((warning) => warning.includes('external DTD ignored'))).toBe(true);
    } finally {
      server.close();
    }
  });

  test('invalid dates give publishedAt null and a warning, never a rolled-over date', () => {
    const feed = parseFeedFixture('invalid-dates.xml');
    expect(feed.items.map((item) => item.publishedAt)).toEqual([
      null,
      null,
      null,
      null,
      '2024-02-29T11:00:00.000Z',
    ]);
    expect(feed.items[0]?.publishedRaw).toBe('Mon, 31 Feb 2025 10:00:00 GMT');
    expect(feed.warnings.filter((warning) => warning.includes('invalid date'))).toHaveLength(4);
  });

  test('a truncated feed keeps its 3 complete items and warns', () => {
    const feed = parseFeedFixture('truncated.xml');
    expect(feed.items.map((item) => item.title)).toEqual(['First', 'Second', 'Third']);
    expect(feed.title).toBe('Cut short');
    expect(feed.warnings.some((warning) => warning.startsWith('feeds: ill-formed XML'))).toBe(true);
  });

  test('links differing only by tracking parameters canonicalise to the same URL', () => {
    const feed = parseFeedFixture('tracking-duplicates.xml');
    const canonical = feed.items.map((item) => (item.url ? canonicalizeUrl(item.url) : null));
    expect(canonical[0]).toBe('https://track.example/story?id=7');
    expect(canonical[1]).toBe(canonical[0]);
    expect(canonical[2]).toBe('https://track.example/story?id=8');
  });

  test('an empty body is a clear error', () => {
    expectFeedParseError(Buffer.alloc(0), 'application/rss+xml', 'empty');
    expectFeedParseError(Buffer.from('  \n\t '), 'application/rss+xml', 'empty');
  });

  test('an HTML page served as a feed is a clear error, never items made of page chrome', () => {
    const error = expectFeedParseError(readFeedFixture('html-page.html'), 'application/rss+xml', 'html');
    expect(error.message).toContain('HTML page');
  });

  test('plain text or JSON that is not a feed is a clear error', () => {
    expectFeedParseError(Buffer.from('just some words'), 'text/plain', 'unrecognized');
    expectFeedParseError(Buffer.from('{"hello": "world"}'), 'application/json', 'malformed');
    expectFeedParseError(Buffer.from('<?xml version="1.0"?><note>hi</note>'), 'text/xml', 'unrecognized');
  });
});

describe('parseFeed at scale', () => {
  test('5,000 items parse in well under a few seconds', () => {
    const items: string[] = [];
    for (let index = 0; index < 5000; index++) {
      items.push(
        `<item><title>Item ${index} &amp; more</title><link>/a/${index}?utm_source=x</link><guid>g-${index}</guid>` +
          `<pubDate>Mon, 06 Jan 2025 10:${String(index % 60).padStart(2, '0')}:00 GMT</pubDate>` +
          `<description>&lt;p&gt;Summary ${index} with an &lt;b&gt;accent&lt;/b&gt;: é.&lt;/p&gt;</description></item>`,
      );
    }
    const body = Buffer.from(
      `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Big</title>${items.join('\n')}</channel></rss>`,
    );
    const started = performance.now();
    const feed = parseFeed(body, { contentType: 'application/rss+xml', baseUrl: 'https://big.example/feed' });
    const elapsedMs = performance.now() - started;
    expect(feed.items).toHaveLength(5000);
    expect(feed.items[4999]?.title).toBe('Item 4999 & more');
    expect(feed.items[4999]?.summary).toBe('Summary 4999 with an accent: é.');
    expect(feed.items[4999]?.url).toBe('https://big.example/a/4999?utm_source=x');
    expect(feed.warnings).toEqual([]);
    expect(elapsedMs).toBeLessThan(5000);
  });
});
