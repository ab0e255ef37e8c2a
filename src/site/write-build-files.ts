import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { countryName } from './countries.ts';
import { digestItems } from './digest.ts';
import { getSiteData, getSiteIndex, readSiteConfig } from './load-site-data.ts';
import { eventFeedItems, type Feed, renderRss } from './rss.ts';
import { type PendingSearchIndex, startSearchIndex } from './search-index.ts';
import { FACETS, facetGroups, isShardValue, shardRow } from './shards.ts';
import type { SiteIndex } from './site-index.ts';
import { writeEventPages, writeEventRedirects } from './write-event-pages.ts';

/**
 * The build's data files, written after `astro build` by plain functions instead of Astro endpoints: feeds, the
 * timeline's JSON shards, the open-data export and the Pagefind index. Measured at 10,000 events, each Astro route costs
 * about 0.8 ms whatever it renders, and these are ~1 file per target and per company; written here they cost a few
 * microseconds each. Pagefind gets custom records built from the data (src/site/search-index.ts) instead of re-reading
 * every HTML file.
 */
export interface BuildFilesReport {
  eventPages: number;
  eventPagesSeconds: number;
  feeds: number;
  shards: number;
  exportSeconds: number;
  searchRecords: number;
  searchFiles: number;
  /** From the start of indexing (when Astro's build started) to the index written. */
  searchSeconds: number;
  searchCached: boolean;
}

function writeFile(outDir: string, relative: string, body: string): void {
  const file = path.join(outDir, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, body);
}

/** Every feed of the site: `/rss.xml`, `/digest.xml`, and one per company, country and target. */
export function siteFeeds(index: SiteIndex, siteUrl: string, now: Date): [string, Feed][] {
  const feeds: [string, Feed][] = [
    [
      'rss.xml',
      {
        title: 'Who Banned Whom',
        link: `${siteUrl}/`,
        self: `${siteUrl}/rss.xml`,
        description: 'The latest deplatforming events: who cut off whom, on which service, and when.',
        items: eventFeedItems(index.events, siteUrl),
      },
    ],
    [
      'digest.xml',
      {
        title: 'Who Banned Whom — weekly digest',
        link: `${siteUrl}/`,
        self: `${siteUrl}/digest.xml`,
        description: 'One item a week: the reviewed deplatforming events first reported that week.',
        items: digestItems(index.events, now, siteUrl),
      },
    ],
  ];
  for (const [id, events] of index.eventsByCompany) {
    const name = index.entityById.get(id)?.name ?? id;
    feeds.push([
      `companies/${id}/rss.xml`,
      {
        title: `${name} — Who Banned Whom`,
        link: `${siteUrl}/companies/${id}/`,
        self: `${siteUrl}/companies/${id}/rss.xml`,
        description: `Who ${name} and its subsidiaries cut off, restricted or reinstated.`,
        items: eventFeedItems(events, siteUrl),
      },
    ]);
  }
  for (const [code, events] of index.eventsByCountry) {
    const cc = code.toLowerCase();
    feeds.push([
      `countries/${cc}/rss.xml`,
      {
        title: `${countryName(code)} — Who Banned Whom`,
        link: `${siteUrl}/countries/${cc}/`,
        self: `${siteUrl}/countries/${cc}/rss.xml`,
        description: `Blocks and restorations decided in ${countryName(code)}, and company cut-offs there.`,
        items: eventFeedItems(events, siteUrl),
      },
    ]);
  }
  for (const target of index.targets) {
    feeds.push([
      `targets/${target.id}/rss.xml`,
      {
        title: `${target.name} — Who Banned Whom`,
        link: `${siteUrl}/targets/${target.id}/`,
        self: `${siteUrl}/targets/${target.id}/rss.xml`,
        description: `Who cut off ${target.name}, and when it came back.`,
        items: eventFeedItems(index.eventsByTarget.get(target.id) ?? [], siteUrl),
      },
    ]);
  }
  return feeds;
}

/**
 * Writes feeds, shards, the open-data files and the search index into the built site.
 * @throws Error when a file cannot be written or Pagefind fails
 */
export async function writeBuildFiles(
  outDir: string,
  pendingSearch?: PendingSearchIndex,
): Promise<BuildFilesReport> {
  const index = await getSiteIndex();
  const config = readSiteConfig();
  const { siteUrl, now } = config;
  // Pagefind runs in its own process: the Astro hook starts it when the build starts (see astro.config.mjs); started
  // here otherwise, it still indexes while this process writes pages and files.
  const search = pendingSearch ?? (await startSearchIndex(index));
  const eventStarted = performance.now();
  const eventPages = await writeEventPages(outDir, index, config);
  writeEventRedirects(outDir, (await getSiteData()).redirects, index, siteUrl);
  const eventPagesSeconds = (performance.now() - eventStarted) / 1000;
  const feeds = siteFeeds(index, siteUrl, now);
  for (const [relative, feed] of feeds) writeFile(outDir, relative, renderRss(feed));

  let shards = 0;
  for (const facet of FACETS) {
    for (const [value, events] of facetGroups(index, facet)) {
      if (!isShardValue(value)) continue;
      writeFile(outDir, `shards/${facet}/${value}.json`, JSON.stringify(events.map(shardRow)));
      shards++;
    }
  }
  writeFile(
    outDir,
    'shards/targets.json',
    JSON.stringify(index.targets.map((target) => [target.id, target.name])),
  );

  const started = performance.now();
  const { writeExport } = await import('../lib/export-files.ts');
  writeExport(await getSiteData(), path.join(outDir, 'data'));
  const exportSeconds = (performance.now() - started) / 1000;

  const searchReport = await search.finish(outDir);
  return {
    eventPages,
    eventPagesSeconds,
    feeds: feeds.length,
    shards,
    exportSeconds,
    searchRecords: searchReport.records,
    searchFiles: searchReport.files,
    searchSeconds: searchReport.seconds,
    searchCached: searchReport.cached,
  };
}
