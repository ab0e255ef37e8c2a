import path from 'node:path';
import { type CuratedEvent, CuratedEventSchema } from '../core/curated/schema.ts';
import { parseWithFriendlyErrors, SchemaValidationError } from '../core/schema-errors.ts';
import { readYamlDir } from './load-yaml-dir.ts';

export const DEFAULT_CURATED_DIR = path.resolve('data/curated');

/** A curated event with the file it came from. */
export interface CuratedFile {
  file: string;
  event: CuratedEvent;
}

/**
 * Loads and validates every curated event file. The file name must be `<id>.yaml` and ids unique.
 * @throws SchemaValidationError naming the file and the field path
 */
export function loadCurated(dir: string = DEFAULT_CURATED_DIR): CuratedFile[] {
  const out: CuratedFile[] = [];
  for (const { file, data } of readYamlDir(dir)) {
    const event = parseWithFriendlyErrors(CuratedEventSchema, data, file);
    const expected = `${event.id}.yaml`;
    if (path.basename(file) !== expected) {
      throw new SchemaValidationError(file, [{ path: 'id', message: `the file name must be ${expected}` }]);
    }
    out.push({ file, event });
  }
  return out;
}
