import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, test } from 'vitest';

/**
 * The extractor's claims must not depend on how V8 runs its regular expressions. V8 interprets a new expression and
 * compiles it to native code once it is hot; a regex modifier group (`(?i:…)` with the `u` flag) once matched
 * differently after that compilation, so an article gave other claims when it came late in a `wbw extract --jsonl`
 * batch than alone. This runs every fixture set with the defaults and again with the interpreter forced
 * (`--regexp-interpret-all`), and asks for the same lines.
 */
const SCRIPT = path.resolve(import.meta.dirname, '../../eval/dump-claims.ts');

function dump(flags: string[]): string {
  const result = spawnSync(process.execPath, [...flags, SCRIPT], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

test('claims are the same with native regular expressions and with the interpreter', {
  timeout: 120_000,
}, () => {
  const native = dump([]).split('\n');
  const interpreted = dump(['--regexp-interpret-all']).split('\n');
  expect(native.length).toBeGreaterThan(700);
  const differing = native.filter((line, k) => line !== interpreted[k]);
  expect(differing).toEqual([]);
});
