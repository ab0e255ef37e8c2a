import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import type { CuratedEvent } from '../core/curated/schema.ts';

/** The key order of DESIGN §3's example, so that files written by `wbw review` read like hand-written ones. */
const KEY_ORDER = [
  'id',
  'status',
  'actor',
  'action',
  'target',
  'target_name',
  'service',
  'date',
  'date_precision',
  'time',
  'countries',
  'announced',
  'date_candidates',
  'reverses',
  'corrects',
  'merged_into',
  'summary',
  'sources',
  'notes',
];

/** The YAML text of a curated event file. */
export function curatedEventToYaml(event: CuratedEvent): string {
  const ordered: Record<string, unknown> = {};
  const record = event as Record<string, unknown>;
  for (const key of KEY_ORDER) if (record[key] !== undefined) ordered[key] = record[key];
  for (const key of Object.keys(record))
    if (!(key in ordered) && record[key] !== undefined) ordered[key] = record[key];
  // Dates stay strings: quoted, so that YAML does not turn them into time stamps.
  return stringify(ordered, { lineWidth: 0, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' });
}

/**
 * Writes `<dir>/<id>.yaml` (temporary file, then rename).
 * @throws Error when the file cannot be written
 */
export function writeCuratedEvent(dir: string, event: CuratedEvent): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${event.id}.yaml`);
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, curatedEventToYaml(event));
  renameSync(temporary, file);
  return file;
}
