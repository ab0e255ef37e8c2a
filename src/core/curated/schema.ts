import { z } from 'zod';
import { isValidPartialDate, precisionOfPartialDate } from '../dates.ts';
import { isSlug } from '../slug.ts';
import { ACTIONS, DATE_PRECISIONS, SERVICES } from '../taxonomy.ts';

/**
 * The curated event file, `data/curated/<id>.yaml` (DESIGN §3). One reviewed event (or a rejection, or a correction of
 * an automatic event) per file. Unknown keys are errors. This schema is also published as JSON Schema
 * (`schema.json` in the exports) so that outside tools can validate the files.
 */

/** YAML turns an unquoted `2021-01-10` into a Date; accept both and keep the string. */
const partialDateSchema = z.preprocess(
  (value) =>
    value instanceof Date
      ? value.toISOString().slice(0, 10)
      : typeof value === 'number'
        ? String(value)
        : value,
  z.string().refine(isValidPartialDate, { message: 'expected a valid date: YYYY, YYYY-MM or YYYY-MM-DD' }),
);

const httpUrlSchema = z
  .string()
  .url()
  .refine((value) => /^https?:\/\//i.test(value), { message: 'only http: and https: URLs are allowed' });

const slugSchema = z.string().refine(isSlug, { message: 'expected a slug (lower case a-z, 0-9 and -)' });

export const CuratedSourceSchema = z
  .object({
    /** The report's own URL (not an aggregator's). */
    url: httpUrlSchema,
    /** Who published the report. */
    publisher: z.string().min(1),
    /** The report's publication date. */
    published: partialDateSchema,
    /** The report's language, ISO 639-1. */
    lang: z.string().regex(/^[a-z]{2}$/, { message: 'expected a two-letter language code' }),
    /** The sentence of the report that states the fact, verbatim. */
    quote: z.string().min(10),
    /** How the quote was checked against the report's text (e.g. `search`: read through the search tool). */
    verified_via: z.string().min(1),
  })
  .strict();
export type CuratedSource = z.infer<typeof CuratedSourceSchema>;

export const DateCandidateSchema = z
  .object({
    date: partialDateSchema,
    precision: z.enum(DATE_PRECISIONS),
    /** URLs of the sources that give this date. */
    sources: z.array(httpUrlSchema).min(1),
    note: z.string().optional(),
  })
  .strict();

const timeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d (?:[A-Za-z_]+(?:\/[A-Za-z_+-]+)*|UTC|[+-]\d{2}:\d{2})$/, {
    message: 'expected "HH:MM Zone", e.g. "23:59 America/Los_Angeles" or "08:00 UTC" or "14:00 +01:00"',
  });

const countrySchema = z.string().regex(/^[A-Z]{2}$/, { message: 'expected an ISO 3166-1 alpha-2 code' });

export const CuratedEventSchema = z
  .object({
    /** `YYYY-MM-DD-actor-action-target[-service]`, minted once and never changed. Equals the file name. */
    id: z
      .string()
      .regex(/^\d{4}(?:-\d{2}){0,2}-[a-z0-9-]+$/, { message: 'expected YYYY[-MM[-DD]]-actor-action-target' }),
    /** `reviewed`: a checked event. `rejected`: suppresses the automatic event `corrects` names, for good. */
    status: z.enum(['reviewed', 'rejected']),
    actor: slugSchema.optional(),
    action: z.enum(ACTIONS).optional(),
    target: slugSchema.optional(),
    /** The target's display name when the target is not in the entity catalogue. */
    target_name: z.string().min(1).optional(),
    service: z.enum(SERVICES).optional(),
    date: partialDateSchema.optional(),
    date_precision: z.enum(DATE_PRECISIONS).optional(),
    time: timeSchema.nullable().optional(),
    countries: z.array(countrySchema).default([]),
    announced: partialDateSchema.nullable().optional(),
    date_candidates: z.array(DateCandidateSchema).optional(),
    /** For a `reinstate`: the id of the event it reverses. */
    reverses: z.string().nullable().optional(),
    /** The id of an automatic event whose fields this file overrides (or, with `rejected`, suppresses). */
    corrects: z.string().nullable().optional(),
    /** With `rejected`: the id of the event that absorbed this one (a merge); the rejected id's page redirects there. */
    merged_into: z.string().optional(),
    /** One English sentence. Generated when absent. */
    summary: z.string().min(1).optional(),
    sources: z.array(CuratedSourceSchema).default([]),
    notes: z.string().optional(),
  })
  .strict()
  .superRefine((event, ctx) => {
    if (event.status === 'reviewed') {
      for (const field of ['actor', 'action', 'target', 'service', 'date', 'date_precision'] as const) {
        // A correction may name only the fields it overrides; a stand-alone reviewed event needs them all.
        if (event[field] === undefined && !event.corrects) {
          ctx.addIssue({ code: 'custom', path: [field], message: `required for a reviewed event` });
        }
      }
      if (event.sources.length === 0 && !event.corrects) {
        ctx.addIssue({
          code: 'custom',
          path: ['sources'],
          message: 'a reviewed event needs at least one source',
        });
      }
    }
    if (event.status === 'rejected' && !event.corrects) {
      ctx.addIssue({
        code: 'custom',
        path: ['corrects'],
        message: 'a rejection names the automatic event it rejects',
      });
    }
    if (event.merged_into !== undefined && event.status !== 'rejected') {
      ctx.addIssue({
        code: 'custom',
        path: ['merged_into'],
        message: 'only a rejected (merged) event names merged_into',
      });
    }
    if (event.date !== undefined && event.date_precision !== undefined) {
      const precision = precisionOfPartialDate(event.date);
      if (precision !== event.date_precision) {
        ctx.addIssue({
          code: 'custom',
          path: ['date_precision'],
          message: `"${event.date_precision}" does not match the date "${event.date}" (${precision ?? 'invalid'})`,
        });
      }
    }
    if (event.action === 'reinstate' && !event.reverses && !event.corrects) {
      ctx.addIssue({
        code: 'custom',
        path: ['reverses'],
        message: 'a reinstatement names the event it reverses',
      });
    }
    if (event.action !== undefined && event.action !== 'reinstate' && event.reverses) {
      ctx.addIssue({ code: 'custom', path: ['reverses'], message: 'only a reinstate reverses an event' });
    }
  });
export type CuratedEvent = z.infer<typeof CuratedEventSchema>;
