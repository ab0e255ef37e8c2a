import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/** One parsed YAML file of a data folder, with its path for error messages. */
export interface YamlFile {
  file: string;
  data: unknown;
}

/**
 * Reads every `*.yaml` / `*.yml` file of a folder, sorted by name so that every load sees the same order.
 * YAML's own errors are re-thrown with the file name. Aliases are capped so that a hostile file cannot expand.
 * @throws Error naming the file when one is not well-formed YAML
 */
export function readYamlDir(dir: string): YamlFile[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return names
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => {
      const file = path.join(dir, name);
      return { file, data: parseYamlFile(file) };
    });
}

/** @throws Error naming the file when it is not well-formed YAML */
export function parseYamlFile(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  try {
    return parse(text, { maxAliasCount: 100, prettyErrors: true });
  } catch (error) {
    throw new Error(`invalid ${file}: ${(error as Error).message}`);
  }
}
