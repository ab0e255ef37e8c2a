import { existsSync } from 'node:fs';
import path from 'node:path';
import { type CuratedEvent, CuratedEventSchema } from '../core/curated/schema.ts';
import type { Entity } from '../core/entities/schema.ts';
import { rangeOfPartialDate } from '../core/events/date-range.ts';
import { parseWithFriendlyErrors, SchemaValidationError } from '../core/schema-errors.ts';
import { loadEntities } from './load-entities.ts';
import { readYamlDir } from './load-yaml-dir.ts';

/** One problem found in data/: the file, the field path and what is wrong. */
export interface DataProblem {
  file: string;
  path: string;
  message: string;
}

export interface ValidateDataOptions {
  curatedDir: string;
  entitiesDir: string;
  /** data/sources.yaml; skipped when the file does not exist. */
  sourcesFile?: string;
  /** Ids of events that exist besides the curated ones (automatic events of the database), for `reverses`. */
  knownEventIds?: ReadonlySet<string>;
}

export interface ValidateDataResult {
  problems: DataProblem[];
  nCurated: number;
  nEntities: number;
  nSources: number | null;
  curated: { file: string; event: CuratedEvent }[];
}

/**
 * `wbw validate` and CI's data check (issue 5 §3): every curated file against its schema, the entity catalogue,
 * sources.yaml, then the cross-checks: ids unique; `reverses` points to an existing event; actor and target exist in
 * the catalogue (or the event gives `target_name`); no event's announcement (or date, without one) falls after its
 * first source's publication. Collects every problem instead of stopping at the first.
 */
export async function validateData(options: ValidateDataOptions): Promise<ValidateDataResult> {
  const problems: DataProblem[] = [];
  const report = (error: unknown, fallbackFile: string): void => {
    if (error instanceof SchemaValidationError) {
      for (const issue of error.issues)
        problems.push({ file: error.file, path: issue.path, message: issue.message });
    } else {
      problems.push({
        file: fallbackFile,
        path: '',
        message: error instanceof Error ? error.message : String(error),
      });
    }
  };

  let entities: Entity[] = [];
  try {
    entities = loadEntities(options.entitiesDir);
  } catch (error) {
    report(error, options.entitiesDir);
  }

  let nSources: number | null = null;
  if (options.sourcesFile && existsSync(options.sourcesFile)) {
    try {
      const { loadSourcesConfig } = await import('../../scrapers/sources/index.ts');
      nSources = loadSourcesConfig(options.sourcesFile).sources.length;
    } catch (error) {
      report(error, options.sourcesFile);
    }
  }

  const curated: { file: string; event: CuratedEvent }[] = [];
  let files: { file: string; data: unknown }[] = [];
  try {
    files = readYamlDir(options.curatedDir);
  } catch (error) {
    report(error, options.curatedDir);
  }
  for (const { file, data } of files) {
    try {
      const event = parseWithFriendlyErrors(CuratedEventSchema, data, file);
      if (path.basename(file) !== `${event.id}.yaml`) {
        problems.push({ file, path: 'id', message: `the file name must be ${event.id}.yaml` });
      }
      curated.push({ file, event });
    } catch (error) {
      report(error, file);
    }
  }
  problems.push(...crossCheckCurated(curated, entities, options.knownEventIds ?? new Set()));
  return { problems, nCurated: files.length, nEntities: entities.length, nSources, curated };
}

/** The checks across files. Pure; exported for the dataset test. */
export function crossCheckCurated(
  curated: readonly { file: string; event: CuratedEvent }[],
  entities: readonly Entity[],
  knownEventIds: ReadonlySet<string>,
): DataProblem[] {
  const problems: DataProblem[] = [];
  const entityIds = new Set(entities.map((entity) => entity.id));
  const idFiles = new Map<string, string>();
  for (const { file, event } of curated) {
    const earlier = idFiles.get(event.id);
    if (earlier)
      problems.push({ file, path: 'id', message: `duplicate id "${event.id}" (also in ${earlier})` });
    else idFiles.set(event.id, file);
  }
  for (const { file, event } of curated) {
    if (event.reverses && !idFiles.has(event.reverses) && !knownEventIds.has(event.reverses)) {
      problems.push({ file, path: 'reverses', message: `no event has the id "${event.reverses}"` });
    }
    if (event.merged_into && !idFiles.has(event.merged_into) && !knownEventIds.has(event.merged_into)) {
      problems.push({ file, path: 'merged_into', message: `no event has the id "${event.merged_into}"` });
    }
    if (event.status !== 'reviewed') continue;
    if (event.actor && !entityIds.has(event.actor)) {
      problems.push({
        file,
        path: 'actor',
        message: `"${event.actor}" is not in the entity catalogue (data/entities)`,
      });
    }
    if (event.target && !entityIds.has(event.target) && !event.target_name) {
      problems.push({
        file,
        path: 'target',
        message: `"${event.target}" is not in the entity catalogue; add it there or give target_name`,
      });
    }
    const firstPublished = event.sources
      .map((source) => rangeOfPartialDate(source.published))
      .filter((range) => range !== null)
      .sort((a, b) => a.end - b.end)[0];
    const field = event.announced ? 'announced' : 'date';
    const effective = rangeOfPartialDate(event.announced ?? event.date);
    if (firstPublished && effective && effective.start > firstPublished.end) {
      problems.push({
        file,
        path: field,
        message: `${field} ${event.announced ?? event.date} is after the first source's publication date`,
      });
    }
  }
  return problems;
}

/** `file: field: message` lines, as `wbw validate` prints them. */
export function formatProblems(problems: readonly DataProblem[]): string {
  return problems
    .map((problem) => `${problem.file}: ${problem.path || '(root)'}: ${problem.message}`)
    .join('\n');
}
