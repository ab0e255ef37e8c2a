import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type LocalServer, startLocalServer } from '../../helpers/local-server.ts';
import { type ScrapeResult, scrapeSources } from './redteam-harness.ts';

/**
 * Red team, JSON Feeds that lie about their types, through the real `wbw scrape`: wrong types, numbers past 2^53 and
 * past a double, 200,000 levels of nesting, duplicate keys (the last one wins, as in JSON.parse), `__proto__` keys,
 * a truncated body, JSON that is no feed, and javascript:/data: links.
 */

let server: LocalServer;
let result: ScrapeResult;
const VERSION = '"version":"https://jsonfeed.org/version/1.1","title":"Red team JSON"';

beforeAll(async () => {
  server = await startLocalServer();
  const url = (slug: string) => server.url(`/articles/${slug}`);
  const feeds: Record<string, string> = {
    'wrong-types': JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Red team JSON',
      items: [
        { id: 1, title: 123, url: { href: url('object') } },
        { id: 'b', title: ['array', 'title'], url: url('wrong-b'), content_text: 5 },
        { id: 'c', title: 'Good item with a numeric date', url: url('wrong-c'), date_published: 12345 },
      ],
    }),
    'items-not-array': `{${VERSION},"items":"nope"}`,
    'huge-numbers': `{${VERSION},"items":[{"id":123456789012345678901234567890,"title":"Huge id","url":"${url('huge')}","date_published":"99999-01-01T00:00:00Z","_n":1e400}]}`,
    deep: `{${VERSION},"items":[{"title":"Deep nesting beside","url":"${url('deep')}","_x":${'['.repeat(200_000)}${']'.repeat(200_000)}}]}`,
    'duplicate-keys': `{${VERSION},"items":[{"title":"First","title":"Second wins","url":"${url('dup')}","url":"javascript:alert(1)"},{"title":"Kept link","url":"javascript:alert(1)","url":"${url('dup-2')}"}]}`,
    proto: `{${VERSION},"__proto__":{"polluted":true},"items":[{"title":"Proto item","url":"${url('proto')}","__proto__":{"title":"Injected"}}]}`,
    truncated: `{${VERSION},"items":[{"title":"A","url":"${url('truncated-a')}"},{"title":"B","url":"http://127.0`,
    'not-a-feed': '{"hello":"world"}',
    'lone-surrogate': `{${VERSION},"items":[{"title":"Lone \\ud800 escape and \\udc00 its pair","url":"${url('lone')}","content_text":"Broken \\ud83d pair"}]}`,
    'script-links': `{${VERSION},"items":[{"id":"a","title":"Script link","url":"javascript:alert(1)","external_url":"data:text/html,x"}]}`,
  };
  for (const [id, body] of Object.entries(feeds)) {
    server.setRoute(`/${id}.json`, { headers: { 'content-type': 'application/feed+json' }, body });
  }
  result = await scrapeSources(
    'redteam-json',
    Object.keys(feeds).map((id) => ({ id, url: server.url(`/${id}.json`) })),
  );
}, 150_000);

afterAll(async () => {
  await server?.close();
});

function titlesOf(id: string): string[] {
  return result.articlesOf(id).map((article) => article.title);
}

describe('wbw scrape against hostile JSON Feeds', () => {
  test('the run succeeds with one line per source; failures are recorded errors', () => {
    expect(result.run.code, result.run.stderr).toBe(0);
    expect(result.run.lines).toHaveLength(10);
    for (const id of ['truncated', 'not-a-feed']) {
      expect(result.lineOf(id)['status']).toBe('error');
      expect(String(result.lineOf(id)['error'])).toMatch(/^feeds: /);
      expect(result.articlesOf(id)).toHaveLength(0);
    }
  });

  test('wrong types: strings are coerced or dropped, never crash; an object URL stores nothing', () => {
    expect(result.lineOf('wrong-types')['status']).toBe('ok');
    // feedsmith takes the first string of an array title; a number becomes its text only when the item has a URL.
    expect(titlesOf('wrong-types').sort()).toEqual(['Good item with a numeric date', 'array'].sort());
    for (const article of result.articles) expect(typeof article.title).toBe('string');
  });

  test('items that are not an array give no article and no crash', () => {
    expect(['ok', 'error']).toContain(result.lineOf('items-not-array')['status']);
    expect(result.articlesOf('items-not-array')).toHaveLength(0);
  });

  test('huge numbers and an impossible year do not crash; the date is null, the item kept', () => {
    expect(result.lineOf('huge-numbers')['status']).toBe('ok');
    expect(titlesOf('huge-numbers')).toEqual(['Huge id']);
  });

  test('200,000 levels of nesting beside the fields do not overflow the stack', () => {
    expect(result.lineOf('deep')['status']).toBe('ok');
    expect(titlesOf('deep')).toEqual(['Deep nesting beside']);
  });

  test('duplicate keys: the last one wins, and a javascript: link is never stored', () => {
    expect(titlesOf('duplicate-keys')).toEqual(['Kept link']);
    for (const article of result.articles) expect(article.url).toMatch(/^https?:\/\//);
  });

  test('__proto__ keys neither pollute nor inject', () => {
    expect(titlesOf('proto')).toEqual(['Proto item']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  test('javascript: and data: links store nothing', () => {
    expect(result.articlesOf('script-links')).toHaveLength(0);
  });
  test('a lone surrogate escape becomes U+FFFD: every stored string is well-formed', () => {
    expect(titlesOf('lone-surrogate')).toEqual(['Lone \uFFFD escape and \uFFFD its pair']);
    for (const article of result.articles)
      expect(article.title.isWellFormed() && article.text.isWellFormed()).toBe(true);
  });
});
