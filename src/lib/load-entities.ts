import path from 'node:path';
import { type Entity, EntityFileSchema } from '../core/entities/schema.ts';
import { parseWithFriendlyErrors, SchemaValidationError } from '../core/schema-errors.ts';
import { readYamlDir } from './load-yaml-dir.ts';

/** The default catalogue folder. */
export const DEFAULT_ENTITIES_DIR = path.resolve('data/entities');

/**
 * Loads and validates every entity file; ids must be unique across files and every parent must exist.
 * @throws SchemaValidationError naming the file and the field
 */
export function loadEntities(dir: string = DEFAULT_ENTITIES_DIR): Entity[] {
  const entities: Entity[] = [];
  const seen = new Map<string, string>();
  for (const { file, data } of readYamlDir(dir)) {
    const parsed = parseWithFriendlyErrors(EntityFileSchema, data, file);
    parsed.entities.forEach((entity, index) => {
      const earlier = seen.get(entity.id);
      if (earlier) {
        throw new SchemaValidationError(file, [
          { path: `entities[${index}].id`, message: `duplicate id "${entity.id}" (also in ${earlier})` },
        ]);
      }
      seen.set(entity.id, file);
      entities.push(entity);
    });
  }
  for (const entity of entities) {
    if (entity.parent && !seen.has(entity.parent)) {
      throw new SchemaValidationError(seen.get(entity.id)!, [
        { path: `${entity.id}.parent`, message: `unknown parent "${entity.parent}"` },
      ]);
    }
  }
  return entities;
}
