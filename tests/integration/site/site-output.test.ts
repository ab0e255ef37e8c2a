import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { buildFixtureSite, FIXTURE_ROOT, type FixtureSite, listFiles } from '../../e2e/site-fixture.ts';

/**
 * The built site's outputs, checked with outside readers: xmllint for well-formed feeds, Debian's python3-feedparser
 * (`/usr/bin/python3`, not the PATH python3) for how a feed reader sees them; and a hostile event pushed through the
 * whole pipeline (curated YAML → loader → pages, feeds, shards, open-data JSON and CSV).
 */
const MALICIOUS_DIR = path.join(FIXTURE_ROOT, 'malicious');
const EVIL_ID = '2023-03-01-x-suspends-evil-target';

let site: FixtureSite;
let files: string[];

interface ParsedFeed {
  bozo: boolean;
  bozo_exception: string | null;
  title: string;
  link: string;
  entries: { title: string; link: string; id: string; published: string | null }[];
}

/** Parses a feed with Debian's feedparser and returns what a reader would see. */
function readWithFeedparser(file: string): ParsedFeed {
  const script = `
import feedparser, json, sys, calendar
d = feedparser.parse(sys.argv[1])
print(json.dumps({
  "bozo": bool(d.bozo), "bozo_exception": str(d.get("bozo_exception")) if d.bozo else None,
  "title": d.feed.get("title"), "link": d.feed.get("link"),
  "entries": [{"title": e.get("title"), "link": e.get("link"), "id": e.get("id"),
               "published": (__import__("time").strftime("%Y-%m-%dT%H:%M:%SZ", e.published_parsed) if e.get("published_parsed") else None)}
              for e in d.entries]}))
`;
  return JSON.parse(
    execFileSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' }),
  ) as ParsedFeed;
}

interface FixtureEvent {
  id: string;
  actor: string;
  summary: string;
  status: string;
  sources: { published: string | Date }[];
}

function fixtureEvents(): FixtureEvent[] {
  return [path.join(FIXTURE_ROOT, 'curated'), MALICIOUS_DIR].flatMap((dir) =>
    readdirSync(dir).map((name) => parse(readFileSync(path.join(dir, name), 'utf8')) as FixtureEvent),
  );
}

/** The first report of a fixture event, `YYYY-MM-DD`. */
function firstReported(event: FixtureEvent): string {
  return event.sources
    .map((source) =>
      source.published instanceof Date
        ? source.published.toISOString().slice(0, 10)
        : String(source.published),
    )
    .sort()[0]!;
}

beforeAll(async () => {
  site = await buildFixtureSite([MALICIOUS_DIR]);
  files = listFiles(site.outDir);
});

afterAll(() => {
  if (site) rmSync(site.workDir, { recursive: true, force: true });
});

describe('feeds', () => {
  test('xmllint finds every feed well-formed', () => {
    const feeds = files.filter((file) => file.endsWith('.xml'));
    expect(feeds).toEqual(
      expect.arrayContaining([
        'rss.xml',
        'digest.xml',
        'companies/google/rss.xml',
        'countries/br/rss.xml',
        'targets/parler/rss.xml',
      ]),
    );
    for (const feed of feeds) {
      execFileSync('xmllint', ['--noout', path.join(site.outDir, feed)]);
    }
  });

  test('feedparser reads /rss.xml without bozo, newest report first, dated by first report', () => {
    const feed = readWithFeedparser(path.join(site.outDir, 'rss.xml'));
    expect(feed.bozo_exception).toBeNull();
    expect(feed.bozo).toBe(false);
    expect(feed.title).toBe('Who Banned Whom');
    const expected = fixtureEvents().sort(
      (a, b) => firstReported(b).localeCompare(firstReported(a)) || a.id.localeCompare(b.id),
    );
    expect(feed.entries).toHaveLength(expected.length);
    expect(feed.entries.map((entry) => entry.link)).toEqual(
      expected.map((event) => `${site.siteUrl}/events/${event.id}/`),
    );
    expect(feed.entries.map((entry) => entry.id)).toEqual(feed.entries.map((entry) => entry.link));
    expect(feed.entries.map((entry) => entry.published?.slice(0, 10))).toEqual(expected.map(firstReported));
    expect(feed.entries[0]!.title).toBe(expected[0]!.summary);
  });

  test("a company's feed holds its subsidiaries' events", () => {
    const feed = readWithFeedparser(path.join(site.outDir, 'companies/google/rss.xml'));
    expect(feed.bozo).toBe(false);
    const expected = fixtureEvents()
      .filter((event) => ['google', 'youtube'].includes(event.actor))
      .map((event) => `${site.siteUrl}/events/${event.id}/`)
      .sort();
    expect(feed.entries.map((entry) => entry.link).sort()).toEqual(expected);
    expect(feed.link).toBe(`${site.siteUrl}/companies/google/`);
  });

  test('the digest has one item per completed ISO week with a digest-YYYY-Www guid', () => {
    const feed = readWithFeedparser(path.join(site.outDir, 'digest.xml'));
    expect(feed.bozo).toBe(false);
    // WBW_NOW is 2024-10-20 (ISO week 42, not completed): the Brazilian block (reported 2024-08-30, week 35) and the
    // return (2024-10-08, week 41) are in; everything reported before 2023-10-23 is out of the 52 weeks.
    expect(feed.entries.map((entry) => entry.id)).toEqual(['digest-2024-W41', 'digest-2024-W35']);
    expect(feed.entries[0]!.title).toBe('Week 2024-W41: 1 event');
    expect(feed.entries[0]!.published).toBe('2024-10-14T00:00:00Z');
  });
});

describe('hostile text through the whole pipeline', () => {
  test('every HTML page escapes it, has the CSP and no inline script', () => {
    const pages = files.filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(20);
    for (const file of pages) {
      const html = readFileSync(path.join(site.outDir, file), 'utf8');
      // Text content may hold "<" only escaped; inside a quoted attribute (the <title>'s meta description) a raw "<"
      // is inert, so the check is on the parsed document, as a browser would build it.
      expect(html, file).not.toMatch(/>[^<"]*<script>alert|>[^<"]*<img src=x/i);
      const { document } = parseHTML(html);
      expect(document.querySelector('meta[http-equiv="Content-Security-Policy"]'), file).not.toBeNull();
      expect(document.querySelectorAll('img, b, [onerror], [onmouseover]').length, file).toBe(0);
      for (const script of document.querySelectorAll('script')) {
        // Every script is an external file of our own: no inline code for the CSP to allow.
        expect(script.getAttribute('src') ?? '', file).toMatch(/^\/(_astro|pagefind)\//);
        expect(script.textContent ?? '', file).toBe('');
      }
      for (const anchor of document.querySelectorAll('a[href]')) {
        const href = anchor.getAttribute('href') ?? '';
        expect(href, file).toMatch(/^(https?:|\/|#)/);
        if (/^https?:/.test(href) && !href.startsWith(site.siteUrl)) {
          expect(anchor.getAttribute('rel'), `${file} ${href}`).toBe('noopener noreferrer nofollow');
        }
      }
    }
    const eventPage = readFileSync(path.join(site.outDir, `events/${EVIL_ID}/index.html`), 'utf8');
    expect(eventPage).toContain('&lt;img src=x onerror=alert(&#39;summary&#39;)&gt;');
    expect(eventPage).toContain('&lt;script&gt;alert(&#39;quote&#39;)&lt;/script&gt;');
  });

  test('feeds carry it as escaped text', () => {
    for (const file of files.filter((name) => name.endsWith('.xml'))) {
      const xml = readFileSync(path.join(site.outDir, file), 'utf8');
      expect(xml, file).not.toMatch(/<script|<img|onerror=alert\('summary'\)>/);
    }
    const feed = readWithFeedparser(path.join(site.outDir, 'targets/evil-target/rss.xml'));
    expect(feed.bozo).toBe(false);
    expect(feed.title).toBe("<script>alert('target')</script>Evil Target — Who Banned Whom");
  });

  test('JSON shards and the open-data JSON keep it as data', () => {
    const shard = JSON.parse(
      readFileSync(path.join(site.outDir, 'shards/target/evil-target.json'), 'utf8'),
    ) as string[][];
    expect(shard[0]![3]).toBe("<img src=x onerror=alert('summary')> =cmd|' /C calc'!A0");
    const exported = JSON.parse(readFileSync(path.join(site.outDir, 'data/events.json'), 'utf8')) as {
      events: { id: string; sources: { quote: string }[] }[];
    };
    const evil = exported.events.find((event) => event.id === EVIL_ID);
    expect(evil?.sources[0]?.quote).toContain("<script>alert('quote')</script>");
  });

  test('the CSV never starts a cell with a formula character', () => {
    const csv = readFileSync(path.join(site.outDir, 'data/events.csv'), 'utf8');
    expect(csv).toContain('evil-target');
    // A cell starts after a line start or a comma, optionally inside quotes.
    expect(csv).not.toMatch(/(^|,)"?[=+@]/m);
  });
});
