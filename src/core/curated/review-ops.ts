import { precisionOfPartialDate } from '../dates.ts';
import type { PublishedEvent } from '../events/types.ts';
import { parseWithFriendlyErrors } from '../schema-errors.ts';
import { type CuratedEvent, CuratedEventSchema, type CuratedSource } from './schema.ts';

/**
 * The operations of `wbw review` (issue 5 §4) as pure functions: each takes the automatic event (and the curated file
 * that may already exist for it) and returns the curated file(s) to write. The CLI does the reading and writing.
 * Every result is validated by the curated schema before it is returned.
 */

/** What a reviewer's acceptance records: the reviewed fields, pinned, and the sources that carry a checkable date. */
export function acceptEvent(event: PublishedEvent, existing?: CuratedEvent): CuratedEvent {
  const base = existing && existing.status === 'reviewed' ? existing : snapshotOf(event);
  return validated({ ...base, status: 'reviewed' }, `${event.id}.yaml`);
}

/** A rejection: suppresses the automatic event for good (its id is stable across rebuilds). */
export function rejectEvent(id: string, note?: string): CuratedEvent {
  return validated(
    { id, status: 'rejected', corrects: id, countries: [], sources: [], ...(note ? { notes: note } : {}) },
    `${id}.yaml`,
  );
}

/**
 * Merges `absorbed` into `kept`: `kept` becomes reviewed with both events' sources; `absorbed` becomes a rejection with
 * `merged_into`, so its page redirects (DESIGN §3: a merge keeps one id).
 */
export function mergeEvents(
  kept: PublishedEvent,
  absorbed: PublishedEvent,
  existingKept?: CuratedEvent,
): { kept: CuratedEvent; absorbed: CuratedEvent } {
  const base = existingKept && existingKept.status === 'reviewed' ? existingKept : snapshotOf(kept);
  const urls = new Set(base.sources.map((source) => source.url));
  const added = absorbed.sources
    .map(toCuratedSource)
    .filter((source): source is CuratedSource => source !== null && !urls.has(source.url));
  return {
    kept: validated(
      {
        ...base,
        status: 'reviewed',
        sources: [...base.sources, ...added],
        notes: [base.notes, `Merged ${absorbed.id} into this event.`].filter(Boolean).join(' '),
      },
      `${kept.id}.yaml`,
    ),
    absorbed: validated(
      {
        id: absorbed.id,
        status: 'rejected',
        corrects: absorbed.id,
        merged_into: kept.id,
        countries: [],
        sources: [],
      },
      `${absorbed.id}.yaml`,
    ),
  };
}

/** The fields `--set ID field=value` may change, with how the text value is read. */
export const EDITABLE_FIELDS = [
  'actor',
  'action',
  'target',
  'target_name',
  'service',
  'date',
  'time',
  'countries',
  'announced',
  'reverses',
  'summary',
  'notes',
] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

/**
 * Sets one field on the curated file of an event (created from the automatic event when there is none). `date` also
 * sets `date_precision`; `countries` takes a comma-separated list; `null` or an empty value clears an optional field.
 * @throws Error naming the field when it is not editable; SchemaValidationError when the value is invalid
 */
export function setEventField(
  event: PublishedEvent | null,
  existing: CuratedEvent | undefined,
  field: string,
  value: string,
): CuratedEvent {
  if (!(EDITABLE_FIELDS as readonly string[]).includes(field)) {
    throw new Error(`review: field "${field}" cannot be edited; editable: ${EDITABLE_FIELDS.join(', ')}`);
  }
  const base: CuratedEvent | undefined =
    existing && existing.status === 'reviewed' ? existing : event ? snapshotOf(event) : undefined;
  if (!base) throw new Error('review: no event to edit');
  const next: Record<string, unknown> = { ...base, status: 'reviewed' };
  const trimmed = value.trim();
  const cleared = trimmed === '' || trimmed === 'null';
  if (field === 'countries') {
    next['countries'] = cleared
      ? []
      : trimmed
          .split(',')
          .map((code) => code.trim().toUpperCase())
          .filter(Boolean);
  } else if (field === 'date') {
    next['date'] = trimmed;
    next['date_precision'] = precisionOfPartialDate(trimmed) ?? 'day';
  } else if (cleared) {
    delete next[field];
  } else {
    next[field] = trimmed;
  }
  return validated(next, `${base.id}.yaml`);
}

/**
 * The curated form of an automatic event: a correction file (`corrects` = its id) that pins every field, with the
 * sources that can be written in the curated format (publisher, date and language known).
 */
export function snapshotOf(event: PublishedEvent): CuratedEvent {
  const sources = event.sources
    .map(toCuratedSource)
    .filter((source): source is CuratedSource => source !== null);
  const draft: Record<string, unknown> = {
    id: event.id,
    status: 'reviewed',
    actor: event.actor,
    action: event.action,
    target: event.target,
    target_name: event.target_name,
    service: event.service,
    countries: event.countries,
    corrects: event.id,
    summary: event.summary,
    sources,
  };
  if (event.date) {
    draft['date'] = event.date;
    draft['date_precision'] = event.date_precision ?? precisionOfPartialDate(event.date);
  }
  if (event.time) draft['time'] = event.time;
  if (event.announced) draft['announced'] = event.announced;
  if (event.reverses) draft['reverses'] = event.reverses;
  if (event.date_candidates.length > 0) {
    draft['date_candidates'] = event.date_candidates.map((candidate) => ({
      date: candidate.date,
      precision: candidate.precision,
      sources: candidate.sources,
      ...(candidate.note ? { note: candidate.note } : {}),
    }));
  }
  return draft as CuratedEvent;
}

function toCuratedSource(source: PublishedEvent['sources'][number]): CuratedSource | null {
  const published = source.published?.slice(0, 10) ?? null;
  if (!source.publisher || !published || !source.lang || source.quote.length < 10) return null;
  if (!/^https?:\/\//i.test(source.url)) return null;
  return {
    url: source.url,
    publisher: source.publisher,
    published,
    lang: source.lang.slice(0, 2).toLowerCase(),
    quote: source.quote,
    verified_via: source.verified_via ?? 'review',
  };
}

function validated(draft: unknown, file: string): CuratedEvent {
  return parseWithFriendlyErrors(CuratedEventSchema, draft, file);
}
