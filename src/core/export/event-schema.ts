import { z } from 'zod';
import { CuratedEventSchema } from '../curated/schema.ts';
import { ACTIONS, DATE_PRECISIONS, SERVICES } from '../taxonomy.ts';

/**
 * The exported event (one element of `events` in events.json, one line of events.ndjson), as a zod schema: the
 * exports' `schema.json` is generated from it, and tests validate the exports against that JSON Schema.
 * It mirrors src/core/events/types.ts `PublishedEvent`; change the two together.
 */
export const EXPORT_SCHEMA_VERSION = '1.0.0';

const partialDate = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/);

export const ExportedSourceSchema = z
  .object({
    url: z
      .string()
      .regex(/^https?:\/\//)
      .describe('The report (http or https)'),
    publisher: z.string().nullable(),
    published: z.string().nullable().describe('Publication date or UTC ISO 8601 time'),
    lang: z.string().nullable(),
    quote: z
      .string()
      .describe(
        'The sentence of the report that states the fact: a short excerpt, not covered by the CC BY grant',
      ),
    verified_via: z.string().nullable(),
  })
  .strict();

export const ExportedEventSchema = z
  .object({
    id: z.string().describe('YYYY[-MM[-DD]]-actor-action-target[-service], stable'),
    status: z.enum(['automatic', 'reviewed']),
    actor: z.string(),
    actor_name: z.string(),
    action: z.enum(ACTIONS),
    target: z.string(),
    target_name: z.string(),
    service: z.enum(SERVICES),
    date: partialDate.nullable(),
    date_precision: z.enum(DATE_PRECISIONS).nullable(),
    time: z.string().nullable(),
    countries: z.array(z.string().regex(/^[A-Z]{2}$/)),
    announced: partialDate.nullable(),
    date_candidates: z.array(
      z
        .object({
          date: partialDate,
          precision: z.enum(DATE_PRECISIONS),
          sources: z.array(z.string()),
          note: z.string().nullable(),
        })
        .strict(),
    ),
    summary: z.string(),
    confidence: z.number().min(0).max(1),
    reverses: z.string().nullable(),
    reversed_by: z.string().nullable(),
    duration_days: z.number().int().min(0).nullable(),
    sources: z.array(ExportedSourceSchema),
    first_reported_at: z.string().nullable(),
    notes: z.string().nullable(),
  })
  .strict();

/**
 * `schema.json`: the JSON Schema (draft 2020-12) of an exported event and of a curated event file, under `$defs`.
 * The curated schema is published for its input form (what a file may contain).
 */
export function buildExportJsonSchema(): Record<string, unknown> {
  const event = z.toJSONSchema(ExportedEventSchema, { target: 'draft-2020-12' });
  const curated = z.toJSONSchema(CuratedEventSchema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
  });
  const strip = (schema: Record<string, unknown>): Record<string, unknown> => {
    const { $schema: _ignored, ...rest } = schema;
    return rest;
  };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://github.com/who-banned-whom/who-banned-whom/schema.json',
    title: 'Who Banned Whom: exported event and curated event file',
    schema_version: EXPORT_SCHEMA_VERSION,
    $defs: {
      event: strip(event as Record<string, unknown>),
      curated_event: strip(curated as Record<string, unknown>),
    },
  };
}
