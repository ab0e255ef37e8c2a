import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { SchemaValidationError } from '../../../src/core/schema-errors.ts';
import { loadEntities, loadEntitiesUncached } from '../../../src/lib/load-entities.ts';

let dir: string;
let cacheDir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'wbw-entities-'));
  cacheDir = mkdtempSync(path.join(os.tmpdir(), 'wbw-entities-cache-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
});

function write(name: string, text: string): void {
  writeFileSync(path.join(dir, name), text);
}

/** The error the loader throws, so that a test can assert on its file and field. */
function errorOf(load: () => unknown): SchemaValidationError {
  try {
    load();
  } catch (error) {
    if (error instanceof SchemaValidationError) return error;
    throw error;
  }
  throw new Error('expected the load to fail');
}

describe('loadEntitiesUncached', () => {
  test('a duplicate id names the second file, the field and the first file', () => {
    write('a.yaml', 'entities:\n  - { id: acme, name: Acme, kind: platform }\n');
    write(
      'b.yaml',
      'entities:\n  - { id: other, name: Other, kind: platform }\n  - { id: acme, name: Acme 2, kind: host }\n',
    );
    const error = errorOf(() => loadEntitiesUncached(dir));
    expect(error.file).toBe(path.join(dir, 'b.yaml'));
    expect(error.issues[0]?.path).toBe('entities[1].id');
    expect(error.message).toContain('a.yaml');
  });

  test('an unknown key names the field path', () => {
    write('a.yaml', 'entities:\n  - { id: acme, name: Acme, kind: platform, alias: [Acme Inc] }\n');
    const error = errorOf(() => loadEntitiesUncached(dir));
    expect(error.issues[0]?.path).toBe('entities[0]');
    expect(error.issues[0]?.message).toContain('alias');
  });

  test('a bad kind and a bad country name their fields', () => {
    write('a.yaml', 'entities:\n  - { id: acme, name: Acme, kind: company, country: usa }\n');
    const paths = errorOf(() => loadEntitiesUncached(dir)).issues.map((issue) => issue.path);
    expect(paths).toEqual(['entities[0].kind', 'entities[0].country']);
  });

  test('an unknown parent is refused', () => {
    write('a.yaml', 'entities:\n  - { id: tube, name: Tube, kind: platform, parent: nobody }\n');
    expect(errorOf(() => loadEntitiesUncached(dir)).issues[0]).toEqual({
      path: 'tube.parent',
      message: 'unknown parent "nobody"',
    });
  });

  test('a parent loop is refused', () => {
    write(
      'a.yaml',
      'entities:\n  - { id: a, name: A, kind: platform, parent: b }\n  - { id: b, name: B, kind: platform, parent: a }\n',
    );
    expect(errorOf(() => loadEntitiesUncached(dir)).issues[0]?.message).toMatch(/loops back/);
  });

  test('stand-ins validate their dates', () => {
    write(
      'a.yaml',
      'entities:\n  - id: court\n    name: Court\n    kind: court\n    stand_ins: [{ name: A Judge, from: 2017-02-30 }]\n',
    );
    expect(errorOf(() => loadEntitiesUncached(dir)).issues[0]?.path).toBe('entities[0].stand_ins[0].from');
  });
});

describe('loadEntities cache', () => {
  test('the second load reads the cache; an edit invalidates it', () => {
    write('a.yaml', 'entities:\n  - { id: acme, name: Acme, kind: platform }\n');
    expect(loadEntities(dir, { cacheDir }).map((entity) => entity.name)).toEqual(['Acme']);
    const [cacheName] = readdirSync(cacheDir);
    expect(cacheName).toMatch(/^entities-[0-9a-f]{16}\.json$/);
    // Prove the cache is what the next load returns: tamper with it while keeping its fingerprint.
    const cacheFile = path.join(cacheDir, cacheName!);
    const cached = JSON.parse(readFileSync(cacheFile, 'utf8')) as { entities: { name: string }[] };
    cached.entities[0]!.name = 'From cache';
    writeFileSync(cacheFile, JSON.stringify(cached));
    expect(loadEntities(dir, { cacheDir })[0]?.name).toBe('From cache');
    // Any change to the YAML makes a new fingerprint, so the YAML is read again.
    write('a.yaml', 'entities:\n  - { id: acme, name: Acme Corp, kind: platform }\n');
    expect(loadEntities(dir, { cacheDir })[0]?.name).toBe('Acme Corp');
  });

  test('cache: false never writes a cache', () => {
    write('a.yaml', 'entities:\n  - { id: acme, name: Acme, kind: platform }\n');
    loadEntities(dir, { cache: false, cacheDir });
    expect(readdirSync(cacheDir)).toEqual([]);
  });

  test('an invalid file still fails when a cache exists for the old contents', () => {
    write('a.yaml', 'entities:\n  - { id: acme, name: Acme, kind: platform }\n');
    loadEntities(dir, { cacheDir });
    write('a.yaml', 'entities:\n  - { id: acme, name: Acme, kind: nonsense }\n');
    expect(() => loadEntities(dir, { cacheDir })).toThrow(SchemaValidationError);
  });
});
