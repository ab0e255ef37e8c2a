import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { countryName } from './countries.ts';
import { digestItems } from './digest.ts';
import { getSiteData, getSiteIndex, readSiteConfig } from './load-site-data.ts';
import { eventFeedItems, type Feed, renderRss } from './rss.ts';
import { FACETS, facetGroups, isShardValue, shardRow } from './shards.ts';
import type { SiteIndex } from './site-index.ts';
import { writeEventPages, writeEventRedirects } from './write-event-pages.ts';

/**
 * The build's data files, written after `astro build` by plain functions instead of Astro endpoints: feeds, the
 * timeline's JSON shards, the open-data export and the Pagefind index. Measured at 10,000 events, each Astro route costs
 * about 0.8 ms whatever it renders, and these are ~1 file per target and per company; written here they cost a few
 * microseconds each. Pagefind gets custom records built from the data (2.3 s at 10,000 events) instead of re-reading
 * every HTML file (8 s).
 */
export interface BuildFilesReport {
  eventPages: number;
  eventPagesSeconds: number;
  feeds: number;
  shards: number;
  exportSeconds: number;
  searchRecords: number;
  searchSeconds: number;
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
export async function writeBuildFiles(outDir: string): Promise<BuildFilesReport> {
  const index = await getSiteIndex();
  const config = readSiteConfig();
  const { siteUrl, now } = config;
  // Pagefind runs in its own process: start it first so that it indexes while this one writes pages and files.
  const searchStarted = performance.now();
  const searchDone = writeSearchIndex(index, outDir).then((records) => ({
    records,
    seconds: (performance.now() - searchStarted) / 1000,
  }));
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

  const search = await searchDone;
  return {
    eventPages,
    eventPagesSeconds,
    feeds: feeds.length,
    shards,
    exportSeconds,
    searchRecords: search.records,
    searchSeconds: search.seconds,
  };
}

/** Pagefind over event, company and target pages, from the data (the pages say the same things). */
async function writeSearchIndex(index: SiteIndex, outDir: string): Promise<number> {
  const pagefind = await import('pagefind');
  const { index: searchIndex, errors } = await pagefind.createIndex({});
  if (!searchIndex) throw new Error(`site: pagefind: ${errors.join('; ')}`);
  const pending: Promise<unknown>[] = [];
  for (const event of index.events) {
    pending.push(
      searchIndex.addCustomRecord({
        url: `/events/${event.id}/`,
        language: 'en',
        // The quotes stay out of the index: they doubled its build time at 50,000 events, and the summary, the names
        // and the publishers are what people search for.
        content: [
          event.summary,
          event.actor_name,
          event.target_name,
          event.action,
          event.service.replace('_', ' '),
          ...event.sources.map((source) => source.publisher ?? ''),
        ].join('. '),
        meta: { title: event.summary },
      }),
    );
  }
  for (const company of index.companies) {
    const events = index.eventsByCompany.get(company.id) ?? [];
    pending.push(
      searchIndex.addCustomRecord({
        url: `/companies/${company.id}/`,
        language: 'en',
        content: `${company.name}. ${company.name} (company): ${events.length} events.`,
        meta: { title: company.name },
      }),
    );
  }
  for (const target of index.targets) {
    const events = index.eventsByTarget.get(target.id) ?? [];
    pending.push(
      searchIndex.addCustomRecord({
        url: `/targets/${target.id}/`,
        language: 'en',
        // The name twice: a target's page is the best answer to a search for its name.
        content: `${target.name}. ${target.name}: ${events
          .slice(0, 20)
          .map((event) => event.summary)
          .join(' ')}`,
        meta: { title: `${target.name}: who cut it off` },
      }),
    );
  }
  const results = await Promise.all(pending);
  const failed = results.find((result) => (result as { errors?: string[] }).errors?.length);
  if (failed) throw new Error(`site: pagefind: ${(failed as { errors: string[] }).errors.join('; ')}`);
  await searchIndex.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
  await pagefind.close();
  return pending.length;
}
