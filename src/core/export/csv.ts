import type { PublishedEvent } from '../events/types.ts';

/**
 * events.csv (RFC 4180): every field quoted, quotes doubled, CRLF line ends, a header row.
 * A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe, so that a
 * spreadsheet never runs scraped text as a formula (OWASP "CSV injection"). List fields are joined with " | ".
 */
export const CSV_COLUMNS = [
  'id',
  'status',
  'date',
  'date_precision',
  'time',
  'announced',
  'actor',
  'actor_name',
  'action',
  'target',
  'target_name',
  'service',
  'countries',
  'summary',
  'confidence',
  'reverses',
  'reversed_by',
  'duration_days',
  'first_reported_at',
  'source_count',
  'source_urls',
  'source_publishers',
  'notes',
] as const;

/** The separator of list fields inside one cell. */
export const CSV_LIST_SEPARATOR = ' | ';

/** One cell: quoted, quotes doubled, formula-like starts neutralised. */
export function csvCell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replaceAll('"', '""')}"`;
}

/** The cells of one event, in {@link CSV_COLUMNS} order. */
export function csvRow(event: PublishedEvent): (string | number | null)[] {
  return [
    event.id,
    event.status,
    event.date,
    event.date_precision,
    event.time,
    event.announced,
    event.actor,
    event.actor_name,
    event.action,
    event.target,
    event.target_name,
    event.service,
    event.countries.join(CSV_LIST_SEPARATOR),
    event.summary,
    event.confidence,
    event.reverses,
    event.reversed_by,
    event.duration_days,
    event.first_reported_at,
    event.sources.length,
    event.sources.map((source) => source.url).join(CSV_LIST_SEPARATOR),
    event.sources.map((source) => source.publisher ?? '').join(CSV_LIST_SEPARATOR),
    event.notes,
  ];
}

/** The header line and one line per event, each ending in CRLF. */
export function* csvLines(events: Iterable<PublishedEvent>): Generator<string> {
  yield `${CSV_COLUMNS.map(csvCell).join(',')}\r\n`;
  for (const event of events) yield `${csvRow(event).map(csvCell).join(',')}\r\n`;
}

/** The whole file as one string. */
export function eventsToCsv(events: Iterable<PublishedEvent>): string {
  let out = '';
  for (const line of csvLines(events)) out += line;
  return out;
}
