import type { PublishedEvent } from '../events/types.ts';
import { CSV_COLUMNS, CSV_LIST_SEPARATOR } from './csv.ts';
import { EXPORT_SCHEMA_VERSION } from './event-schema.ts';

/**
 * The JSON documents of the export: events.json, events.ndjson lines and datapackage.json. Licences as DESIGN §3
 * states them: our data CC BY 4.0; quotes are short excerpts of the cited reports, shown with attribution and excluded
 * from the grant; code under the repository's licence, Apache-2.0.
 */
export const LICENCES = {
  data: {
    name: 'CC-BY-4.0',
    title: 'Creative Commons Attribution 4.0 International',
    path: 'https://creativecommons.org/licenses/by/4.0/',
    scope: 'events, entities and every field we wrote',
  },
  quotes: {
    name: 'excluded',
    title:
      'Quotes are short excerpts of the cited reports, shown with attribution (publisher, URL, date); they are not covered by the CC BY grant',
    scope: 'sources[].quote',
  },
  code: {
    name: 'Apache-2.0',
    title: 'Apache License 2.0',
    path: 'https://www.apache.org/licenses/LICENSE-2.0',
    scope: 'the software that builds this dataset',
  },
} as const;

export interface ExportCounts {
  events: number;
  reviewed: number;
  automatic: number;
  reversed: number;
  by_action: Record<string, number>;
  by_service: Record<string, number>;
}

export function countEvents(events: readonly PublishedEvent[]): ExportCounts {
  const counts: ExportCounts = {
    events: events.length,
    reviewed: 0,
    automatic: 0,
    reversed: 0,
    by_action: {},
    by_service: {},
  };
  for (const event of events) {
    counts[event.status] += 1;
    if (event.reversed_by) counts.reversed += 1;
    counts.by_action[event.action] = (counts.by_action[event.action] ?? 0) + 1;
    counts.by_service[event.service] = (counts.by_service[event.service] ?? 0) + 1;
  }
  return counts;
}

/** The header of events.json (everything but the events array, which is streamed after it). */
export function eventsJsonHeader(
  events: readonly PublishedEvent[],
  generatedAt: string,
): Record<string, unknown> {
  return {
    schema_version: EXPORT_SCHEMA_VERSION,
    generated_at: generatedAt,
    licences: LICENCES,
    counts: countEvents(events),
  };
}

/** One line of events.ndjson, newline included. */
export function ndjsonLine(event: PublishedEvent): string {
  return `${JSON.stringify(event)}\n`;
}

/** The Frictionless Data Package descriptor (https://specs.frictionlessdata.io/data-package/). */
export function buildDataPackage(
  generatedAt: string,
  bytes: Readonly<Record<string, number>>,
): Record<string, unknown> {
  const csvFields = CSV_COLUMNS.map((name) => ({
    name,
    type:
      name === 'confidence'
        ? 'number'
        : name === 'duration_days' || name === 'source_count'
          ? 'integer'
          : 'string',
    ...(['countries', 'source_urls', 'source_publishers'].includes(name)
      ? { description: `a list joined with "${CSV_LIST_SEPARATOR}"` }
      : {}),
  }));
  const licences = [LICENCES.data];
  return {
    profile: 'data-package',
    name: 'who-banned-whom',
    title: 'Who Banned Whom: deplatforming events',
    description:
      'Which company, government or court cut off whom, on which service, and when; each event backed by the reports that state it.',
    version: EXPORT_SCHEMA_VERSION,
    created: generatedAt,
    homepage: 'https://github.com/who-banned-whom/who-banned-whom',
    licenses: licences,
    resources: [
      {
        name: 'events-csv',
        path: 'events.csv',
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        bytes: bytes['events.csv'] ?? 0,
        dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
        schema: { fields: csvFields, primaryKey: ['id'] },
        licenses: licences,
        description:
          'One row per event. Cells that begin with = + - @, a tab or a carriage return carry a leading apostrophe (spreadsheet formula guard).',
      },
      {
        name: 'events-json',
        path: 'events.json',
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
        bytes: bytes['events.json'] ?? 0,
        schema: 'schema.json#/$defs/event',
        licenses: licences,
        description:
          'schema_version, generated_at, licences, counts and events (with sources and their quotes).',
      },
      {
        name: 'events-ndjson',
        path: 'events.ndjson',
        format: 'ndjson',
        mediatype: 'application/x-ndjson',
        encoding: 'utf-8',
        bytes: bytes['events.ndjson'] ?? 0,
        schema: 'schema.json#/$defs/event',
        licenses: licences,
        description: 'One event per line, as in events.json.',
      },
      {
        name: 'schema',
        path: 'schema.json',
        format: 'json',
        mediatype: 'application/schema+json',
        bytes: bytes['schema.json'] ?? 0,
        description: 'JSON Schema (2020-12) of an exported event and of a curated event file.',
      },
    ],
    sources_note: LICENCES.quotes.title,
  };
}
