import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Entity, EntityFileSchema } from '../core/entities/schema.ts';
import { parseWithFriendlyErrors, SchemaValidationError } from '../core/schema-errors.ts';
import { readYamlDir } from './load-yaml-dir.ts';

/** The default catalogue folder. */
export const DEFAULT_ENTITIES_DIR = path.resolve('data/entities');

/**
 * Where the validated catalogue is cached as JSON. Parsing the YAML costs about 0.4 s cold (measured with 400
 * entities and 5,000 aliases), and `wbw extract` loads the catalogue on every start; the JSON copy loads in a few
 * milliseconds. Bump the version when the schema or this loader's checks change.
 */
const CACHE_VERSION = 1;
// Beside the project's own node_modules, wherever the command runs from (a test may run in a temporary folder).
const DEFAULT_CACHE_DIR = fileURLToPath(
  new URL('../../node_modules/.cache/who-banned-whom/', import.meta.url),
);

const CODE_FILES = [
  fileURLToPath(import.meta.url),
  fileURLToPath(new URL('../core/entities/schema.ts', import.meta.url)),
];

export interface LoadEntitiesOptions {
  /** Read and write the JSON cache (default true; `WBW_ENTITY_CACHE=0` turns it off). */
  cache?: boolean;
  /** Folder of the cache file (default `node_modules/.cache/who-banned-whom`). */
  cacheDir?: string;
}

/**
 * Loads and validates every entity file; ids must be unique across files, every parent must exist and parent chains
 * must not loop. A fresh cache (same file names and contents) is used instead of parsing again.
 * @throws SchemaValidationError naming the file and the field
 * @throws Error naming the file when one is not well-formed YAML
 */
export function loadEntities(
  dir: string = DEFAULT_ENTITIES_DIR,
  options: LoadEntitiesOptions = {},
): Entity[] {
  const useCache = (options.cache ?? true) && process.env['WBW_ENTITY_CACHE'] !== '0';
  const fingerprint = useCache ? fingerprintDir(dir) : null;
  const cacheFile = fingerprint
    ? path.join(
        options.cacheDir ?? DEFAULT_CACHE_DIR,
        `entities-${createHash('sha256').update(path.resolve(dir)).digest('hex').slice(0, 16)}.json`,
      )
    : null;
  if (cacheFile && fingerprint) {
    const cached = readCache(cacheFile, fingerprint);
    if (cached) return cached;
  }
  const entities = loadEntitiesUncached(dir);
  if (cacheFile && fingerprint) writeCache(cacheFile, fingerprint, entities);
  return entities;
}

/**
 * The loader without the cache: parse, validate, check ids, parents and cycles.
 * @throws SchemaValidationError naming the file and the field
 */
export function loadEntitiesUncached(dir: string = DEFAULT_ENTITIES_DIR): Entity[] {
  const entities: Entity[] = [];
  const fileById = new Map<string, string>();
  for (const { file, data } of readYamlDir(dir)) {
    const parsed = parseWithFriendlyErrors(EntityFileSchema, data, file);
    parsed.entities.forEach((entity, index) => {
      const earlier = fileById.get(entity.id);
      if (earlier) {
        throw new SchemaValidationError(file, [
          { path: `entities[${index}].id`, message: `duplicate id "${entity.id}" (also in ${earlier})` },
        ]);
      }
      fileById.set(entity.id, file);
      entities.push(entity);
    });
  }
  const parentById = new Map(entities.map((entity) => [entity.id, entity.parent]));
  for (const entity of entities) {
    if (!entity.parent) continue;
    if (!fileById.has(entity.parent)) {
      throw new SchemaValidationError(fileById.get(entity.id)!, [
        { path: `${entity.id}.parent`, message: `unknown parent "${entity.parent}"` },
      ]);
    }
    // A loop would make "a company includes its subsidiaries" run forever.
    const seen = new Set([entity.id]);
    for (let current: string | undefined = entity.parent; current; current = parentById.get(current)) {
      if (seen.has(current)) {
        throw new SchemaValidationError(fileById.get(entity.id)!, [
          { path: `${entity.id}.parent`, message: `parent chain loops back to "${current}"` },
        ]);
      }
      seen.add(current);
    }
  }
  return entities;
}

function fingerprintDir(dir: string): string | null {
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((name) => /\.ya?ml$/.test(name))
      .sort();
  } catch {
    return null;
  }
  // Hash the contents, not the modification times: reading 200 kB and hashing it costs about a millisecond, and an
  // edit within the same timestamp tick cannot leave a stale cache.
  const hash = createHash('sha256').update(`v${CACHE_VERSION}\n${path.resolve(dir)}\n`);
  // The schema and this loader are part of the key too, so that a code change never serves a stale shape.
  for (const source of CODE_FILES) {
    try {
      hash.update(readFileSync(source));
    } catch {
      // Not there (a bundled build): the version number alone keys the code.
    }
  }
  for (const name of names) {
    hash.update(`${name}\n`);
    hash.update(readFileSync(path.join(dir, name)));
  }
  return hash.digest('hex');
}

function readCache(cacheFile: string, fingerprint: string): Entity[] | null {
  try {
    const cached = JSON.parse(readFileSync(cacheFile, 'utf8')) as {
      fingerprint?: unknown;
      entities?: unknown;
    };
    if (cached.fingerprint !== fingerprint || !Array.isArray(cached.entities)) return null;
    return cached.entities as Entity[];
  } catch {
    return null;
  }
}

function writeCache(cacheFile: string, fingerprint: string, entities: Entity[]): void {
  // The cache is an optimisation: a read-only tree or a full disk must not fail the load.
  try {
    mkdirSync(path.dirname(cacheFile), { recursive: true });
    const temporary = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify({ fingerprint, entities }));
    renameSync(temporary, cacheFile);
  } catch {
    // ignored on purpose
  }
}
