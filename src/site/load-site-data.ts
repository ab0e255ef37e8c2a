import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Entity } from '../core/entities/schema.ts';
import type { EventRedirect, PublishedEvent } from '../core/events/types.ts';
import { DEFAULT_MIN_CONFIDENCE, loadPublishedEvents } from '../lib/published-events.ts';
import { createSiteIndex, type SiteIndex } from './site-index.ts';

/**
 * Where the site's data comes from, read from the environment so that tests and the benchmark can point one build at
 * their own dataset without touching `data/`:
 * - `WBW_EVENTS_JSON`: a JSON file `{ events, entities, generatedAt }` (the benchmark's generated 50,000 events);
 * - otherwise `loadPublishedEvents` over `WBW_CURATED_DIR`, `WBW_ENTITIES_DIR` and `WBW_DB` (when the file exists);
 * - `WBW_MIN_CONFIDENCE`: automatic events below it are not published (default: the loader's DEFAULT_MIN_CONFIDENCE);
 * - `WBW_NOW`: the build's "now" (ISO 8601) for the digest's completed weeks; default the real clock.
 */
export interface SiteConfig {
  siteUrl: string;
  minConfidence: number;
  now: Date;
  /** Where corrections go: the repository's issue tracker. */
  correctionsUrl: string;
  repositoryUrl: string;
  db: string | null;
}

export function readSiteConfig(env: NodeJS.ProcessEnv = process.env): SiteConfig {
  const dbFile = path.resolve(env['WBW_DB'] ?? 'data/wbw.sqlite');
  const minConfidence = Number(env['WBW_MIN_CONFIDENCE'] ?? DEFAULT_MIN_CONFIDENCE);
  const now = env['WBW_NOW'] ? new Date(env['WBW_NOW']) : new Date();
  const repositoryUrl = 'https://github.com/who-banned-whom/who-banned-whom';
  return {
    siteUrl: (env['WBW_SITE_URL'] ?? 'http://localhost:4321').replace(/\/+$/, ''),
    minConfidence: Number.isFinite(minConfidence) ? minConfidence : DEFAULT_MIN_CONFIDENCE,
    now: Number.isNaN(now.getTime()) ? new Date() : now,
    correctionsUrl: `${repositoryUrl}/issues/new?labels=correction`,
    repositoryUrl,
    db: existsSync(dbFile) ? dbFile : null,
  };
}

let cached: Promise<SiteIndex> | null = null;
let cachedData: Promise<SiteData> | null = null;

/** The published events (threshold applied), the entity catalogue and when they were generated. */
export interface SiteData {
  events: PublishedEvent[];
  entities: Entity[];
  generatedAt: string;
  /** Merged-away ids and the event that absorbed them: their pages redirect. */
  redirects: EventRedirect[];
}

/**
 * The data the site publishes, before indexing: also what the build writes to `/data/` through `writeExport`, so the
 * pages and the open-data files always hold the same events.
 * @throws Error when the data cannot be loaded
 */
export function getSiteData(): Promise<SiteData> {
  cachedData ??= loadSiteData();
  return cachedData;
}

/**
 * The site's data, loaded once per build and shared by every page (Astro renders all pages in one process).
 * @throws Error when the data cannot be loaded (the build must fail rather than publish an empty site)
 */
export function getSiteIndex(): Promise<SiteIndex> {
  cached ??= getSiteData().then((data) => createSiteIndex(data.events, data.entities, data.generatedAt));
  return cached;
}

async function loadSiteData(): Promise<SiteData> {
  const config = readSiteConfig();
  const eventsJson = process.env['WBW_EVENTS_JSON'];
  let events: PublishedEvent[];
  let entities: Entity[];
  let generatedAt: string;
  let redirects: EventRedirect[] = [];
  if (eventsJson) {
    const parsed = JSON.parse(readFileSync(eventsJson, 'utf8')) as {
      events: PublishedEvent[];
      entities: Entity[];
      generatedAt?: string;
    };
    if (!Array.isArray(parsed.events) || !Array.isArray(parsed.entities)) {
      throw new Error(`site: ${eventsJson}: expected { events: [], entities: [] }`);
    }
    ({ events, entities } = parsed);
    generatedAt = parsed.generatedAt ?? new Date().toISOString();
  } else {
    const data = await loadPublishedEvents({
      ...(process.env['WBW_CURATED_DIR'] ? { curatedDir: path.resolve(process.env['WBW_CURATED_DIR']) } : {}),
      ...(process.env['WBW_ENTITIES_DIR']
        ? { entitiesDir: path.resolve(process.env['WBW_ENTITIES_DIR']) }
        : {}),
      ...(config.db ? { db: config.db } : {}),
      minConfidence: config.minConfidence,
    });
    ({ events, entities, generatedAt } = data);
    redirects = data.redirects ?? [];
  }
  // The loader applies the threshold too; filtering again here keeps the rule true whatever the source of the data.
  const published = events.filter(
    (event) => event.status === 'reviewed' || event.confidence >= config.minConfidence,
  );
  return { events: published, entities, generatedAt, redirects };
}
