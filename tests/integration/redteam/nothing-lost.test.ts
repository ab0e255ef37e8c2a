import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type LocalServer, startLocalServer } from '../../helpers/local-server.ts';
import { RSS_HEADERS, readStored, rssFeed, type ScrapeResult, scrapeSources } from './redteam-harness.ts';

/**
 * Red team, "nothing stored lost": sources that stored articles on a first run, then turn hostile (an HTML page, an
 * empty body, a 500, an empty feed, a truncated feed, a feed whose items changed their text, a 410), or leave
 * sources.yaml, or change their URL. Through the real `wbw scrape`: every article of the first run is still there,
 * once, with its first text.
 */

let server: LocalServer;
let first: ScrapeResult;
let second: ScrapeResult;

const IDS = [
  'to-html',
  'to-empty',
  'to-500',
  'to-empty-feed',
  'to-truncated',
  'to-changed',
  'to-gone',
  'removed',
  'moved',
];

beforeAll(async () => {
  server = await startLocalServer();
  const feedOf = (id: string, suffix = '') =>
    rssFeed([
      {
        title: `${id} first report`,
        link: server.url(`/articles/${id}/1`),
        description: `The first text of ${id}.${suffix}`,
      },
      {
        title: `${id} second report`,
        link: server.url(`/articles/${id}/2`),
        description: `The second text of ${id}.${suffix}`,
      },
    ]);
  for (const id of IDS) server.setRoute(`/${id}.xml`, { headers: RSS_HEADERS, body: feedOf(id) });
  const sources = IDS.map((id) => ({ id, url: server.url(`/${id}.xml`) }));
  first = await scrapeSources('redteam-nothing-lost', sources);

  server.setRoute('/to-html.xml', {
    headers: { 'content-type': 'text/html' },
    body: '<!doctype html><html><body>Maintenance</body></html>',
  });
  server.setRoute('/to-empty.xml', { headers: RSS_HEADERS, body: '' });
  server.setRoute('/to-500.xml', { status: 500, body: 'down' });
  server.setRoute('/to-empty-feed.xml', {
    headers: RSS_HEADERS,
    body: '<rss version="2.0"><channel><title>Empty</title></channel></rss>',
  });
  server.setRoute('/to-truncated.xml', { headers: RSS_HEADERS, body: feedOf('to-truncated').slice(0, 200) });
  server.setRoute('/to-changed.xml', {
    headers: RSS_HEADERS,
    body: feedOf('to-changed', ' Rewritten by a hostile server.'),
  });
  server.setRoute('/to-gone.xml', { status: 410, body: 'gone' });
  server.setRoute('/moved-elsewhere.xml', {
    headers: RSS_HEADERS,
    body: rssFeed([{ title: 'moved new home', link: server.url('/articles/moved/3') }]),
  });
  const secondSources = sources
    .filter((source) => source.id !== 'removed')
    .map((source) =>
      source.id === 'moved' ? { id: 'moved', url: server.url('/moved-elsewhere.xml') } : source,
    );
  second = await scrapeSources('unused', secondSources, {}, { dir: first.dir, dbFile: first.dbFile });
}, 150_000);

afterAll(async () => {
  await server?.close();
});

describe('a source turning hostile loses nothing already stored', () => {
  test('both runs succeed; the first stored two articles per source', () => {
    expect(first.run.code, first.run.stderr).toBe(0);
    expect(second.run.code, second.run.stderr).toBe(0);
    for (const id of IDS) expect(first.articlesOf(id), id).toHaveLength(2);
  });

  test('every failure of the second run is recorded', () => {
    for (const id of ['to-html', 'to-empty', 'to-500', 'to-gone']) {
      expect(second.lineOf(id)['status'], id).toBe('error');
      expect(String(second.lineOf(id)['error']), id).toMatch(/^(fetcher|feeds): /);
    }
    expect(second.lineOf('to-truncated')['status']).toBe('ok');
    expect(String(second.lineOf('to-truncated')['error'])).toMatch(/ill-formed/);
  });

  test('every article of the first run is still stored, once, with its first text', () => {
    const after = readStored(first.dbFile);
    for (const article of first.articles) {
      const kept = after.articles.filter(
        (candidate) => candidate.url === article.url && candidate.sourceId === article.sourceId,
      );
      expect(kept, article.url).toHaveLength(1);
      expect(kept[0]?.title).toBe(article.title);
      expect(kept[0]?.text).toBe(article.text);
    }
    expect(second.lineOf('to-changed')).toMatchObject({ status: 'ok', new: 0, seen: 2 });
  });

  test('a source moved to a new URL keeps its old articles and adds the new one', () => {
    expect(second.lineOf('moved')).toMatchObject({ status: 'ok', new: 1 });
    expect(readStored(first.dbFile).articles.filter((article) => article.sourceId === 'moved')).toHaveLength(
      3,
    );
  });
});
