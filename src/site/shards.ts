import type { PublishedEvent } from '../core/events/types.ts';
import { formatPartialDate, yearOf } from './format.ts';
import type { SiteIndex } from './site-index.ts';

/**
 * The timeline's per-facet JSON shards, fetched on demand by the filter script so that no visitor ever downloads every
 * event: `/shards/<facet>/<value>.json` holds the rows of one facet value, newest first. The client intersects the
 * shards of the chosen filters by event id.
 */
export const FACETS = ['company', 'target', 'action', 'service', 'country', 'year'] as const;
export type Facet = (typeof FACETS)[number];

/**
 * One timeline row, positional to keep shards small:
 * `[id, date, dateLabel, summary, action, service, unreviewed(0|1)]`. Only what a row shows: the summary already names
 * the actor and the target.
 */
export type ShardRow = [string, string, string, string, string, string, 0 | 1];

export function shardRow(event: PublishedEvent): ShardRow {
  return [
    event.id,
    event.date ?? '',
    formatPartialDate(event.date, event.date_precision),
    event.summary,
    event.action,
    event.service,
    event.status === 'automatic' ? 1 : 0,
  ];
}

/** The facet values and their events: company ids (families), target ids, actions, services, lower-case country codes, years. */
export function facetGroups(index: SiteIndex, facet: Facet): Map<string, PublishedEvent[]> {
  switch (facet) {
    case 'company':
      return index.eventsByCompany;
    case 'target':
      return index.eventsByTarget;
    case 'action':
      return index.eventsByAction;
    case 'service':
      return index.eventsByService;
    case 'country':
      return new Map([...index.eventsByCountry].map(([code, events]) => [code.toLowerCase(), events]));
    case 'year':
      return index.eventsByYear;
  }
}

/** A shard's file name part: only slug characters, so a value can never escape its folder. */
export function isShardValue(value: string): boolean {
  return /^[a-z0-9][a-z0-9-]*$/.test(value);
}

export { yearOf };
