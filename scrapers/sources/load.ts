import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { PROJECT_URL, VERSION } from '../../src/cli/version.ts';
import { formatIssuePath, SchemaValidationError } from '../../src/core/schema-errors.ts';
import type { SourceConfigRecord } from '../../src/db/sources.ts';
import type { FetchPolicy } from '../types.ts';
import { SourcesFileSchema } from './schema.ts';

/** One source, parsed: what the orchestrator and the database work with. */
export type SourceConfig = SourceConfigRecord;

/** data/sources.yaml, parsed and validated. */
export interface SourcesConfig {
  /** The file it was read from, for messages. */
  file: string;
  policy: FetchPolicy;
  sources: SourceConfig[];
}

/** The honest User-Agent of DESIGN §3: `WhoBannedWhom/<version> (+<project URL>)`. */
export const USER_AGENT = `WhoBannedWhom/${VERSION} (+${PROJECT_URL})`;

/**
 * Validates already-parsed YAML data. Errors name the file, the entry (its index and id) and the field:
 * `data/sources.yaml: sources[3] (id "lemonde-pixels").interval: not a duration …`. Unknown keys are errors.
 * @throws SchemaValidationError naming the file, the entry and each field
 */
export function parseSourcesConfig(data: unknown, file: string): SourcesConfig {
  const result = SourcesFileSchema.safeParse(data);
  if (!result.success) {
    const entries = (data as { sources?: unknown } | null)?.sources;
    throw new SchemaValidationError(
      file,
      result.error.issues.map((issue) => {
        let path = formatIssuePath(issue.path);
        const [first, index] = issue.path;
        if (first === 'sources' && typeof index === 'number' && Array.isArray(entries)) {
          const id = (entries[index] as { id?: unknown } | null)?.id;
          if (typeof id === 'string') {
            path = path.replace(`sources[${index}]`, `sources[${index}] (id ${JSON.stringify(id)})`);
          }
        }
        let message = issue.message;
        if (issue.code === 'unrecognized_keys') message = `unknown key(s): ${issue.keys.join(', ')}`;
        return { path, message };
      }),
    );
  }
  const parsed = result.data;
  return {
    file,
    policy: {
      perOriginConcurrency: parsed.politeness.per_origin_concurrency,
      perOriginDelayMs: parsed.politeness.per_origin_delay,
      timeoutMs: parsed.politeness.timeout,
      maxBodyBytes: parsed.politeness.max_body,
      maxRedirects: parsed.politeness.max_redirects,
      maxWaitMs: parsed.politeness.max_wait,
      allowPrivateHosts: parsed.allow_private_hosts,
      userAgent: USER_AGENT,
    },
    sources: parsed.sources.map((entry) => ({
      id: entry.id,
      name: entry.name ?? entry.id,
      url: entry.url,
      kind: entry.kind,
      lang: entry.lang ?? null,
      intervalMs: entry.interval,
      selector: entry.selector ?? null,
      resolveLinks: entry.resolve_links,
    })),
  };
}

/**
 * Reads and validates a sources file (DESIGN §3). YAML aliases are capped so that a hostile file cannot expand.
 * @throws Error naming the file when it cannot be read or is not well-formed YAML
 * @throws SchemaValidationError naming the file, the entry and the field when it does not match the format
 */
export function loadSourcesConfig(file: string): SourcesConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`sources: cannot read ${file}: ${(error as Error).message}`);
  }
  let data: unknown;
  try {
    data = parse(text, { maxAliasCount: 100, prettyErrors: true });
  } catch (error) {
    throw new Error(`sources: invalid YAML in ${file}: ${(error as Error).message}`);
  }
  return parseSourcesConfig(data, file);
}
