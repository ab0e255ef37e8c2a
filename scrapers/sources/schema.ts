import { z } from 'zod';
import { isSlug } from '../../src/core/slug.ts';
import { parseByteSize, parseDuration } from '../fetcher/index.ts';

/**
 * A duration such as `90s`, `30m`, `6h`, `1d`, parsed to milliseconds; `minimumMs` excludes nonsense like `0s`
 * intervals. A bare YAML number is accepted only as 0 (`per_origin_delay: 0`): any other unit-less number is ambiguous
 * (seconds? milliseconds?) and is reported rather than guessed.
 */
function durationSchema(minimumMs: number) {
  return z.union([z.string(), z.number()]).transform((value, context) => {
    const ms = typeof value === 'number' ? (value === 0 ? 0 : null) : parseDuration(value);
    if (ms === null || ms < minimumMs) {
      context.addIssue({
        code: 'custom',
        message: `not a duration of at least ${minimumMs} ms: ${JSON.stringify(value)} (expected e.g. 90s, 30m, 6h, 1d)`,
      });
      return z.NEVER;
    }
    return ms;
  });
}
const DurationSchema = durationSchema(1);

/** A size such as `15MiB`, parsed to bytes; a bare number is bytes. */
const ByteSizeSchema = z.union([z.string(), z.number()]).transform((value, context) => {
  const bytes = parseByteSize(String(value));
  if (bytes === null || bytes <= 0) {
    context.addIssue({
      code: 'custom',
      message: `not a size: ${JSON.stringify(value)} (expected e.g. 512KiB, 15MiB)`,
    });
    return z.NEVER;
  }
  return bytes;
});

/** Only http: and https: addresses are ever fetched (DESIGN §6). */
const HttpUrlSchema = z.string().refine((text) => {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}, 'must be an absolute http: or https: URL');

/** The `politeness` block; each default is DESIGN §3's. A benchmark or a test may lower them. */
export const PolitenessSchema = z
  .strictObject({
    /** Requests at once to one origin (scheme + host + port). */
    per_origin_concurrency: z.number().int().min(1).max(64).default(2),
    /** Minimum time between two requests to one origin. */
    per_origin_delay: durationSchema(0).prefault('1s'),
    /** One deadline over connect, headers and body. */
    timeout: DurationSchema.prefault('20s'),
    /** Cap on decoded body bytes. */
    max_body: ByteSizeSchema.prefault('15MiB'),
    /** Redirect hops, each re-checked. */
    max_redirects: z.number().int().min(0).max(20).default(5),
    /** Cap on Retry-After and backoff; a run never sleeps on them, it sets next_fetch_at. */
    max_wait: DurationSchema.prefault('24h'),
  })
  .prefault({});

/** One entry of `sources:` (DESIGN §3). */
export const SourceEntrySchema = z
  .strictObject({
    /** A slug, unique in the file. */
    id: z.string().refine(isSlug, 'must be a slug (lower-case ASCII letters, digits and single dashes)'),
    /** The feed (kind rss) or listing page (kind page); http or https. */
    url: HttpUrlSchema,
    /** rss covers RSS 0.9x/1.0/2.0, Atom and JSON Feed; page is an HTML listing page read with `selector`. */
    kind: z.enum(['rss', 'page']),
    /** Default: the id. */
    name: z.string().trim().min(1).optional(),
    /** ISO 639-1 code; default: detected per article. */
    lang: z
      .string()
      .regex(/^[a-z]{2}$/, 'must be a two-letter ISO 639-1 code such as en or fr')
      .optional(),
    /** Polling interval; default 1h. */
    interval: DurationSchema.prefault('1h'),
    /** CSS selector of the article links on a listing page; kind page only, required there. */
    selector: z.string().trim().min(1).optional(),
    /** false for aggregator feeds whose links are not the publisher's (no article page is fetched through them). */
    resolve_links: z.boolean().default(true),
  })
  .superRefine((entry, context) => {
    if (entry.kind === 'page' && entry.selector === undefined) {
      context.addIssue({ code: 'custom', path: ['selector'], message: 'required when kind is page' });
    }
    if (entry.kind === 'rss' && entry.selector !== undefined) {
      context.addIssue({ code: 'custom', path: ['selector'], message: 'only allowed when kind is page' });
    }
  });

/** data/sources.yaml as a whole. */
export const SourcesFileSchema = z
  .strictObject({
    /** Addresses or names that may be fetched although private or loopback (tests and benchmarks only). */
    allow_private_hosts: z.array(z.string().trim().min(1)).default([]),
    politeness: PolitenessSchema,
    sources: z.array(SourceEntrySchema),
  })
  .superRefine((file, context) => {
    const seen = new Set<string>();
    file.sources.forEach((entry, index) => {
      if (seen.has(entry.id)) {
        context.addIssue({
          code: 'custom',
          path: ['sources', index, 'id'],
          message: `duplicate id "${entry.id}"`,
        });
      }
      seen.add(entry.id);
    });
  });

export type SourcesFileInput = z.input<typeof SourcesFileSchema>;
export type SourcesFileParsed = z.output<typeof SourcesFileSchema>;
